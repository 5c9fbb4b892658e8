/**
 * The first complaint of a browser session: a fresh Chromium profile with the extension, one
 * complaint page. Records, in the page, what the panel held when it first appeared (its first
 * paint: a MutationObserver sees the panel after the task that drew it), how long after
 * DOMContentLoaded that was, and when the background's answer replaced the page's due moment.
 */
import { launchChromium } from '../e2e/chromium';
import { fixtureUrl } from '../e2e/chromium';

const FIXTURE = 'webforms-table.html';

export interface FirstPaintRun {
  /** `time[data-due]` was in the panel's first paint. */
  dueInFirstPaint: boolean;
  /** First paint, ms after DOMContentLoaded. */
  firstPaintMs: number;
  /** The background's answer on screen (`data-due-from="background"`), ms after DOMContentLoaded. */
  answerMs: number;
}

const RECORD = `
  (() => {
    const seen = { firstPaint: -1, due: false, answer: -1 };
    window.__ctmFirstPaint = seen;
    new MutationObserver(() => {
      const root = document.querySelector('ctm-assist-panel')?.shadowRoot;
      if (!root || !root.querySelector('[data-ctm-panel]')) return;
      if (seen.firstPaint < 0) {
        seen.firstPaint = performance.now();
        seen.due = !!root.querySelector('time[data-due]');
        new MutationObserver(() => {
          if (seen.answer < 0 && root.querySelector('time[data-due-from="background"]')) seen.answer = performance.now();
        }).observe(root, { subtree: true, childList: true, attributes: true });
      }
    }).observe(document, { childList: true, subtree: true });
  })();
`;

export async function benchFirstPaint(runs = 3): Promise<FirstPaintRun[]> {
  const results: FirstPaintRun[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await launchChromium();
    try {
      const page = await context.newPage();
      await page.addInitScript(RECORD);
      await page.goto(fixtureUrl(FIXTURE));
      const handle = await page.waitForFunction(
        () => {
          const seen = (window as unknown as { __ctmFirstPaint?: { firstPaint: number; due: boolean; answer: number } }).__ctmFirstPaint;
          const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          if (!seen || !nav || seen.firstPaint < 0 || seen.answer < 0) return null;
          return { dueInFirstPaint: seen.due, firstPaintMs: seen.firstPaint - nav.domContentLoadedEventEnd, answerMs: seen.answer - nav.domContentLoadedEventEnd };
        },
        undefined,
        { timeout: 30_000 },
      );
      results.push((await handle.jsonValue()) as FirstPaintRun);
    } finally {
      await context.close();
    }
  }
  return results;
}
