import { HOOK_FIELD_KEYS } from '../../lib/case-keys';
import { COMPLAINT_FIXTURES } from '../fixtures/ctm/expected';
import { fixtureUrl } from './chromium';
import { expect, test } from './fixtures';

const panel = '[data-ctm-panel]';

test.describe('the panel on complaint pages', () => {
  for (const fixture of COMPLAINT_FIXTURES) {
    test(`${fixture.file}: shows every fact read by its label`, async ({ page }) => {
      await page.goto(fixtureUrl(fixture.file));
      await expect(page.locator(panel)).toHaveCount(1);
      for (const key of HOOK_FIELD_KEYS) {
        const value = fixture.facts[key];
        if (value === undefined) continue;
        await expect(page.locator(`[data-field="${key}"]`)).toHaveAttribute('data-value', value);
      }
      for (const key of fixture.blank) {
        await expect(page.locator(`[data-field="${key}"]`)).toHaveAttribute('data-value', '');
      }
      await expect(page.locator('[data-field-missing]')).toHaveCount(0);
    });
  }

  test('no panel on an HPMS page that is not a complaint, and neither panel file is even loaded there', async ({ page, extContext }) => {
    const panelModuleLoads: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (/\/ctm-panel(?:-later)?\.js$/.test(request.url())) panelModuleLoads.push(request.url());
    };
    extContext.on('request', onRequest);
    try {
      await page.goto(fixtureUrl('not-complaint.html'));
      await page.waitForTimeout(500);
      await expect(page.locator(panel)).toHaveCount(0);
      await expect(page.locator('ctm-assist-panel')).toHaveCount(0);
      expect(panelModuleLoads).toEqual([]);
      // The same script on a complaint page does load it (so the check above can fail).
      await page.goto(fixtureUrl('webforms-table.html'));
      await expect(page.locator(panel)).toHaveCount(1);
      expect(panelModuleLoads.length).toBeGreaterThan(0);
    } finally {
      extContext.off('request', onRequest);
    }
  });

  test('keeps current as the caseworker types a resolution date', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    await expect(page.locator('[data-field="resolutionDate"]')).toHaveAttribute('data-value', '');
    const resolutionDate = page.locator('input[name$="txtResolutionDate"]');
    await resolutionDate.fill('11/03/2026');
    await expect(page.locator('[data-field="resolutionDate"]')).toHaveAttribute('data-value', '2026-11-03');
    await resolutionDate.fill('11/33/2026');
    await expect(page.locator('[data-field-malformed="resolutionDate"]')).toContainText('not a calendar date');
  });

  test('keeps current across tab switches and lists what it cannot find', async ({ page }) => {
    await page.goto(fixtureUrl('tabbed.html'));
    await expect(page.locator('[data-field="caseworker"]')).toHaveAttribute('data-value', 'Avery Kim');
    await page.getByRole('tab', { name: 'Complaint Resolution' }).click();
    await page.getByLabel('Resolution Date', { exact: true }).fill('2026-10-30');
    await expect(page.locator('[data-field="resolutionDate"]')).toHaveAttribute('data-value', '2026-10-30');
    // A partial postback that drops the Issue Level row: reported as missing, the rest still read.
    await page.evaluate(() => {
      const row = Array.from(document.querySelectorAll('tr')).find((tr) => tr.textContent?.includes('Issue Level'));
      row?.remove();
    });
    await expect(page.locator('[data-field-missing="issueLevel"]')).toHaveCount(1);
    await expect(page.locator('[data-field="complaintId"]')).toHaveAttribute('data-value', '4023456');
  });

  test('exactly one panel after the page re-renders its form', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    await expect(page.locator(panel)).toHaveCount(1);
    await page.evaluate(() => {
      const form = document.querySelector('form')!;
      const copy = form.cloneNode(true) as HTMLFormElement;
      copy.querySelector('select[name$="ddlPressHill"]')!.querySelectorAll('option')[1]!.selected = true;
      form.replaceWith(copy);
    });
    await expect(page.locator('[data-field="pressOrHillInterest"]')).toHaveAttribute('data-value', 'yes');
    await page.evaluate(() => {
      document.body.replaceChildren(...Array.from(document.body.cloneNode(true).childNodes).filter((n) => (n as Element).localName !== 'ctm-assist-panel'));
    });
    await expect(page.locator('[data-field="complaintId"]')).toHaveAttribute('data-value', '4012345');
    await expect(page.locator('ctm-assist-panel')).toHaveCount(1);
  });

  test('one panel in the complaint frame, none in the HPMS page around it', async ({ page }) => {
    await page.goto(fixtureUrl('frame-host.html'));
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-field="complaintId"]')).toHaveAttribute('data-value', '4012345');
    await expect(frame.locator('ctm-assist-panel')).toHaveCount(1);
    await expect(page.locator('body > ctm-assist-panel')).toHaveCount(0);
  });

  test('collapses by keyboard, and never covers a form field', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    const box = await page.locator('ctm-assist-panel').boundingBox();
    expect(box).not.toBeNull();
    for (const field of await page.locator('input:not([type=hidden]), select, textarea').all()) {
      const f = await field.boundingBox();
      if (!f) continue;
      expect(f.x + f.width <= box!.x, 'field left of the panel').toBe(true);
    }
    const toggle = page.getByRole('button', { name: 'Hide CTM Assist' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(panel)).toHaveAttribute('data-collapsed', 'true');
    await expect(page.getByRole('button', { name: 'Show CTM Assist' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator(panel)).toHaveAttribute('data-collapsed', 'false');
  });

  test("keys pressed in the panel stay in it: the page's keyboard shortcuts never see them", async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    await page.evaluate(() => {
      const keys: string[] = [];
      (window as unknown as { pageKeys: string[] }).pageKeys = keys;
      document.addEventListener('keydown', (event) => keys.push(event.key));
    });
    await page.getByRole('button', { name: 'Hide CTM Assist' }).focus();
    await page.keyboard.press('a');
    await page.locator('input[name$="txtResolutionDate"]').focus();
    await page.keyboard.press('b');
    expect(await page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys)).toEqual(['b']);
  });
});
