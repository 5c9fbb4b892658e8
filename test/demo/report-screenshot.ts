/**
 * The README's screenshot of the timeliness report (docs/screenshots/report.png), taken in
 * headless Chromium with the built extension over a made-up history of 400 complaints:
 * `npx wxt build && npx tsx test/demo/report-screenshot.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionId, launchChromium, ROOT } from '../e2e/chromium';
import { importSettings } from '../e2e/import-settings';
import { syntheticHistory } from '../fixtures/case-history';
import { SAMPLE_SETTINGS } from '../fixtures/settings';

const outDir = join(ROOT, 'docs/screenshots');

async function main() {
  const context = await launchChromium({ headless: true });
  const id = await extensionId(context);
  await importSettings(context, id, SAMPLE_SETTINGS);
  mkdirSync(outDir, { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 1300 });
  await page.goto(`chrome-extension://${id}/report.html`);
  const history = { v: 1, cases: syntheticHistory(400, '2026-11') };
  await page.evaluate((value) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ caseHistory: value }), history);
  await page.reload();
  await page.locator('select[data-report-period]').selectOption('2026-11');
  await page.locator('[data-report-period-shown="2026-11"] [data-report-chart="none"]').waitFor();
  await page.screenshot({ path: join(outDir, 'report.png') });
  await context.close();
  console.log(`Screenshot in ${outDir}: report.png`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
