/**
 * Diagnostic (not part of `npm run bench`): where the extension's per-keystroke cost
 * goes. Types into the fixture note with and without the extension under Chrome tracing (in short
 * interleaved rounds, so both see the same load) and
 * prints the renderer main thread's self wall and CPU time per trace event, per keystroke, side by side.
 *   npm run build && npx tsx test/bench/keystroke-trace.ts [keys]   (CTM_OUT_DIR picks another build)
 * CTM_TRACE_PROFILE=1 adds a CPU profile (self time per function; build with CTM_SOURCEMAP=1 for
 * source names, mapped with @jridgewell/trace-mapping), CTM_TRACE_DUMP=prefix
 * writes the raw events, CTM_TRACE_INVALIDATIONS=1 records style and layout invalidations,
 * CTM_TRACE_CPU=4 slows Chromium's CPU 4×, CTM_TRACE_TASKS=10 lists the 10 longest tasks, and
 * CTM_TRACE_CSS='…' adds styles to the panel's shadow root (to try a style without a build).
 * Trace overhead inflates every figure; compare the two columns, not with the bench.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { EXTENSION_DIR, ROOT, launchChromium } from '../e2e/chromium';
import { preparePage, typeKeys } from './keystroke-bench';

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, unknown> };

/** CTM_TRACE_CPU=4 slows Chromium's CPU as the keystroke-slow bench part does. */
const CPU_SLOWDOWN = Number(process.env.CTM_TRACE_CPU ?? 1);
const WARMUP = 30;
const ROUND = 10;
const ROWS = 30;

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

type Traced = { page: Page; stop(): Promise<Map<string, number>> };

/** Opens the page, types the warm-up keys and starts tracing; `stop` ends it and sums the events. */
async function startTrace(context: BrowserContext, extension: boolean, keys: number): Promise<Traced> {
  const note = readFileSync(join(ROOT, 'test/fixtures/notes/realistic-4000.txt'), 'utf8');
  const page = await preparePage(context, note, extension);
  // CTM_TRACE_CSS: extra styles in the panel's shadow root, to try a style change without a build.
  const css = process.env.CTM_TRACE_CSS;
  if (extension && css) {
    await page.evaluate((text) => {
      const style = document.createElement('style');
      style.textContent = text;
      document.querySelector('ctm-assist-panel')?.shadowRoot?.append(style);
    }, css);
  }
  const cdp = await context.newCDPSession(page);
  if (CPU_SLOWDOWN !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await typeKeys(page, WARMUP, 0);
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
  const stop = async () => {
    await cdp.send('Tracing.end');
    await done;
    if (profile) printProfile((await cdp.send('Profiler.stop')).profile as CpuProfile, keys);
    if (process.env.CTM_TRACE_DUMP) writeFileSync(`${process.env.CTM_TRACE_DUMP}-${extension ? 'ext' : 'plain'}.json`, JSON.stringify(events));
    await page.close();
    return sumEvents(events, extension, keys);
  };
  return { page, stop };
}

/** Self time (wall and CPU) per event name on the page's renderer main thread, per keystroke. */
function sumEvents(events: TraceEvent[], extension: boolean, keys: number): Map<string, number> {
  // The page's renderer main thread: the thread named CrRendererMain with the most events.
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const count = (pid: number, tid: number) => events.filter((e) => e.pid === pid && e.tid === tid).length;
  const main = names.sort((a, b) => count(b.pid, b.tid) - count(a.pid, a.tid))[0]!;
  const complete = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: duration minus direct children's durations; the same for CPU (thread) time.
  const self = new Map<string, number>();
  const stack: TraceEvent[] = [];
  const childTime = new Map<TraceEvent, number>();
  const childCpu = new Map<TraceEvent, number>();
  const parents = new Set<TraceEvent>();
  for (const e of complete) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) {
      parents.add(e);
      childTime.set(parent, (childTime.get(parent) ?? 0) + e.dur!);
      childCpu.set(parent, (childCpu.get(parent) ?? 0) + (e.tdur ?? 0));
    }
    stack.push(e);
  }
  const add = (key: string, v: number) => self.set(key, (self.get(key) ?? 0) + v);
  for (const e of complete) {
    add(e.name, e.dur! - (childTime.get(e) ?? 0));
    add(`cpu:${e.name}`, (e.tdur ?? 0) - (childCpu.get(e) ?? 0));
  }
  // Busy time: the outermost events' durations. CPU (thread) time too: wall time stretches with
  // the machine's load, CPU time much less.
  let busy = 0;
  let busyCpu = 0;
  for (const e of complete) {
    if (parents.has(e)) continue;
    busy += e.dur!;
    busyCpu += e.tdur ?? 0;
  }
  self.set('(main thread busy)', busy);
  self.set('cpu:(main thread busy)', busyCpu);
  if (process.env.CTM_TRACE_TASKS) printLongTasks(complete.filter((e) => !parents.has(e)), complete, extension);
  const out = new Map<string, number>();
  for (const [k, v] of self) out.set(k, v / 1000 / keys);
  return out;
}

