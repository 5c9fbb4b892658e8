/**
 * The timeliness report in the real browser: three complaints worked through fixture pages
 * (resolved in time, resolved late, left open past due) are recorded in the case history by the
 * background and counted on the report page opened from the popup; the history's JSON export,
 * imported with a second caseworker's overlapping export, counts each complaint once; a newer
 * file is refused and changes nothing; axe-core finds no serious or critical violation.
 */
import { readFileSync } from 'node:fs';
import { seriousViolations } from './axe';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { FIXTURE_DIR, HPMS } from './chromium';
import { expect, test } from './fixtures';

const BASE = readFileSync(join(FIXTURE_DIR, 'webforms-table.html'), 'utf8');
type Variant = { id: string; assigned: string; level: 'Immediate Need' | 'Urgent' | 'None' };

/** webforms-table.html with another complaint ID, assignment date (MM/DD/YYYY) and issue level. */
function variantHtml({ id, assigned, level }: Variant): string {
  return BASE.replaceAll('4012345', id)
    .replace('11/02/2026 3:15 PM', `${assigned} 9:00 AM`)
    .replace('>11/2/2026<', `>${assigned}<`)
    .replace('>Immediate Need<', `>${level}<`);
}

async function serveVariants(context: BrowserContext, variants: Variant[]): Promise<void> {
  await context.route(`${HPMS}/hpms/ctm/report-case/*.html`, async (route) => {
    const id = new URL(route.request().url()).pathname.split('/').pop()!.replace('.html', '');
    const v = variants.find((x) => x.id === id);
    if (!v) return route.fulfill({ status: 404, body: 'no such complaint' });
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: variantHtml(v) });
  });
}

async function openComplaint(page: Page, v: Variant): Promise<void> {
  await page.goto(`${HPMS}/hpms/ctm/report-case/${v.id}.html`);
  await expect(page.locator(`[data-field="complaintId"][data-value="${v.id}"]`)).toHaveCount(1);
  await expect(page.locator('[data-ctm-panel] time[data-due]')).toHaveCount(1);
}

async function resolve(page: Page, date: string): Promise<void> {
  await page.locator('input[name$="txtResolutionDate"]').fill(date);
  await page.locator('select[name$="ddlDisposition"]').selectOption({ label: 'Resolved' });
  await expect(page.locator('[data-ctm-panel] [data-field="resolutionDate"]')).toHaveAttribute('data-value', /^\d{4}-\d{2}-\d{2}$/);
}

const CASES: Variant[] = [
  // Immediate Need assigned 11/02/2026: due 11/04 (SOP key 11); resolved 11/03: within budget.
  { id: '5810001', assigned: '11/02/2026', level: 'Immediate Need' },
  // Urgent assigned 11/02/2026: due 11/09 (CMS guidance, 7 days); resolved 11/20: late.
  { id: '5810002', assigned: '11/02/2026', level: 'Urgent' },
  // Immediate Need assigned 11/10/2026, never resolved: due 11/12, still open past due.
  { id: '5810003', assigned: '11/10/2026', level: 'Immediate Need' },
];

