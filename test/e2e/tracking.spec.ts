/**
 * Tracking in the real browser: every complaint page opened is tracked without a click, and the
 * popup lists it with the same due moment as the panel (DOMAIN.md "Due moments").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { FIXTURE_DIR, fixtureUrl, HPMS } from './chromium';
import { expect, test } from './fixtures';

type Variant = { id: string; assigned?: string; level?: 'Immediate Need' | 'Urgent' | 'None' };

const BASE = readFileSync(join(FIXTURE_DIR, 'webforms-table.html'), 'utf8');

/** webforms-table.html with another complaint ID, assignment date (MM/DD/YYYY) and issue level. */
function variantHtml({ id, assigned, level }: Variant): string {
  let html = BASE.replaceAll('4012345', id);
  if (assigned) html = html.replace('11/02/2026 3:15 PM', `${assigned} 9:00 AM`).replace('>11/2/2026<', `>${assigned}<`);
  if (level) html = html.replace('>Immediate Need<', `>${level}<`);
  return html;
}

const served = new WeakMap<BrowserContext, Map<string, Variant>>();

/** Serves variants at https://hpms.cms.gov/hpms/ctm/variant/<id>.html (registered after the fixtures, so it wins). */
async function variantUrl(context: BrowserContext, variant: Variant): Promise<string> {
  let variants = served.get(context);
  if (!variants) {
    const map = new Map<string, Variant>();
    variants = map;
    served.set(context, map);
    await context.route(`${HPMS}/hpms/ctm/variant/*.html`, async (route) => {
      const id = new URL(route.request().url()).pathname.split('/').pop()!.replace('.html', '');
      const v = map.get(id);
      if (!v) return route.fulfill({ status: 404, body: 'no such variant' });
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: variantHtml(v) });
    });
  }
  variants.set(variant.id, variant);
  return `${HPMS}/hpms/ctm/variant/${variant.id}.html`;
}

async function openComplaint(page: Page, variant: Variant): Promise<void> {
  await page.goto(await variantUrl(page.context(), variant));
  await expect(page.locator(`[data-field="complaintId"][data-value="${variant.id}"]`)).toHaveCount(1);
  await expect(page.locator('[data-ctm-panel] time[data-due][data-due-from="background"]')).toHaveCount(1);
}

async function openPopup(context: BrowserContext, extId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await expect(popup.locator('[data-filter="all"]')).toBeVisible();
  return popup;
}

const overdueNow = (iso: string) => String(Date.now() > Date.parse(iso));

