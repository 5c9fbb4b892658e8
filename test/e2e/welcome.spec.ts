/**
 * First run: installing the extension opens the welcome page; loading it again does not.
 * The welcome page's sample complaint shows the panel without HPMS and is not tracked.
 * A fresh browser profile per test, since the install happens once per profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { extensionId, launchChromium } from './chromium';

declare const chrome: { runtime: { sendMessage(m: object): Promise<unknown> }; tabs: { getCurrent(): Promise<{ id: number }> } };

const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');

async function welcomePage(context: BrowserContext): Promise<Page> {
  return context.pages().find(isWelcome) ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }));
}

test.describe('first run', () => {
  let userDataDir: string;
  let context: BrowserContext;
  test.beforeEach(async () => {
    userDataDir = mkdtempSync(join(tmpdir(), 'ctm-welcome-'));
    context = await launchChromium({ userDataDir });
  });
  test.afterEach(async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  test('install opens the welcome page, whose sample shows the panel untracked; loading the extension again does not open it', async () => {
    const extId = await extensionId(context);
    const welcome = await welcomePage(context);
    await expect(welcome.locator('[data-welcome] h1')).toHaveText('Welcome to CTM Assist');
    await expect(welcome.getByText('Nothing leaves the browser')).toBeVisible();
    await expect(welcome.locator('[data-welcome-settings]')).toHaveAttribute('href', `chrome-extension://${extId}/options.html`);
    await expect(welcome.locator('[data-shortcut="toggle-panel"]')).toContainText('Alt+Shift+P');
    await expect(welcome.locator('[data-shortcut="focus-findings"]')).toContainText('Alt+Shift+N');
    await expect(welcome.locator('[data-shortcut="_execute_action"]')).toContainText('Alt+Shift+C');

    // The sample complaint: the panel reads it as it reads CTM.
    const [sample] = await Promise.all([context.waitForEvent('page'), welcome.locator('[data-welcome-sample]').click()]);
    await expect(sample.locator('[data-field="complaintId"]')).toHaveAttribute('data-value', '1000001');
    await expect(sample.locator('[data-ctm-panel] time[data-due][data-due-from="background"]')).toHaveCount(1);
    await sample.locator('textarea[name$="txtCurrentEntry"]').fill('Spoke with bene w/ the pharmacy.');
    await expect(sample.locator('[data-rule="abbreviation"]').first()).toBeVisible();
    // The panel's later part loads in the sample page too (the findings above come with it): no failure message.
    await expect(sample.locator('[data-emails-loading]')).toHaveCount(0);
    await expect(sample.locator('[data-emails-unavailable], [data-findings-unavailable]')).toHaveCount(0);

    // The panel's shortcuts, as the background passes them on when pressed in this tab: collapse, and focus the findings.
    const worker = context.serviceWorkers()[0]!;
    const tabId = await sample.evaluate(async () => (await chrome.tabs.getCurrent()).id);
    const send = (command: string) =>
      worker.evaluate(({ command, tabId }) => chrome.runtime.sendMessage({ type: 'ctm-panel-command', command, tabId }).catch(() => undefined), { command, tabId });
    await send('toggle-panel');
    await expect(sample.locator('[data-ctm-panel]')).toHaveAttribute('data-collapsed', 'true');
    await send('focus-findings');
    await expect(sample.locator('[data-ctm-panel]')).toHaveAttribute('data-collapsed', 'false');
    await expect.poll(() => sample.evaluate(() => !!document.querySelector('ctm-assist-panel')?.shadowRoot?.activeElement?.closest('.ctm-findings'))).toBe(true);

    // Not tracked: the popup's list stays empty.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extId}/popup.html`);
    await expect(popup.locator('[data-deadlines-empty]')).toBeVisible();
    await expect(popup.locator('[data-case]')).toHaveCount(0);

    // Loading the extension again (a browser start with the same profile, where Chromium reloads an
    // unpacked extension and reports it installed once more): no second welcome.
    await context.close();
    context = await launchChromium({ userDataDir });
    const again = await context.newPage();
    await again.goto(`chrome-extension://${extId}/popup.html`);
    // The list shows once the reloaded worker answers: its start-up, onInstalled included, has run.
    await expect(again.locator('[data-deadlines-empty]')).toBeVisible();
    expect(context.pages().filter(isWelcome)).toHaveLength(0);
  });
});
