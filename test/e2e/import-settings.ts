/** Applies a settings file on the options page, in its own tab, as a plan's IT admin would. */
import type { BrowserContext } from 'playwright-core';

export async function importSettings(context: BrowserContext, extId: string, settings: object): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extId}/options.html`);
  await options.locator('textarea[data-settings-import]').fill(JSON.stringify(settings));
  await options.locator('[data-settings-import-apply]').click();
  await options.locator('[data-settings-applied]').waitFor();
  await options.close();
}
