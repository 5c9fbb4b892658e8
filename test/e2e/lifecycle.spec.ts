/**
 * The deadline keeper across the service worker's and the browser's life: cases and the alarm
 * survive a stopped worker and a restart with the same profile, and an alarm makes the
 * notification (once: a restart does not repeat it).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { dueMoment } from '../../lib/deadlines/due-moment';
import { extensionId, FIXTURE_DIR, fixtureUrl, HPMS, launchChromium } from './chromium';

/** The parts of the extension API these tests call inside the browser. */
type Chromeish = {
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    clear(name: string): Promise<boolean>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  action: { getBadgeText(details: object): Promise<string>; getBadgeBackgroundColor(details: object): Promise<number[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } };
};
declare const chrome: Chromeish;

const ALARM = 'ctm-deadlines';
const OVERDUE_ID = '4012345'; // webforms-table.html: due 2026-11-04, long past
const FUTURE_ID = '5700001';
const SECOND_ID = '5700002';
const NY = 'America/New_York';
const BASE = readFileSync(join(FIXTURE_DIR, 'webforms-table.html'), 'utf8');

function todayIn(timeZone: string): { us: string; iso: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  return { us: `${parts.month}/${parts.day}/${parts.year}`, iso: `${parts.year}-${parts.month}-${parts.day}` };
}

/** A complaint with no issue level assigned today: due in 30 days, so there is a future wake-up. */
async function serveFutureCases(context: BrowserContext): Promise<void> {
  const { us } = todayIn(NY);
  await context.route(`${HPMS}/hpms/ctm/future/*.html`, (route) => {
    const id = new URL(route.request().url()).pathname.split('/').pop()!.replace('.html', '');
    const html = BASE.replaceAll('4012345', id)
      .replace('11/02/2026 3:15 PM', `${us} 8:00 AM`)
      .replace('>11/2/2026<', `>${us}<`)
      .replace('>Immediate Need<', '>None<');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

async function launch(userDataDir: string): Promise<{ context: BrowserContext; extId: string }> {
  const context = await launchChromium({ userDataDir });
  await serveFutureCases(context);
  return { context, extId: await extensionId(context) };
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

async function openComplaint(context: BrowserContext, url: string, id: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator(`[data-field="complaintId"][data-value="${id}"]`)).toHaveCount(1);
  await expect(page.locator('[data-ctm-panel] time[data-due][data-due-from="background"]')).toHaveCount(1);
  await page.close();
}

async function openPopup(context: BrowserContext, extId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await expect(popup.locator('[data-filter="all"]')).toBeVisible();
  return popup;
}

const alarmTime = (page: Page) =>
  page.evaluate(async (name) => (await chrome.alarms.getAll()).find((a) => a.name === name)?.scheduledTime ?? null, ALARM);
const notificationIds = (page: Page) => page.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

test.describe('deadline keeper lifecycle', () => {
  test.describe.configure({ timeout: 90_000 });
  let userDataDir: string;
  test.beforeAll(() => {
    userDataDir = mkdtempSync(join(tmpdir(), 'ctm-lifecycle-'));
  });
  test.afterAll(() => rmSync(userDataDir, { recursive: true, force: true }));

  test('cases, alarm and notifications survive a stopped worker and a browser restart', async () => {
    const { iso: today } = todayIn(NY);
    const futureDue = dueMoment({ assignedDate: today, issueLevel: 'none', timeZone: NY });
    if (!futureDue.ok) throw new Error(futureDue.reason);
    const wakeAt = futureDue.ms - 24 * 3_600_000; // the 24-hour alert and badge moment

    // First run: an overdue case and a case due in 30 days.
    let { context, extId } = await launch(userDataDir);
    let popup = await openPopup(context, extId);
    // A fresh profile: the popup says how cases get onto the list.
    await expect(popup.locator('[data-deadlines-empty]')).toContainText('Open a complaint in CTM');
    await popup.close();
    await openComplaint(context, fixtureUrl('webforms-table.html'), OVERDUE_ID);
    await openComplaint(context, `${HPMS}/hpms/ctm/future/${FUTURE_ID}.html`, FUTURE_ID);
    popup = await openPopup(context, extId);
    await expect(popup.locator(`[data-case="${OVERDUE_ID}"]`)).toHaveAttribute('data-overdue', 'true');
    await expect(popup.locator(`[data-case="${FUTURE_ID}"] time[data-due]`)).toHaveAttribute('datetime', futureDue.iso);
    // Deadlines are data, the alarm only wakes the worker: armed for the next moment that matters.
    await expect.poll(() => alarmTime(popup)).toBe(wakeAt);
    // The overdue case got its one notification, and the badge counts it in red.
    await expect.poll(() => notificationIds(popup)).toContain(`ctm:${OVERDUE_ID}:overdue`);
    expect(await popup.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    expect(await popup.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([0xd9, 0x30, 0x25, 255]);

    // Stop the service worker mid-use: the popup and a new complaint page still work.
    const cdp = await context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await openComplaint(context, `${HPMS}/hpms/ctm/future/${SECOND_ID}.html`, SECOND_ID);
    await popup.reload();
    for (const id of [OVERDUE_ID, FUTURE_ID, SECOND_ID]) await expect(popup.locator(`[data-case="${id}"]`)).toHaveCount(1);

    // Clear the alarm so that only the worker's startup can bring it back.
    await popup.evaluate((name) => chrome.alarms.clear(name), ALARM);
    expect(await alarmTime(popup)).toBeNull();
    await context.close();

    // Restart with the same profile.
    ({ context, extId } = await launch(userDataDir));
    popup = await openPopup(context, extId);
    for (const id of [OVERDUE_ID, FUTURE_ID, SECOND_ID]) await expect(popup.locator(`[data-case="${id}"]`)).toHaveCount(1);
    await expect.poll(() => alarmTime(popup), { timeout: 15_000 }).toBe(wakeAt);
    // Notifications are made before the alarm is armed: the overdue one was remembered, not repeated.
    expect(await notificationIds(popup)).not.toContain(`ctm:${OVERDUE_ID}:overdue`);

    // An alarm fires and the notification is made: forget it was sent, then wake the worker.
    const worker = await serviceWorker(context);
    await worker.evaluate(
      async ({ name }) => {
        await chrome.storage.local.remove('alerts.sent');
        await chrome.alarms.create(name, { when: Date.now() + 1000 });
      },
      { name: ALARM },
    );
    await expect.poll(() => notificationIds(popup), { timeout: 15_000 }).toContain(`ctm:${OVERDUE_ID}:overdue`);
    // The worker re-armed the alarm for the real next moment.
    await expect.poll(() => alarmTime(popup)).toBe(wakeAt);
    await context.close();
  });
});
