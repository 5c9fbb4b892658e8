/**
 * Panel render time after DOMContentLoaded, in Chromium with the extension: the content script
 * marks `ctm-assist:panel-rendered` on its first draw; the figure is that mark's startTime minus
 * the navigation entry's domContentLoadedEventEnd, over several fresh loads of each fixture.
 */
import type { BrowserContext } from 'playwright-core';
import { COMPLAINT_FIXTURES } from '../fixtures/ctm/expected';
import { fixtureUrl } from '../e2e/chromium';
import { median } from './stats';

export const PANEL_MARK = 'ctm-assist:panel-rendered';
/** The panel, with its due moment, on screen after DOMContentLoaded. */
export const PANEL_BUDGET_MEDIAN_MS = 50;

export interface PanelRenderResult {
  fixture: string;
  loads: number;
  medianMs: number;
  maxMs: number;
  /** Median of the same mark after the load event: Chromium runs document_idle scripts after load (or 200 ms after DOMContentLoaded). */
  afterLoadMs: number;
  /** Median DOMContentLoaded time itself, for scale. */
  domContentLoadedMs: number;
}

export async function benchPanelRender(context: BrowserContext, loads = 6): Promise<PanelRenderResult[]> {
  const results: PanelRenderResult[] = [];
  for (const fixture of COMPLAINT_FIXTURES) {
    const after: number[] = [];
    const dcl: number[] = [];
    const afterLoad: number[] = [];
    for (let i = 0; i < loads; i++) {
      const page = await context.newPage();
      try {
        await page.goto(fixtureUrl(fixture.file));
        const handle = await page.waitForFunction(
          (mark) => {
            const [entry] = performance.getEntriesByName(mark, 'mark');
            const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
            return entry && nav && nav.loadEventEnd > 0
              ? {
                  after: entry.startTime - nav.domContentLoadedEventEnd,
                  afterLoad: entry.startTime - nav.loadEventEnd,
                  dcl: nav.domContentLoadedEventEnd,
                }
              : null;
          },
          PANEL_MARK,
          { timeout: 15_000 },
        );
        const t = (await handle.jsonValue()) as { after: number; afterLoad: number; dcl: number };
        after.push(t.after);
        afterLoad.push(t.afterLoad);
        dcl.push(t.dcl);
      } finally {
        await page.close();
      }
    }
    results.push({ fixture: fixture.file, loads, medianMs: median(after), maxMs: Math.max(...after), afterLoadMs: median(afterLoad), domContentLoadedMs: median(dcl) });
  }
  return results;
}
