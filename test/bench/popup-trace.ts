/**
 * Diagnostic (not part of `npm run bench`): where the popup's time goes with 1,000
 * tracked cases. Reloads popup.html under Chrome tracing and prints the renderer main thread's
 * tasks from navigation start to the 1,000th row, with what each spent its time on.
 *   npm run build && npx tsx test/bench/popup-trace.ts   (CTM_OUT_DIR picks another build)
 */
import { writeFileSync } from 'node:fs';
import { extensionId, launchChromium } from '../e2e/chromium';
import { typicalCase } from '../fixtures/typical-case';

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string }; fileName?: string };
};
/** The slice of the extension API used here, as an extension page sees it. */
type ExtensionStorage = { chrome: { storage: { local: { set(items: object): Promise<void> } } } };

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'loading',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'navigation',
  'toplevel',
].join(',');

const context = await launchChromium();
try {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  const cases = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => typicalCase(i)).map((c) => [c.complaintId, c]));
  await page.evaluate((c) => (globalThis as unknown as ExtensionStorage).chrome.storage.local.set({ trackedCases: c, trackedCases$: { v: 2 } }), cases);
  for (let i = 0; i < 2; i++) await page.reload(); // warm caches like the bench's later loads
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.reload();
  await page.waitForFunction(() => document.querySelectorAll('[data-case]').length >= 1000);
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await done;
  if (process.env.CTM_TRACE_DUMP) writeFileSync(process.env.CTM_TRACE_DUMP, JSON.stringify(events));

  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const count = (pid: number, tid: number) => events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').length;
  const main = names.sort((a, b) => count(b.pid, b.tid) - count(a.pid, a.tid))[0]!;
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid) ?? events.filter((e) => e.pid === main.pid).sort((a, b) => a.ts - b.ts)[0]!;
  // The reload's navigation start in the renderer: the origin of the bench's figures.
  const t0 = nav.ts;
  const marks = events.filter((e) => e.pid === main.pid && (e.cat.includes('user_timing') || ['domContentLoadedEventEnd', 'firstContentfulPaint', 'loadEventEnd', 'firstPaint'].includes(e.name)));
  for (const m of marks) console.log(`mark ${((m.ts - t0) / 1000).toFixed(1)} ${m.name}`);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined && e.ts >= t0).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Tasks and their callees (four levels) longer than 1 ms, in order.
  const stack: { e: TraceEvent; depth: number }[] = [];
  for (const e of onMain) {
    while (stack.length && stack.at(-1)!.e.ts + stack.at(-1)!.e.dur! <= e.ts) stack.pop();
    const depth = stack.length;
    stack.push({ e, depth });
    if (depth > 4 || e.dur! < 1000) continue;
    const url = e.args?.data?.url ?? e.args?.data?.functionName ?? e.args?.fileName ?? '';
    console.log(`${'  '.repeat(depth)}${((e.ts - t0) / 1000).toFixed(1)} +${(e.dur! / 1000).toFixed(1)} ${e.name} ${String(url).replace(/^chrome-extension:\/\/[a-z]+/, '')}`);
  }
} finally {
  await context.close();
}
