import { fixtureUrl } from './chromium';
import { expect, test } from './fixtures';

/**
 * The panel re-reads only what a change touches and backs off while the page keeps changing
 * (lib/page/page-change.ts, lib/refresh-schedule.ts): it must still follow every real change.
 * (Its speed is measured in `npm run bench`, CTM_BENCH=busy.)
 */
test.describe('the panel on a big page that never stops changing', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    await expect(page.locator('[data-field="complaintId"]')).toHaveAttribute('data-value', '4012345');
    await page.evaluate(() => {
      const table = document.createElement('table');
      for (let i = 0; i < 2_000; i++) {
        const row = table.insertRow();
        row.insertCell().textContent = `Entry ${i}`;
        row.insertCell().textContent = 'Caseworker';
      }
      document.body.append(table);
      let tick = 0;
      // Text changes in the list, and rows whose cells read like labels: changes of both kinds.
      window.setInterval(() => {
        tick++;
        table.rows[tick % 2_000]!.cells[0]!.textContent = `Entry updated ${tick}`;
        const row = table.insertRow(0);
        row.insertCell().textContent = 'Phone';
        row.insertCell().textContent = `${tick}`;
        table.deleteRow(-1);
      }, 10);
    });
  });

  test('follows typing, a chosen value, and a form section replaced by a partial postback', async ({ page }) => {
    await page.locator('input[name$="txtResolutionDate"]').fill('11/03/2026');
    await expect(page.locator('[data-field="resolutionDate"]')).toHaveAttribute('data-value', '2026-11-03');
    await page.selectOption('select[name$="ddlPressHill"]', 'Y');
    await expect(page.locator('[data-field="pressOrHillInterest"]')).toHaveAttribute('data-value', 'yes');
    await page.evaluate(() => {
      const form = document.querySelector('form')!;
      const copy = form.cloneNode(true) as HTMLFormElement;
      for (const span of Array.from(copy.querySelectorAll('span'))) if (span.textContent === 'Jordan Lee') span.textContent = 'Avery Kim';
      form.replaceWith(copy);
    });
    await expect(page.locator('[data-field="caseworker"]')).toHaveAttribute('data-value', 'Avery Kim');
  });

  test('follows a field removed, a value emptied, and a value appearing beside a label that had none', async ({ page }) => {
    await page.evaluate(() => {
      const cell = Array.from(document.querySelectorAll('td')).find((td) => td.textContent === 'Issue Level:')!;
      cell.nextElementSibling!.remove();
      cell.remove();
    });
    await expect(page.locator('[data-field-missing="issueLevel"]')).toHaveCount(1);
    await page.evaluate(() => (document.querySelector('[id$="lblCaseworker"]')!.textContent = ''));
    await expect(page.locator('[data-field-missing="caseworker"]')).toHaveCount(1);
    await page.evaluate(() => (document.querySelector('[id$="lblCaseworker"]')!.textContent = 'Avery Kim'));
    await expect(page.locator('[data-field="caseworker"]')).toHaveAttribute('data-value', 'Avery Kim');
  });
});