/** The longest top-level tasks, with the scripts they ran: where a keystroke may wait. */
function printLongTasks(top: TraceEvent[], all: TraceEvent[], extension: boolean): void {
  const longest = [...top].sort((a, b) => b.dur! - a.dur!).slice(0, Number(process.env.CTM_TRACE_TASKS) || 10);
  console.log(`longest tasks ${extension ? 'with' : 'without'} the extension (wall / CPU ms; what ran inside, by self wall time)`);
  for (const task of longest) {
    const inside = new Map<string, number>();
    for (const e of all) {
      if (e === task || e.ts < task.ts || e.ts >= task.ts + task.dur!) continue;
      const data = e.args?.data as { functionName?: string; url?: string } | undefined;
      const name = data?.functionName ? `${e.name}(${data.functionName} ${data.url?.split('/').pop() ?? ''})` : e.name;
      inside.set(name, (inside.get(name) ?? 0) + e.dur!);
    }
    const top3 = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join('; ');
    console.log(`${(task.dur! / 1000).toFixed(1).padStart(7)} ${((task.tdur ?? 0) / 1000).toFixed(1).padStart(7)}  ${task.name}: ${top3}`);
  }
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
    const traced = [await startTrace(ext, true, keys), await startTrace(plain, false, keys)] as const;
    // Short interleaved rounds, so both see the same machine load.
    const typed = [WARMUP, WARMUP];
    while (typed[0]! < WARMUP + keys) {
      for (const [i, t] of traced.entries()) {
        const n = Math.min(ROUND, WARMUP + keys - typed[i]!);
        await typeKeys(t.page, n, typed[i]!);
        typed[i]! += n;
      }
    }
    const [a, b] = [await traced[0].stop(), await traced[1].stop()];
    const rows = [...new Set([...a.keys(), ...b.keys()])]
      .map((name) => ({ name, ext: a.get(name) ?? 0, plain: b.get(name) ?? 0 }))
      .filter((r) => Math.max(r.ext, r.plain) >= 0.005)
      .sort((x, y) => Math.abs(y.ext - y.plain) - Math.abs(x.ext - x.plain));
    for (const [title, cpu] of [['self wall time', false], ['self CPU (thread) time', true]] as const) {
      console.log(`${title}, ms per keystroke on the renderer main thread (${keys} keys${CPU_SLOWDOWN !== 1 ? `, CPU slowed ${CPU_SLOWDOWN}×` : ''})`);
      console.log('event'.padEnd(44), 'with'.padStart(8), 'without'.padStart(8), 'added'.padStart(8));
      for (const r of rows.filter((row) => row.name.startsWith('cpu:') === cpu).slice(0, ROWS)) {
        console.log(r.name.replace(/^cpu:/, '').padEnd(44), r.ext.toFixed(3).padStart(8), r.plain.toFixed(3).padStart(8), (r.ext - r.plain).toFixed(3).padStart(8));
      }
    }
  } finally {
    await ext.close();
    await plain.close();
  }
}

void main();
