/**
 * `npm run demo`: Chromium with the built extension on a built-in sample CTM complaint.
 * With a display it opens a window and waits until you close it; without one (or with
 * --headless) it runs headless, writes screenshots and prints their paths.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionId, FIXTURE_DIR, fixtureUrl, launchChromium, ROOT } from '../e2e/chromium';
import { SAMPLE_SETTINGS } from '../fixtures/settings';
import { importSettings } from '../e2e/import-settings';


const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

/**
 * The WebForms fixture as a fresh Congressional case (SOP L): received yesterday, assigned to the
 * plan this morning, Press or Hill Interest Yes.
 */
function sampleCase(): string {
  const us = (d: Date) => `${String(d.getMonth() + 1).padStart(2, '0')}/${String(d.getDate()).padStart(2, '0')}/${d.getFullYear()}`;
  const today = new Date();
  const yesterday = new Date(today.getTime() - 86_400_000);
  return readFileSync(`${FIXTURE_DIR}/webforms-table.html`, 'utf8')
    .replace('>11/2/2026<', `>${us(yesterday)}<`)
    .replace('>11/02/2026 3:15 PM<', `>${us(today)} 9:15 AM<`)
    .replace('<option value="Y">Yes</option>\n    <option selected="selected" value="N">No</option>', '<option selected="selected" value="Y">Yes</option>\n    <option value="N">No</option>');
}
const outDir = join(ROOT, 'demo-output');

async function main() {
  const context = await launchChromium({ headless });
  const id = await extensionId(context);

  // The plan profile a plan's IT would import, so the emails fill in.
  await importSettings(context, id, SAMPLE_SETTINGS);

  const page = await context.newPage();
  await context.route(fixtureUrl('sample-case.html'), (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: sampleCase() }),
  );
  await page.goto(fixtureUrl('sample-case.html'));
  await page.locator('[data-ctm-panel]').waitFor();
  await page.locator('textarea[name$="txtCurrentEntry"]').fill(
    'Spoke with bene today at 3:40 PM. Pharmacy claim rejected w/ reply code 75 (prior auth required).\nCalled the pharmacy b/c the override was not on file.',
  );
  await page.waitForTimeout(400);

  if (headless) {
    mkdirSync(outDir, { recursive: true });
    const shots = {
      panel: join(outDir, 'panel.png'),
      popup: join(outDir, 'popup.png'),
      options: join(outDir, 'options.png'),
    };
    await page.screenshot({ path: shots.panel });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 600, height: 700 });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: shots.popup });
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.locator('[data-settings-export]').waitFor();
    await options.screenshot({ path: shots.options, fullPage: true });
    await context.close();
    console.log('CTM Assist demo (headless): the panel on the sample complaint, the popup and the options page.');
    for (const [name, path] of Object.entries(shots)) console.log(`  ${name.padEnd(8)} ${path}`);
  } else {
    console.log('CTM Assist demo: the sample complaint is open in Chromium. Close the browser window to finish.');
    await new Promise<void>((done) => context.on('close', () => done()));
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
