/**
 * Popup render with 1,000 tracked cases (issue 6 measure, budget 100 ms).
 *
 * With a popup that lists tracked cases: 1,000 typical cases are written to the extension's
 * storage under the store's key (`trackedCases`, WXT meta `trackedCases$` = { v: 2 }, see
 * lib/store/tracked-cases.ts), then popup.html is opened several times and timed from the start
 * of navigation until the 1,000th `[data-case]` row exists.
 *
 * The popup's DeadlineList component is also measured alone (and instead, while the popup does
 * not list tracked cases): bundled with preact into a plain page, rendered with 1,000 rows,
 * against a baseline of 1,000 bare list items built in the same page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { allowNamedFunctions, bundleForPage } from './page-bundle';
import type { ListTiming } from './popup-list-page';
import { median } from './stats';
import { typicalCase } from './typical-case';

export const POPUP_BUDGET_MS = 100;
const TRACKED_CASES_VERSION = 2; // lib/store/tracked-cases-migrations.ts

export type PopupResult =
  | {
      kind: 'popup';
      rows: number;
      loads: number;
      medianMs: number;
      maxMs: number;
      /** Baselines in the same page: the first row, and the page's own DOMContentLoaded. */
      firstRowMedianMs: number;
      domContentLoadedMedianMs: number;
      budgetMs: number;
      withinBudget: boolean;
    }
  | {
      kind: 'component';
      reason: string;
      rows: number;
      runs: number;
      renderMedianMs: number;
      paintedMedianMs: number;
      baselineRenderMedianMs: number;
      baselinePaintedMedianMs: number;
      budgetMs: number;
      withinBudget: boolean;
    };

/** Written as a string: tsx would wrap a function's inner names in a helper the page lacks. */
const ROW_WATCH = (n: number) => `(() => {
  const seen = { at: -1, first: -1 };
  globalThis.ctmPopupRows = seen;
  const observer = new MutationObserver(() => {
    const rows = document.querySelectorAll('[data-case]').length;
    if (seen.first < 0 && rows > 0) seen.first = performance.now();
    if (seen.at < 0 && rows >= ${n}) {
      seen.at = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** The slice of the extension API used here, as an extension page sees it. */
type ExtensionStorage = { chrome: { storage: { local: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } } } };

async function seedTrackedCases(page: Page, count: number): Promise<void> {
  const map = Object.fromEntries(Array.from({ length: count }, (_, i) => typicalCase(i)).map((c) => [c.complaintId, c]));
  await page.evaluate(
    ([cases, version]) => (globalThis as unknown as ExtensionStorage).chrome.storage.local.set({ trackedCases: cases, trackedCases$: { v: version } }),
    [map, TRACKED_CASES_VERSION] as const,
  );
}

async function clearTrackedCases(page: Page): Promise<void> {
  await page.evaluate(() => (globalThis as unknown as ExtensionStorage).chrome.storage.local.remove(['trackedCases', 'trackedCases$']));
}

async function timeRealPopup(context: BrowserContext, extId: string, count: number, loads: number): Promise<PopupResult | string> {
  const popupUrl = `chrome-extension://${extId}/popup.html`;
  const page = await context.newPage();
  try {
    await page.goto(popupUrl);
    await seedTrackedCases(page, count);
    await page.addInitScript({ content: ROW_WATCH(count) });
    await page.reload();
    const firstRow = await page
      .locator('[data-case]')
      .first()
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (!firstRow) return 'the popup shows no [data-case] rows yet';
    const times: number[] = [];
    const firsts: number[] = [];
    const dcls: number[] = [];
    let rows = 0;
    for (let i = 0; i < loads; i++) {
      if (i > 0) await page.reload();
      const at = await page
        .waitForFunction(() => {
          const seen = (globalThis as unknown as { ctmPopupRows?: { at: number; first: number } }).ctmPopupRows;
          const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          return seen && seen.at >= 0 ? { at: seen.at, first: seen.first, dcl: nav?.domContentLoadedEventEnd ?? Number.NaN } : null;
        }, undefined, { timeout: 10_000 })
        .then((h) => h.jsonValue() as Promise<{ at: number; first: number; dcl: number }>)
        .catch(() => undefined);
      rows = await page.locator('[data-case]').count();
      if (at === undefined) return `the popup showed ${rows} of ${count} [data-case] rows (a filter or a page size?)`;
      times.push(at.at);
      firsts.push(at.first);
      dcls.push(at.dcl);
    }
    const medianMs = median(times);
    return {
      kind: 'popup',
      rows,
      loads,
      medianMs,
      maxMs: Math.max(...times),
      firstRowMedianMs: median(firsts),
      domContentLoadedMedianMs: median(dcls),
      budgetMs: POPUP_BUDGET_MS,
      withinBudget: medianMs <= POPUP_BUDGET_MS,
    };
  } finally {
    await clearTrackedCases(page).catch(() => undefined);
    await page.close();
  }
}

async function timeComponent(context: BrowserContext, count: number, runs: number, reason: string): Promise<PopupResult> {
  const bundle = await bundleForPage('test/bench/popup-list-page.tsx', 'CtmPopupBench');
  const page = await context.newPage();
  try {
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
    if (bundle.css) await page.addStyleTag({ content: bundle.css });
    await page.addScriptTag({ content: bundle.js });
    await allowNamedFunctions(page);
    type Api = { timeDeadlineList(n: number): Promise<ListTiming>; timeBareList(n: number): Promise<ListTiming> };
    const list: ListTiming[] = [];
    const bare: ListTiming[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const l = await page.evaluate((n) => (globalThis as unknown as { CtmPopupBench: Api }).CtmPopupBench.timeDeadlineList(n), count);
      const b = await page.evaluate((n) => (globalThis as unknown as { CtmPopupBench: Api }).CtmPopupBench.timeBareList(n), count);
      if (l.rows !== count) throw new Error(`DeadlineList rendered ${l.rows} rows of ${count}`);
      if (i === 0) continue; // warm-up: the first run also compiles the bundle
      list.push(l);
      bare.push(b);
    }
    const paintedMedianMs = median(list.map((t) => t.paintedMs));
    return {
      kind: 'component',
      reason,
      rows: count,
      runs,
      renderMedianMs: median(list.map((t) => t.renderMs)),
      paintedMedianMs,
      baselineRenderMedianMs: median(bare.map((t) => t.renderMs)),
      baselinePaintedMedianMs: median(bare.map((t) => t.paintedMs)),
      budgetMs: POPUP_BUDGET_MS,
      withinBudget: paintedMedianMs <= POPUP_BUDGET_MS,
    };
  } finally {
    await page.close();
  }
}

/**
 * The real popup when it lists tracked cases, and always the DeadlineList component alone (how
 * much of the popup's time is rendering the list); the budget verdict goes to the real popup
 * when there is one.
 */
export async function benchPopup(
  withExt: BrowserContext,
  extId: string,
  withoutExt: BrowserContext,
  { count = 1000, loads = 5 } = {},
): Promise<PopupResult[]> {
  const real = await timeRealPopup(withExt, extId, count, loads);
  const component = await timeComponent(withoutExt, count, loads, typeof real === 'string' ? real : 'render alone, for comparison');
  if (typeof real === 'string') return [component];
  return [real, component];
}