test.describe('tracking complaint pages into the popup', () => {
  test('a complaint page is tracked without a click; the popup shows the panel’s due moment (SOP key 11: Immediate Need, 2 days)', async ({ page, extContext, extId }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    const panelDue = page.locator('[data-ctm-panel] time[data-due][data-due-from="background"]');
    // Immediate Need assigned 11/02/2026: end of 11/04/2026 in America/New_York (EST).
    await expect(panelDue).toHaveAttribute('datetime', '2026-11-04T23:59:59-05:00');
    const popup = await openPopup(extContext, extId);
    const row = popup.locator('[data-case="4012345"]');
    await expect(row.locator('time[data-due]')).toHaveAttribute('datetime', (await panelDue.getAttribute('datetime'))!);
    await expect(row).toHaveAttribute('data-overdue', overdueNow('2026-11-04T23:59:59-05:00'));
    await expect(row.locator('time[data-due]')).toHaveAttribute('data-clock', 'running');
    await popup.close();
  });

  test('rows are ordered soonest due first, each with its budget (Immediate Need 2, Urgent 7, none 30 days)', async ({ page, extContext, extId }) => {
    const cases: (Variant & { due: string })[] = [
      { id: '5200001', assigned: '01/05/2027', level: 'None', due: '2027-02-04T23:59:59-05:00' },
      { id: '5200002', assigned: '01/05/2027', level: 'Urgent', due: '2027-01-12T23:59:59-05:00' },
      { id: '5200003', assigned: '01/05/2027', level: 'Immediate Need', due: '2027-01-07T23:59:59-05:00' },
    ];
    for (const c of cases) await openComplaint(page, c);
    const popup = await openPopup(extContext, extId);
    for (const c of cases) {
      await expect(popup.locator(`[data-case="${c.id}"] time[data-due]`)).toHaveAttribute('datetime', c.due);
      await expect(popup.locator(`[data-case="${c.id}"]`)).toHaveAttribute('data-overdue', overdueNow(c.due));
    }
    const order = await popup.locator('[data-case]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case')));
    const ours = order.filter((id) => id?.startsWith('52000'));
    expect(ours).toEqual(['5200003', '5200002', '5200001']);
    const dues = await popup.locator('[data-case] time[data-due]').evaluateAll((ts) => ts.map((t) => Date.parse(t.getAttribute('datetime')!)));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    await popup.close();
  });

  test('five complaints opened in five tabs at once are all tracked (nothing lost)', async ({ extContext, extId }) => {
    const ids = ['5300001', '5300002', '5300003', '5300004', '5300005'];
    const tabs = await Promise.all(ids.map(() => extContext.newPage()));
    await Promise.all(tabs.map((tab, i) => openComplaint(tab, { id: ids[i]!, assigned: '12/01/2026', level: 'Urgent' })));
    const popup = await openPopup(extContext, extId);
    for (const id of ids) {
      await expect(popup.locator(`[data-case="${id}"] time[data-due]`)).toHaveAttribute('datetime', '2026-12-08T23:59:59-05:00');
    }
    await Promise.all([...tabs, popup].map((p) => p.close()));
  });

  test('a category reassignment request pauses the clock in the panel and the popup (SOP I.4)', async ({ page, extContext, extId }) => {
    await openComplaint(page, { id: '5400001', assigned: '12/01/2026', level: 'Urgent' });
    const popup = await openPopup(extContext, extId);
    await expect(popup.locator('[data-case="5400001"] time[data-due]')).toHaveAttribute('data-clock', 'running');
    await page.locator('#ctl00_ContentPlaceHolder1_cbReassign').check();
    await page.locator('#ctl00_ContentPlaceHolder1_ddlReason').selectOption({ label: 'Requires category reassignment' });
    await expect(page.locator('[data-ctm-panel] time[data-due]')).toHaveAttribute('data-clock', 'paused');
    await expect(popup.locator('[data-case="5400001"] time[data-due]')).toHaveAttribute('data-clock', 'paused');
    // Once CMS acts (the request is gone), the clock runs again.
    await page.locator('#ctl00_ContentPlaceHolder1_cbReassign').uncheck();
    await expect(popup.locator('[data-case="5400001"] time[data-due]')).toHaveAttribute('data-clock', 'running');
    await popup.close();
  });

  test('mark done takes a case off the open list; undo brings it back', async ({ page, extContext, extId }) => {
    await openComplaint(page, { id: '5500001', assigned: '12/01/2026', level: 'Urgent' });
    const popup = await openPopup(extContext, extId);
    const row = popup.locator('[data-case="5500001"]');
    await expect(row).toHaveCount(1);
    await popup.locator('[data-mark-done="5500001"]').click();
    await expect(row).toHaveCount(0);
    await popup.locator('[data-filter="done"]').click();
    await expect(row).toHaveAttribute('data-status', 'done');
    await popup.locator('[data-undo="5500001"]').click();
    await expect(row).toHaveCount(0);
    await popup.locator('[data-filter="all"]').click();
    await expect(row).toHaveAttribute('data-status', 'open');
    await popup.close();
  });

  test('a case closed as resolved, in a scenario that allows closing, leaves the list (SOP F.1 note)', async ({ page, extContext, extId }) => {
    await openComplaint(page, { id: '5600001', assigned: '12/01/2026', level: 'Urgent' });
    const popup = await openPopup(extContext, extId);
    const row = popup.locator('[data-case="5600001"]');
    await expect(row).toHaveCount(1);
    await page.locator('input[name$="txtResolutionDate"]').fill('12/03/2026');
    await page.locator('select[name$="ddlDisposition"]').selectOption({ label: 'Resolved' });
    await expect(page.locator('[data-ctm-panel] time[data-due]')).toHaveAttribute('data-clock', 'stopped');
    await expect(row).toHaveCount(0);
    await popup.locator('[data-filter="done"]').click();
    await expect(row).toHaveCount(0);
    await popup.close();
  });

  test('due moments follow a change of time zone and budgets, in the open popup and when it opens again', async ({ page, extContext, extId }) => {
    await openComplaint(page, { id: '5700001', assigned: '01/05/2027', level: 'Urgent' });
    const popup = await openPopup(extContext, extId);
    const due = popup.locator('[data-case="5700001"] time[data-due]');
    await expect(due).toHaveAttribute('datetime', '2027-01-12T23:59:59-05:00');
    type Local = { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string): Promise<void>; get(k: string): Promise<Record<string, unknown>> } } } };
    const viewZone = () =>
      popup.evaluate(async () => {
        const stored = (await (globalThis as unknown as Local).chrome.storage.local.get('trackedCases.rows'))['trackedCases.rows'];
        return typeof stored === 'string' ? (JSON.parse(stored) as { timeZone: string }).timeZone : undefined;
      });
    try {
      await popup.evaluate(() =>
        (globalThis as unknown as Local).chrome.storage.local.set({ settings: { schemaVersion: 1, timeZone: 'America/Chicago', budgets: { urgentDays: 3 } } }),
      );
      // Urgent 3 days from 01/05/2027, at the end of the day in Chicago.
      await expect(due).toHaveAttribute('datetime', '2027-01-08T23:59:59-06:00');
      // The background rebuilds the popup's precomputed rows with them; a popup opened again shows the same.
      await expect.poll(viewZone).toBe('America/Chicago');
      await popup.reload();
      await expect(due).toHaveAttribute('datetime', '2027-01-08T23:59:59-06:00');
    } finally {
      await popup.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.remove('settings'));
    }
    await expect(due).toHaveAttribute('datetime', '2027-01-12T23:59:59-05:00');
    await expect.poll(viewZone).toBe('America/New_York');
    await popup.close();
  });

  test('junk in the stored cases: the panel and the popup say it was kept aside, with its size, and the popup clears it', async ({ page, extContext, extId }) => {
    type Local = { chrome: { storage: { local: { set(v: object): Promise<void>; clear(): Promise<void>; get(k: null): Promise<Record<string, unknown>> } } } };
    const popup = await openPopup(extContext, extId);
    const saved = await popup.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.get(null));
    const panelAlert = page.locator('[data-ctm-panel] [role="alert"]');
    const problem = popup.locator('[data-store-problem]');
    try {
      // Megabytes of junk where the cases belong (Chrome reads and writes a megabyte in about a second here).
      await popup.evaluate(() => (globalThis as unknown as Local).chrome.storage.local.set({ trackedCases: 'x'.repeat(1024 * 1024) }));
      await openComplaint(page, { id: '5800001', assigned: '12/01/2026', level: 'Urgent' });
      await expect(panelAlert).toContainText(/Stored tracked complaints .*could not be read; they were kept aside \(1,024 KB\)/);
      await expect(panelAlert).not.toContainText(/reload/i);
      await popup.reload();
      await expect(popup.locator('[data-case="5800001"]')).toHaveCount(1);
      await expect(problem).toContainText('set aside, not deleted');
      await problem.locator('[data-clear-unreadable="set-aside"]').click();
      await expect(problem).toHaveCount(0);
      await expect(popup.locator('[data-case="5800001"]')).toHaveCount(1);
    } finally {
      await popup.evaluate(async (items) => {
        const local = (globalThis as unknown as Local).chrome.storage.local;
        await local.clear();
        await local.set(items);
      }, saved);
    }
    await popup.close();
  });
});
