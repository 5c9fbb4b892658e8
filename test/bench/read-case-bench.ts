/**
 * Time to read a CaseSnapshot from each complaint fixture in Chromium.
 * `lib/page/read-case.ts` is bundled with esbuild and injected into the fixture page of a
 * Chromium WITHOUT the extension, so nothing else runs on the page. Each sample times a batch of
 * runs lasting about 1 ms (performance.now() is coarsened to 0.1 ms in pages that are not
 * cross-origin isolated), divided by the batch size. Baselines in the same page: counting every element
 * (`querySelectorAll('*')`) and reading `body.textContent`.
 */
import type { BrowserContext } from 'playwright-core';
import { COMPLAINT_FIXTURES } from '../fixtures/ctm/expected';
import { fixtureUrl } from '../e2e/chromium';
import { allowNamedFunctions, bundleForPage } from './page-bundle';
import { median, p95 } from './stats';

export interface ReadCaseResult {
  fixture: string;
  elements: number;
  readCase: { medianMs: number; p95Ms: number };
  countElements: { medianMs: number; p95Ms: number };
  readText: { medianMs: number; p95Ms: number };
  /** Whether readCase recognised the page (a sanity check of the injected bundle). */
  recognized: boolean;
}

type PageTimings = { readCase: number[]; countElements: number[]; readText: number[]; elements: number; recognized: boolean };

export async function benchReadCase(context: BrowserContext, samples = 120): Promise<ReadCaseResult[]> {
  const bundle = await bundleForPage('lib/page/read-case.ts', 'CtmReadCase');
  const results: ReadCaseResult[] = [];
  const page = await context.newPage();
  try {
    for (const fixture of COMPLAINT_FIXTURES) {
      await page.goto(fixtureUrl(fixture.file));
      await page.addScriptTag({ content: bundle.js });
      await allowNamedFunctions(page);
      const t = await page.evaluate(
        ({ samples }): PageTimings => {
          type Reader = { readCase: (root: Element) => { recognized: boolean } };
          const { readCase } = (globalThis as unknown as { CtmReadCase: Reader }).CtmReadCase;
          const body = document.body;
          let sink = 0;
          const time = (work: () => number): number[] => {
            for (let i = 0; i < 10; i++) sink += work(); // warm up the JIT
            // Enough runs per sample to last about 1 ms, well above the timer's resolution.
            let batch = 0;
            const c0 = performance.now();
            while (performance.now() - c0 < 2) {
              sink += work();
              batch++;
            }
            batch = Math.max(1, Math.round(batch / 2));
            const out: number[] = [];
            for (let s = 0; s < samples; s++) {
              const t0 = performance.now();
              for (let b = 0; b < batch; b++) sink += work();
              out.push((performance.now() - t0) / batch);
            }
            return out;
          };
          const result: PageTimings = {
            readCase: time(() => (readCase(body).recognized ? 1 : 0)),
            countElements: time(() => body.querySelectorAll('*').length),
            readText: time(() => (body.textContent ?? '').length),
            elements: body.querySelectorAll('*').length,
            recognized: readCase(body).recognized,
          };
          if (sink === -1) console.log(sink); // keeps the work observable
          return result;
        },
        { samples },
      );
      const stats = (values: number[]) => ({ medianMs: median(values), p95Ms: p95(values) });
      results.push({
        fixture: fixture.file,
        elements: t.elements,
        readCase: stats(t.readCase),
        countElements: stats(t.countElements),
        readText: stats(t.readText),
        recognized: t.recognized,
      });
    }
  } finally {
    await page.close();
  }
  return results;
}
