/**
 * The popup as a caseworker uses it: filters, exports, one email for several cases, the M–P
 * guides and their drafts, and the keyboard.
 */
import { readFileSync } from 'node:fs';
import { seriousViolations } from './axe';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { followUpAvailability } from '../../lib/email/follow-up-availability';
import { FIXTURE_DIR, HPMS } from './chromium';
import { expect, test } from './fixtures';

const NY = 'America/New_York';
const BASE = readFileSync(join(FIXTURE_DIR, 'webforms-table.html'), 'utf8');

/** Today in the plan's default zone, shifted by whole days, as YYYY-MM-DD. */
function dayIn(offsetDays: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: NY, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  const utc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day) + offsetDays);
  return new Date(utc).toISOString().slice(0, 10);
}
const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

type Case = { id: string; assigned: string; level: 'Immediate Need' | 'Urgent' | 'None' };

// Relative to today, so the filters mean the same on any day.
const OVERDUE: Case = { id: '6100001', assigned: dayIn(-10), level: 'Immediate Need' }; // due 8 days ago
const TODAY: Case = { id: '6100002', assigned: dayIn(-2), level: 'Immediate Need' }; // due tonight
const THIS_WEEK: Case = { id: '6100003', assigned: dayIn(-1), level: 'Urgent' }; // due in 6 days
const LATER: Case = { id: '6100004', assigned: dayIn(0), level: 'None' }; // due in 30 days
const ALL = [OVERDUE, TODAY, THIS_WEEK, LATER];

async function serveCases(page: Page): Promise<void> {
  const byId = new Map(ALL.map((c) => [c.id, c]));
  await page.route(`${HPMS}/hpms/ctm/popup-case/*.html`, (route) => {
    const c = byId.get(new URL(route.request().url()).pathname.split('/').pop()!.replace('.html', ''));
    if (!c) return route.fulfill({ status: 404, body: 'no such case' });
    const html = BASE.replaceAll('4012345', c.id)
      .replace('11/02/2026 3:15 PM', `${us(c.assigned)} 9:00 AM`)
      .replace('>11/2/2026<', `>${us(c.assigned)}<`)
      .replace('>Immediate Need<', `>${c.level}<`);
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
}

/** Each test tracks the four cases itself: every test starts with empty extension storage. */
async function trackAll(page: Page): Promise<void> {
  await serveCases(page);
  for (const c of ALL) {
    await page.goto(`${HPMS}/hpms/ctm/popup-case/${c.id}.html`);
    await expect(page.locator('[data-ctm-panel] time[data-due][data-due-from="background"]')).toHaveCount(1);
  }
}

async function openPopup(page: Page, extId: string): Promise<void> {
  await trackAll(page);
  await page.goto(`chrome-extension://${extId}/popup.html`);
  for (const c of ALL) await expect(page.locator(`[data-case="${c.id}"]`)).toHaveCount(1);
}

const shownIds = (page: Page) => page.locator('[data-case]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case')!));
const ours = (ids: string[]) => ids.filter((id) => ALL.some((c) => c.id === id));

