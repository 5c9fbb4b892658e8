/**
 * Launching Debian's Firefox ESR with the built Firefox add-on (.output/firefox-mv2) installed,
 * driven over WebDriver BiDi by puppeteer-core (Playwright drives only its own Firefox build).
 * Fails loudly when Firefox or the build is missing: never a silent skip.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { fixtureResponse, HPMS, OUT_DIR } from './chromium';

export const FIREFOX_EXTENSION_DIR = join(OUT_DIR, 'firefox-mv2');

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `Firefox not found (looked at ${candidates.join(', ')}). Install Debian's firefox-esr (apt-get install firefox-esr) or set FIREFOX_PATH.`,
    );
  }
  return found;
}

export async function launchFirefox(): Promise<Browser> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run "npx wxt build -b firefox" first.`);
  }
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/**
 * A page that answers https://hpms.cms.gov/… with the fixtures, as the Chromium tests do; any
 * other request the page makes is refused and listed.
 */
export async function fixturePage(browser: Browser): Promise<{ page: Page; elsewhere: string[] }> {
  const page = await browser.newPage();
  const elsewhere: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(`${HPMS}/`)) return void request.respond(fixtureResponse(request.url(), request.method()));
    elsewhere.push(request.url());
    void request.abort();
  });
  return { page, elsewhere };
}