test('three complaints worked through their pages show in the report opened from the popup, and team exports merge', async ({ page, extContext, extId }) => {
  await serveVariants(extContext, CASES);
  await openComplaint(page, CASES[0]!);
  await resolve(page, '11/03/2026');
  await openComplaint(page, CASES[1]!);
  await resolve(page, '11/20/2026');
  await openComplaint(page, CASES[2]!);

  const popup = await extContext.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  const [report] = await Promise.all([extContext.waitForEvent('page'), popup.locator('[data-open-report]').click()]);
  await expect(report.locator('[data-report]')).toBeVisible();
  await expect(report.locator('[data-report-limits]')).toContainText('never opened with the extension are not counted');
  await report.locator('select[data-report-period]').selectOption('2026-11');

  const ineed = report.locator('[data-report-level="immediate-need"]');
  await expect(ineed).toHaveAttribute('data-resolved', '1');
  await expect(ineed).toHaveAttribute('data-on-time', '1');
  await expect(ineed).toHaveAttribute('data-open-past-due', '1');
  await expect(ineed.locator('[data-budget-provenance]')).toHaveAttribute('data-budget-provenance', 'sop');
  const urgent = report.locator('[data-report-level="urgent"]');
  await expect(urgent).toHaveAttribute('data-resolved', '1');
  await expect(urgent).toHaveAttribute('data-late', '1');
  await expect(urgent.locator('[data-budget-provenance]')).toHaveAttribute('data-budget-provenance', 'cms-guidance');
  await expect(report.locator('[data-report-late="5810002"]')).toHaveAttribute('data-state', 'late');
  await expect(report.locator('[data-report-late="5810003"]')).toHaveAttribute('data-state', 'open-past-due');
  await expect(report.locator('[data-report-late="5810001"]')).toHaveCount(0);
  await expect(report.locator('[data-report-chart="urgent"] [data-chart-month="2026-11"]')).toHaveAttribute('data-late', '1');
  await expect(report.locator('[data-report-chart="immediate-need"] [data-chart-month="2026-11"]')).toHaveAttribute('data-on-time', '1');
  expect(await seriousViolations(report)).toEqual([]);

  // The caseworker's export, and a colleague's that shares 5810003 (resolved by them, later) and adds one.
  const [download] = await Promise.all([report.waitForEvent('download'), report.locator('[data-history-export-json]').click()]);
  const mine = readFileSync((await download.path())!, 'utf8');
  const exported = JSON.parse(mine) as { version: number; cases: Record<string, { events: { t: string; at: string }[] }> };
  expect(exported.version).toBe(1);
  expect(Object.keys(exported.cases).sort()).toEqual(['5810001', '5810002', '5810003']);
  expect(mine).not.toMatch(/Doe|hpms\.cms\.gov/i);
  const later = new Date(Date.now() + 60_000).toISOString();
  const colleague = {
    kind: 'ctm-assist-case-history',
    version: 1,
    exportedAt: later,
    cases: {
      '5810003': { contract: 'S1234', assigned: '2026-11-10', events: [{ t: 'seen', at: '2026-11-10T15:00:00.000Z' }, { t: 'level', at: '2026-11-10T15:00:00.000Z', level: 'immediate-need' }, { t: 'resolution', at: later, date: '2026-11-11' }] },
      '5810004': { contract: 'S1234', assigned: '2026-11-16', events: [{ t: 'seen', at: '2026-11-16T15:00:00.000Z' }, { t: 'level', at: '2026-11-16T15:00:00.000Z', level: 'urgent' }, { t: 'resolution', at: '2026-11-17T15:00:00.000Z', date: '2026-11-17' }] },
    },
  };
  const input = report.locator('input[data-history-import]');
  await input.setInputFiles([
    { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(mine) },
    { name: 'colleague.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(colleague)) },
  ]);
  await expect(report.locator('[data-import-ok="colleague.json"]')).toBeVisible();
  await expect(report.locator('[data-report-sources]')).toHaveAttribute('data-complaints', '4');
  // 5810003 now resolved 11/11, within budget (the colleague's newest event wins); 5810004 on time.
  await expect(ineed).toHaveAttribute('data-resolved', '2');
  await expect(ineed).toHaveAttribute('data-open-past-due', '0');
  await expect(urgent).toHaveAttribute('data-resolved', '2');
  await expect(report.locator('[data-report-late="5810003"]')).toHaveCount(0);

  // A file from a newer CTM Assist is refused and changes nothing.
  await input.setInputFiles([{ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...colleague, version: 2, cases: {} })) }]);
  await expect(report.locator('[data-import-error="newer.json"]')).toContainText('newer CTM Assist');
  await expect(report.locator('[data-report-sources]')).toHaveAttribute('data-complaints', '4');
  await expect(ineed).toHaveAttribute('data-resolved', '2');
  expect(await seriousViolations(report)).toEqual([]);

  // Keyboard: the period picker and the buttons are reached by Tab.
  await report.locator('select[data-report-period]').focus();
  await report.keyboard.press('Tab');
  const focused = await report.evaluate(() => document.activeElement?.tagName);
  expect(['BUTTON', 'INPUT', 'A']).toContain(focused);
  await popup.close();
  await report.close();
});
