/**
 * The README's screenshots of the settings form and the welcome page (docs/screenshots/), taken in
 * headless Chromium with the built extension: `npx wxt build && npx tsx test/demo/settings-screenshots.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionId, launchChromium, ROOT } from '../e2e/chromium';
import { importSettings } from '../e2e/import-settings';
import { SAMPLE_SETTINGS } from '../fixtures/settings';

const outDir = join(ROOT, 'docs/screenshots');

async function main() {
  const context = await launchChromium({ headless: true });
  const id = await extensionId(context);
  await importSettings(context, id, SAMPLE_SETTINGS);
  mkdirSync(outDir, { recursive: true });

  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 1000 });
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.locator('[data-setting="organization"]').waitFor();
  // One refused value, to show a message by its field.
  await options.locator('[data-setting="budgets.urgentDays"]').fill('0');
  await options.locator('[data-setting="budgets.urgentDays"]').blur();
  await options.locator('[data-setting-error="budgets.urgentDays"]').waitFor();
  const form = options.locator('[data-settings-form]');
  await form.screenshot({ path: join(outDir, 'settings-form.png') });

  const welcome = await context.newPage();
  await welcome.setViewportSize({ width: 900, height: 1000 });
  await welcome.goto(`chrome-extension://${id}/welcome.html`);
  await welcome.locator('[data-shortcut]').first().waitFor();
  await welcome.screenshot({ path: join(outDir, 'welcome.png'), fullPage: true });

  await context.close();
  console.log(`Screenshots in ${outDir}: settings-form.png, welcome.png`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
