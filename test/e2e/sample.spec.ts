/**
 * The built-in sample complaint is not tracked: its ticks live only as long as its tab
 * (entrypoints/background/sample-case.ts), so each sample tab starts unticked.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Opens the sample and waits for the background's answer, which carries the tab's ticks. */
async function openSample(page: Page, extId: string): Promise<void> {
  await page.goto(`chrome-extension://${extId}/sample.html`);
  await expect(page.locator('[data-ctm-panel] time[data-due][data-due-from="background"]')).toHaveCount(1);
}

// Scenario C (needs RO assistance) is only ever picked by hand: the pick lives with the ticks.
const pickedC = (page: Page) => page.locator('[data-ctm-panel] [data-scenario="C"][data-active="true"]');
const firstTick = (page: Page) => page.locator('[data-ctm-panel] [data-step][data-source="manual"] input.ctm-step-tick').first();

test('a tick on the sample sticks; its pick and ticks last as long as its tab: kept on reload, not in another sample tab, gone once it closes', async ({ page, extContext, extId }) => {
  await openSample(page, extId);
  await expect(pickedC(page)).toHaveCount(0);
  await page.locator('[data-ctm-panel] [data-pick-scenario="C"]').first().click();
  await expect(pickedC(page)).toHaveCount(1);
  await firstTick(page).click();
  await expect(firstTick(page)).toBeChecked();
  await page.reload();
  await expect(page.locator('[data-ctm-panel] time[data-due][data-due-from="background"]')).toHaveCount(1);
  await expect(pickedC(page)).toHaveCount(1);
  await expect(firstTick(page)).toBeChecked();

  const other = await extContext.newPage();
  await openSample(other, extId);
  await expect(pickedC(other)).toHaveCount(0);
  await other.close();
  await page.close();

  const again = await extContext.newPage();
  await openSample(again, extId);
  await expect(pickedC(again)).toHaveCount(0);
});
