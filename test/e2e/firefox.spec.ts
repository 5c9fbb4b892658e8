/**
 * The Firefox build in a real Firefox (Debian's ESR): the content script loads the panel module
 * with import() from the add-on's own files, the panel docks, the note linter works, and the
 * panel's later part (the emails) loads after it. The rest of the behaviour is covered in
 * Chromium; these prove the Firefox build is not just lint-clean.
 */
import { expect, test } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { fixtureUrl } from './chromium';
import { fixturePage, launchFirefox } from './firefox';

const NOTE_BOX = 'textarea[name$="txtCurrentEntry"]';
let browser: Browser;

/**
 * Waits for `selector` inside the panel's shadow root and returns the element's tag name. Polled:
 * a wait that watches the document for changes never sees those made inside the shadow root.
 */
async function inPanel(page: Page, selector: string): Promise<unknown> {
  const found = await page.waitForFunction(
    (wanted) => document.querySelector('ctm-assist-panel')?.shadowRoot?.querySelector(wanted)?.tagName,
    { polling: 100, timeout: 15_000 },
    selector,
  );
  return found.jsonValue();
}

// A browser per test: each test stands alone, and Firefox 140 ESR cannot open a second tab over
// BiDi once the panel has run (see fixturePage).
test.beforeEach(async () => {
  browser = await launchFirefox();
});
test.afterEach(async () => {
  await browser?.close();
});

test.describe('Firefox', () => {
  test('a complaint page gets the panel with its due moment, and typing is linted and fixable', async () => {
    const { page, elsewhere } = await fixturePage(browser);
    await page.goto(fixtureUrl('webforms-table.html'));
    const due = await page.waitForSelector('>>> [data-ctm-panel] time[data-due]', { timeout: 15_000 });
    expect(await due!.evaluate((t) => t.getAttribute('datetime'))).toBe('2026-11-04T23:59:59-05:00');

    await page.focus(NOTE_BOX);
    await page.keyboard.type('Spoke w/ bene today.');
    await page.waitForSelector('>>> [data-note-count="20"]');
    const fix = await page.waitForSelector('>>> [data-rule="abbreviation"][data-term="w/"] [data-fix]');
    await fix!.click();
    await page.waitForSelector('>>> [data-note-count="22"]');
    expect(await page.$eval(NOTE_BOX, (box) => (box as HTMLTextAreaElement).value)).toBe('Spoke with bene today.');
    expect(elsewhere).toEqual([]);
  });

  test('the emails load after the panel, from the add-on’s own file, and their PHI guard follows typing', async () => {
    const { page, elsewhere } = await fixturePage(browser);
    await page.goto(fixtureUrl('scenario-f.html'));
    await page.waitForSelector('>>> [data-ctm-panel]', { timeout: 15_000 });
    // The card, or the panel's word that the later part failed.
    const arrived = await inPanel(page, '[data-email="F-will-not-close"] textarea[data-email-body], [data-emails-unavailable]');
    expect(arrived).toBe('TEXTAREA');
    const body = await page.$('>>> [data-email="F-will-not-close"] textarea[data-email-body]');
    expect(await body!.evaluate((box) => (box as HTMLTextAreaElement).value)).toContain('Complaint ID 4100606');
    // Typing re-renders the card through hooks: they work only with the panel's own Preact.
    await body!.focus();
    await page.keyboard.type(' SSN 123-45-6789');
    await inPanel(page, '[data-email="F-will-not-close"] [data-phi-warning]');
    expect(await page.$('>>> [data-emails-unavailable]')).toBeNull();
    expect(elsewhere).toEqual([]);
  });

  test('a page that is not a complaint gets no panel', async () => {
    const { page, elsewhere } = await fixturePage(browser);
    await page.goto(fixtureUrl('not-complaint.html'));
    // The panel shows well within this on a complaint page (the test above).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await page.$('>>> [data-ctm-panel]')).toBeNull();
    expect(elsewhere).toEqual([]);
  });
});