test.describe('the popup', () => {
  test('filters: overdue, due today (overdue included), this week, all open', async ({ page, extId }) => {
    await openPopup(page, extId);
    const expectations: [string, Case[]][] = [
      ['overdue', [OVERDUE]],
      ['today', [OVERDUE, TODAY]],
      ['week', [OVERDUE, TODAY, THIS_WEEK]],
      ['all', [OVERDUE, TODAY, THIS_WEEK, LATER]],
    ];
    for (const [filter, cases] of expectations) {
      await page.locator(`[data-filter="${filter}"]`).click();
      await expect(page.locator(`[data-filter="${filter}"]`)).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(async () => ours(await shownIds(page))).toEqual(cases.map((c) => c.id));
    }
    await expect(page.locator(`[data-case="${OVERDUE.id}"]`)).toHaveAttribute('data-overdue', 'true');
    await expect(page.locator(`[data-case="${TODAY.id}"]`)).toHaveAttribute('data-overdue', 'false');
    // The chart counts the open cases due on each of the next 14 days.
    await expect(page.locator('[data-chart-day]')).toHaveCount(14);
    await expect(page.locator(`[data-chart-day="${dayIn(6)}"]`)).not.toHaveAttribute('data-count', '0');
  });

  test('the toolbar popup, opened as the toolbar button opens it, lists the cases soonest due first', async ({ page, extId }) => {
    await trackAll(page);
    // popup.html in a tab is what the other tests use; this is the real popup window. No test can
    // drive that page, so an extension page opens it and reads it through getViews.
    await page.goto(`chrome-extension://${extId}/options.html`);
    type PopupApi = { chrome: { action: { openPopup(): Promise<void> }; extension: { getViews(q: { type: 'popup' }): Window[] } } };
    await page.evaluate(() => (globalThis as unknown as PopupApi).chrome.action.openPopup());
    const shown = await page
      .waitForFunction(() => {
        const popup = (globalThis as unknown as PopupApi).chrome.extension.getViews({ type: 'popup' })[0];
        const rows = [...(popup?.document.querySelectorAll('[data-case]') ?? [])];
        if (rows.length < 4) return null;
        const due = rows.map((r) => r.querySelector('time[data-due]')?.getAttribute('datetime') ?? '');
        popup!.close();
        return { ids: rows.map((r) => r.getAttribute('data-case')!), due };
      })
      .then((h) => h.jsonValue() as Promise<{ ids: string[]; due: string[] }>);
    expect(ours(shown.ids)).toEqual(ALL.map((c) => c.id));
    expect(shown.due.every((d) => !Number.isNaN(Date.parse(d)))).toBe(true);
  });

  test('exports the list as CSV and as an ICS calendar of due moments', async ({ page, extId }) => {
    await openPopup(page, extId);
    const rowsShown = await page.locator('[data-case] time[data-due]').count();

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-csv]').click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^ctm-deadlines-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Complaint ID,Contract,Issue level,Scenario,Clock,Status,Due (ISO 8601),Budget (days),Budget source,Date used,Next step,Page URL');
    const later = lines.find((line) => line.startsWith(`${LATER.id},`));
    expect(later).toContain(',S1234,none,');
    expect(later).toContain(`${dayIn(30)}T23:59:59`);
    expect(lines).toHaveLength(rowsShown + 2); // header, one line per row, the final CRLF

    const [icsDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-ics]').click()]);
    expect(icsDownload.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync((await icsDownload.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(rowsShown);
    expect(ics).toContain(`UID:ctm-${TODAY.id}@ctm-assist`);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // every line ends in CRLF
  });

  test('one F email to the lead RO lists both selected complaints once confirmed, as they were not worked as F (SOP F.4)', async ({ page, extId }) => {
    await openPopup(page, extId);
    await page.locator(`#select-${OVERDUE.id}`).check();
    await page.locator(`#select-${THIS_WEEK.id}`).check();
    const button = page.locator('[data-email-selected="F-will-not-close"]');
    await expect(button).toContainText('2 selected');
    await button.click();
    // Keyboard users land on the email.
    await expect(page.locator('#several-email-title')).toBeFocused();
    const email = page.locator('[data-email="F-will-not-close"]');
    await expect(email.locator('[data-email-subject]')).toHaveAttribute('data-email-subject', 'CTM Case Resolved But Will Not Close');
    const body = email.locator('textarea[data-email-body]');
    await expect(body).not.toHaveValue(new RegExp(OVERDUE.id));
    await expect(page.locator('[data-confirm-cases]')).toContainText(`Complaint ${OVERDUE.id}`);
    await expect(page.locator('[data-confirm-cases]')).toContainText(`Complaint ${THIS_WEEK.id}`);
    await page.locator('[data-confirm-include]').click();
    await expect(body).toHaveValue(new RegExp(OVERDUE.id));
    await expect(body).toHaveValue(new RegExp(THIS_WEEK.id));
    await expect(body).not.toHaveValue(new RegExp(TODAY.id));
  });

  test('M–P guides with their drafts; N is held until 6 business days after CMS confirmed (SOP N.1, N.2)', async ({ page, extId }) => {
    await openPopup(page, extId);
    for (const letter of ['M', 'N', 'O', 'P']) {
      await page.locator(`[data-guide-panel="${letter}"] > summary`).click();
      await expect(page.locator(`[data-guide="${letter}"] [data-guide-step]`).first()).toBeVisible();
    }
    await expect(page.locator('[data-email="M-access-request"]')).toBeVisible();
    await expect(page.locator('[data-email="P-general-inquiry"]')).toBeVisible();

    const today = dayIn(0);
    const n = page.locator('[data-email-composer="N-access-follow-up"]');
    await n.locator('[data-email-field="receiptConfirmedOn"]').fill(today);
    const held = followUpAvailability(today, today);
    if (!held.ok) throw new Error(held.message);
    await expect(n.locator('[data-email-held]')).toHaveAttribute('data-email-held', held.availableFrom);
    await expect(n.locator('a[data-mailto]')).toHaveAttribute('aria-disabled', 'true');
    // The same date drives the access follow-ups, and is kept for next time.
    await expect(page.locator('#access-confirmed')).toHaveValue(today);
    await expect(page.locator('[data-follow-up="N.1"] time')).toHaveAttribute('datetime', new RegExp(`^${held.checkAccessOn}T00:00:00`));

    const longAgo = dayIn(-20);
    await n.locator('[data-email-field="receiptConfirmedOn"]').fill(longAgo);
    await expect(n.locator('[data-email-held]')).toHaveCount(0);

    await page.locator('#hpms-requested').fill(today);
    await expect(page.locator('[data-follow-up="O.2"] time')).toHaveAttribute('datetime', new RegExp(`^${dayIn(14)}T00:00:00`));
    await page.reload();
    await expect(page.locator('#access-confirmed')).toHaveValue(longAgo);
    await expect(page.locator('#hpms-requested')).toHaveValue(today);
  });

  test('keyboard: Tab reaches the filters and then the rows', async ({ page, extId }) => {
    await openPopup(page, extId);
    const reached: string[] = [];
    for (let i = 0; i < 40 && !reached.some((r) => r.startsWith('row:')); i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el) return 'none';
          if (el.dataset.filter) return `filter:${el.dataset.filter}`;
          const row = el.closest('[data-case]');
          return row ? `row:${row.getAttribute('data-case')}` : el.tagName;
        }),
      );
    }
    const firstFilter = reached.findIndex((r) => r.startsWith('filter:'));
    const firstRow = reached.findIndex((r) => r.startsWith('row:'));
    expect(firstFilter).toBeGreaterThanOrEqual(0);
    expect(firstRow).toBeGreaterThan(firstFilter);
    // Space on a focused filter switches to it.
    await page.locator('[data-filter="overdue"]').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-filter="overdue"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('no serious accessibility violations (axe-core), with guides and an email open', async ({ page, extId }) => {
    await openPopup(page, extId);
    await page.locator(`#select-${LATER.id}`).check();
    await page.locator('[data-email-selected="F-will-not-close"]').click();
    await expect(page.locator('[data-confirm-cases]')).toBeVisible();
    for (const letter of ['M', 'N', 'O', 'P']) await page.locator(`[data-guide-panel="${letter}"] > summary`).click();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('reports damaged tracked-case data, keeps it aside and still lists the rest', async ({ page, extId }) => {
    await openPopup(page, extId);
    await expect(page.locator('[data-store-problem]')).toHaveCount(0);
    // Damaged storage: one unreadable case is set aside and reported, the rest stay.
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, Record<string, unknown>>>; set(v: object): Promise<void> } } } }).chrome;
      const { trackedCases } = await api.storage.local.get('trackedCases');
      await api.storage.local.set({ trackedCases: { ...trackedCases, 999000111: { complaintId: 'not a case' } } });
    });
    await page.reload();
    await expect(page.locator('[data-store-problem]')).toContainText('set aside');
    await expect(page.locator(`[data-case="${LATER.id}"]`)).toHaveCount(1);
    const aside = await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } } } }).chrome;
      const key = 'trackedCases.quarantine';
      const kept = (await api.storage.local.get(key))[key];
      await api.storage.local.remove(key); // later tests in this browser start clean
      return kept;
    });
    expect(JSON.stringify(aside)).toContain('not a case');
  });
});
