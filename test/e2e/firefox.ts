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
 * The browser's own first tab, answering https://hpms.cms.gov/… with the fixtures, as the Chromium
 * tests do; any other request the page makes is refused and listed. It reuses the first tab rather
 * than opening one: in Firefox 140 ESR, once the add-on's panel has run on a page, opening a tab
 * over BiDi fails (`browsingContext.create`: "lazy.TabManager.getTabBrowser(...) is undefined").
 * So each test launches its own browser and uses this one page.
 */
export async function fixturePage(browser: Browser): Promise<{ page: Page; elsewhere: string[] }> {
  const [page] = await browser.pages();
  if (!page) throw new Error('Firefox started without a tab.');
  const elsewhere: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // Firefox reports the fallback font it draws some glyphs with (the email card's) as a data:
    // URL: it goes nowhere, and BiDi does not hold it, so there is nothing to answer or refuse.
    if (request.url().startsWith('data:')) return;
    if (request.url().startsWith(`${HPMS}/`)) return void ignoreClosed(page, request.respond(fixtureResponse(request.url(), request.method())));
    elsewhere.push(request.url());
    void ignoreClosed(page, request.abort());
  });
  return { page, elsewhere };
}

/** A request still in flight when the test closes the browser has nobody left to answer. */
async function ignoreClosed(page: Page, answer: Promise<void>): Promise<void> {
  try {
    await answer;
  } catch (error) {
    if (!page.isClosed() && page.browser().connected) throw error;
  }
}
