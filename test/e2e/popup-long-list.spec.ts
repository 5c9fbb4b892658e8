/**
 * The popup with a long list: the rows that fill it come first and the rest right after the first
 * paint (components/popup/DeadlineRows.tsx), and the caseworker ends up with every row, soonest
 * due first, the same rows and hooks whether the popup drew them from the background's
 * precomputed rows or, when those are damaged, from the cases the background sends.
 */
import { seriousViolations } from './axe';
import type { Page } from '@playwright/test';
import { trackedCase } from '../fixtures/tracked-case';
import { expect, test } from './fixtures';

const COUNT = 60;
const FIRST_ROWS = 20; // components/popup/DeadlineRows.tsx
const ROWS_SHOWN = 'ctm-assist:rows-shown';
const ROWS_ALL = 'ctm-assist:rows-all';

type Extension = { chrome: { storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: object): Promise<void> } } } };

const store = (page: Page, items: object) => page.evaluate((i) => (globalThis as unknown as Extension).chrome.storage.local.set(i), items);

/** COUNT open cases assigned over the last 40 days, written as an older build or a restored profile would. */
async function seedCases(page: Page): Promise<void> {
  const today = Date.now();
  const cases = Object.fromEntries(
    Array.from({ length: COUNT }, (_, i) => {
      const assigned = new Date(today - (i % 40) * 86_400_000).toISOString().slice(0, 10);
      const id = String(7_100_000 + i);
      return [id, trackedCase(id, { assignedDate: assigned, issueLevel: (['urgent', 'immediate-need', 'none'] as const)[i % 3], scenario: 'K' })];
    }),
  );
  await store(page, { trackedCases: cases, trackedCases$: { v: 2 } });
  // The background builds the precomputed rows for cases it did not write itself.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const items = await (globalThis as unknown as Extension).chrome.storage.local.get(['trackedCases.rows', 'trackedCases$']);
        const rows = items['trackedCases.rows'];
        const rev = (items['trackedCases$'] as { rev?: string } | undefined)?.rev;
        return typeof rows === 'string' && !!rev && rows.includes(`"rev":"${rev}"`);
      }),
    )
    .toBe(true);
}

/** Every row's hooks and labels (not its countdown words, which move with the clock), in order. */
const rowHooks = (page: Page) =>
  page.locator('[data-case]').evaluateAll((rows) =>
    rows.map((row) =>
      [row, ...row.querySelectorAll('*')].map((el) => `${el.tagName}[${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}]`).join(' '),
    ),
  );

async function marks(page: Page): Promise<{ shown?: number; all?: number; shownAt: number; allAt: number }> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, ROWS_ALL);
  return page.evaluate(([shownName, allName]) => {
    const shown = performance.getEntriesByName(shownName)[0] as PerformanceMark;
    const all = performance.getEntriesByName(allName)[0] as PerformanceMark;
    return { shown: shown.detail?.rows, all: all.detail?.rows, shownAt: shown.startTime, allAt: all.startTime };
  }, [ROWS_SHOWN, ROWS_ALL] as const);
}

test.describe('the popup with a long list', () => {
  test('shows the first screen of rows first, then every row soonest due first; damaged precomputed rows give the same rows', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/popup.html`);
    await seedCases(page);
    await page.reload();
    const fromView = await marks(page);
    expect(fromView.shown).toBe(FIRST_ROWS);
    expect(fromView.all).toBe(COUNT);
    expect(fromView.allAt).toBeGreaterThanOrEqual(fromView.shownAt);
    await expect(page.locator('[data-case]')).toHaveCount(COUNT);
    const due = await page.locator('[data-case] time[data-due]').evaluateAll((times) => times.map((t) => Date.parse(t.getAttribute('datetime')!)));
    expect(due).toHaveLength(COUNT);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    const hooks = await rowHooks(page);

    // Damaged precomputed rows: the popup asks the background for the cases (the fallback).
    await store(page, { 'trackedCases.rows': '{"damaged' });
    await page.reload();
    const fromCases = await marks(page);
    expect(fromCases.shown).toBe(FIRST_ROWS);
    expect(fromCases.all).toBe(COUNT);
    await expect(page.locator('[data-store-problem]')).toHaveCount(0);
    expect(await rowHooks(page)).toEqual(hooks);
  });

  test('keyboard: Tab goes from the filters to the soonest-due row, and through the rows in their order; no serious axe-core violation', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/popup.html`);
    await seedCases(page);
    await page.reload();
    await marks(page);
    const ids = await page.locator('[data-case]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-case')!));
    await page.locator('[data-filter="done"]').focus();
    const reached: string[] = [];
    // Each row has a check box and two buttons: three rows' worth of Tab presses.
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.closest('[data-case]')?.getAttribute('data-case') ?? 'outside'));
    }
    expect([...new Set(reached)]).toEqual(ids.slice(0, 3));
    expect(await seriousViolations(page)).toEqual([]);
  });
});
