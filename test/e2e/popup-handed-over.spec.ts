/**
 * Handed-over cases in the popup (SOP A.4: once the RO agrees, the plan no longer sees the
 * complaint). The case page stays open in its own tab while the popup is used, so its report
 * to the background is never cut off by a navigation.
 */
import type { Page } from '@playwright/test';
import { fixtureUrl } from './chromium';
import { expect, test } from './fixtures';

const ID = '4100101';
const DAY = 86_400_000;

type Local = { chrome: { storage: { local: { get(k: string): Promise<Record<string, Record<string, Record<string, unknown>>>>; set(v: object): Promise<void>; remove(k: string): Promise<void> } } } };

/** Scenario A's fixture with the reassignment box checked for another plan (SOP A.2): handed over. */
async function handOver(page: Page): Promise<void> {
  await page.goto(fixtureUrl('scenario-a.html'));
  await expect(page.locator('[data-ctm-panel] time[data-due]')).toHaveCount(1);
  await page.locator('#ctl00_ContentPlaceHolder1_cbReassign').check();
  await page.locator('#ctl00_ContentPlaceHolder1_ddlReason').selectOption({ label: 'Belongs to another plan' });
  await expect(page.locator('[data-step="A.2"]')).toHaveAttribute('data-state', 'done');
}

test.describe('handed-over cases in the popup (SOP A.4)', () => {
  test('show apart with their date, and are marked gone in one keyboard action; undo brings them back', async ({ page, extContext, extId }) => {
    await handOver(page);
    const popup = await extContext.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html`);
    const row = popup.locator(`[data-case="${ID}"]`);
    await expect(row).toHaveAttribute('data-handed-over', /^\d{4}-\d{2}-\d{2}$/);
    await expect(row).toContainText(/Handed over on .*: if the RO agrees, it goes to another contract/);
    await expect(row).toContainText('SOP A.4');
    await expect(row.locator('[data-next-step]')).toHaveAttribute('data-provenance', 'sop');
    await expect(row.locator('[data-ask-gone]')).toHaveCount(0);

    await row.locator(`[data-mark-gone="${ID}"]`).focus();
    await popup.keyboard.press('Enter');
    await expect(row).toHaveCount(0);
    await popup.locator('[data-filter="done"]').click();
    await expect(row.locator(`[data-undo="${ID}"]`)).toHaveText('Undo gone');
    await expect(row.locator('[data-next-step]')).toContainText('Marked gone');
    await row.locator(`[data-undo="${ID}"]`).click();
    await popup.locator('[data-filter="all"]').click();
    await expect(row).toHaveAttribute('data-handed-over', /\d/);
    await popup.close();
  });

  test('after 14 days unopened the popup asks once; "Still there" answers it for good', async ({ page, extContext, extId }) => {
    await handOver(page);
    const popup = await extContext.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html`);
    await expect(popup.locator(`[data-case="${ID}"]`)).toHaveAttribute('data-handed-over', /\d/);
    await page.close();
    // The case was last opened 15 days ago: rewrite that one stored instant (and drop the derived rows).
    await popup.evaluate(
      async ({ id, back }) => {
        const local = (globalThis as unknown as Local).chrome.storage.local;
        const { trackedCases } = await local.get('trackedCases');
        const tc = trackedCases![id]!;
        tc.lastSeen = new Date(Date.parse(tc.lastSeen as string) - back).toISOString();
        await local.set({ trackedCases });
        await local.remove('trackedCases.rows');
      },
      { id: ID, back: 15 * DAY },
    );
    await popup.reload();
    const ask = popup.locator(`[data-ask-gone="${ID}"]`);
    await expect(ask).toContainText('Not opened for 15 days');
    await expect(ask).toHaveAttribute('data-provenance', 'ctm-assist');
    await ask.locator(`[data-keep-handed-over="${ID}"]`).click();
    await expect(ask).toHaveCount(0);
    await popup.reload();
    await expect(popup.locator(`[data-case="${ID}"]`)).toHaveAttribute('data-handed-over', /\d/);
    await expect(popup.locator(`[data-ask-gone="${ID}"]`)).toHaveCount(0);
    await popup.close();
  });
});
