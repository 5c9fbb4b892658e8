/**
 * Diagnostic for issue 4 (not part of `npm run bench`): where the extension's per-keystroke cost
 * goes. Types into the fixture note with and without the extension under Chrome tracing and
 * prints the renderer main thread's self time per trace event, per keystroke, side by side.
 *   npm run build && npx tsx test/bench/keystroke-trace.ts [keys]   (CTM_OUT_DIR picks another build)
 * CTM_TRACE_PROFILE=1 adds a CPU profile (self time per function; build with CTM_SOURCEMAP=1 for
 * source names, mapped with @jridgewell/trace-mapping), CTM_TRACE_DUMP=prefix
 * writes the raw events, CTM_TRACE_INVALIDATIONS=1 records style and layout invalidations.
 * Trace overhead inflates every figure; compare the two columns, not with the bench.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { EXTENSION_DIR, ROOT, launchChromium } from '../e2e/chromium';
import { preparePage, typeKeys } from './keystroke-bench';

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> };

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink',
  'cc',
  'v8.execute',
  'blink.user_timing',
  ...(process.env.CTM_TRACE_INVALIDATIONS ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
].join(',');

async function trace(context: BrowserContext, extension: boolean, keys: number): Promise<Map<string, number>> {
  const note = readFileSync(join(ROOT, 'test/fixtures/notes/realistic-4000.txt'), 'utf8');
  const page = await preparePage(context, note, extension);
  await typeKeys(page, 30, 0);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  const profile = process.env.CTM_TRACE_PROFILE;
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await typeKeys(page, keys, 30);
  await cdp.send('Tracing.end');
  await done;
  if (profile) printProfile((await cdp.send('Profiler.stop')).profile as CpuProfile, keys);
  if (process.env.CTM_TRACE_DUMP) writeFileSync(`${process.env.CTM_TRACE_DUMP}-${extension ? 'ext' : 'plain'}.json`, JSON.stringify(events));
  await page.close();

  // The page's renderer main thread: the thread named CrRendererMain with the most events.
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const count = (pid: number, tid: number) => events.filter((e) => e.pid === pid && e.tid === tid).length;
  const main = names.sort((a, b) => count(b.pid, b.tid) - count(a.pid, a.tid))[0]!;
  const complete = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: duration minus direct children's durations.
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  const childTime = new Map<TraceEvent, number>();
  const parents = new Set<TraceEvent>();
  for (const e of complete) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parents.add(e);
    if (parent) childTime.set(parent, (childTime.get(parent) ?? 0) + e.dur!);
    stack.push(e);
  }
  for (const e of complete) self.set(e.name, (self.get(e.name) ?? 0) + e.dur! - (childTime.get(e) ?? 0));
  // Busy time: the outermost events' durations.
  let busy = 0;
  for (const e of complete) if (!parents.has(e)) busy += e.dur!;
  self.set('(main thread busy)', busy);
  const total = new Map<string, number>();
  for (const e of complete) total.set(`total:${e.name}`, (total.get(`total:${e.name}`) ?? 0) + e.dur!);
  const out = new Map<string, number>();
  for (const [k, v] of [...self, ...total]) out.set(k, v / 1000 / keys);
  return out;
}

type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
};

/** Self time per function of the extension's script (and the rest lumped), per keystroke. */
function printProfile(profile: CpuProfile, keys: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Build with CTM_SOURCEMAP=1 to see source names.
  const maps = new Map<string, TraceMap | undefined>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      const file = join(EXTENSION_DIR, new URL(url).pathname + '.map');
      maps.set(url, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : undefined);
    }
    return maps.get(url);
  };
  const where = (frame: CpuProfile['nodes'][number]['callFrame']) => {
    const map = mapOf(frame.url);
    const at = map && originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    return at?.source ? `${at.source.replace(/^(\.\.\/)+/, '')}:${at.line} ${at.name ?? frame.functionName}` : `${frame.functionName || '(anon)'} ${frame.url.split('/').pop()} ${frame.lineNumber}:${frame.columnNumber}`;
  };
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const key = frame.url.startsWith('chrome-extension://') ? where(frame) : `other: ${frame.functionName || frame.url.split('/').pop() || '(anon)'}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  const byUrl = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const url = byId.get(id)!.callFrame.url || '(no url)';
    byUrl.set(url, (byUrl.get(url) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  console.log('CPU profile self time by script, ms per keystroke');
  for (const [k, v] of [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log((v / 1000 / keys).toFixed(3).padStart(8), k.slice(-60));
  console.log('CPU profile self time, ms per keystroke');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log((v / 1000 / keys).toFixed(3).padStart(8), k);
}

async function main(): Promise<void> {
  const keys = Number(process.argv[2] ?? 100);
  const plain = await launchChromium({ extension: false });
  const ext = await launchChromium();
  try {
    const a = await trace(ext, true, keys);
    const b = await trace(plain, false, keys);
    const rows = [...new Set([...a.keys(), ...b.keys()])]
      .map((name) => ({ name, ext: a.get(name) ?? 0, plain: b.get(name) ?? 0 }))
      .filter((r) => Math.max(r.ext, r.plain) >= 0.005)
      .sort((x, y) => (x.name.startsWith('total:') ? 1 : 0) - (y.name.startsWith('total:') ? 1 : 0) || Math.abs(y.ext - y.plain) - Math.abs(x.ext - x.plain));
    console.log(`ms per keystroke on the renderer main thread (${keys} keys)`);
    console.log('event'.padEnd(44), 'with'.padStart(8), 'without'.padStart(8), 'added'.padStart(8));
    for (const r of rows) console.log(r.name.padEnd(44), r.ext.toFixed(3).padStart(8), r.plain.toFixed(3).padStart(8), (r.ext - r.plain).toFixed(3).padStart(8));
  } finally {
    await ext.close();
    await plain.close();
  }
}

void main();
