/**
 * The harness's promise (fixtures.ts): each test starts as on a fresh install, whatever the test
 * before it left, in storage or in the background worker's memory. The first test leaves both
 * behind; the second, run after it in the same browser, must see neither.
 */
import { fixtureUrl } from './chromium';
import { expect, test } from './fixtures';

const panelAlert = '[data-ctm-panel] [role="alert"]';

test.describe('each test stands alone', () => {
  test('a test leaves unreadable checklist ticks behind (the worker remembers them until it restarts)', async ({ page, extContext, extId }) => {
    const options = await extContext.newPage();
    await options.goto(`chrome-extension://${extId}/options.html`);
    await options.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ caseProgress: 'not ticks' }));
    await options.close();
    await page.goto(fixtureUrl('webforms-table.html'));
    await expect(page.locator(panelAlert)).toContainText('Saved checklist ticks could not be read');
  });

  test('the next test’s complaint page says nothing of them', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    await expect(page.locator('[data-ctm-panel] time[data-due][data-due-from="background"]')).toHaveCount(1);
    await expect(page.locator(panelAlert)).toHaveCount(0);
  });
});
