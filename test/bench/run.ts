/**
 * `npm run bench` (after `wxt build`): every figure the issues ask to measure, each with a
 * baseline measured in the same process or page where one makes sense, and the budget verdict.
 * A missed budget is reported, not failed; an error fails the run. Reads the build from
 * CTM_OUT_DIR (default .output), like the e2e tests. CTM_BENCH=keystroke,popup (any of sizes,
 * lint, deadlines, read, first-paint, panel, keystroke, keystroke-slow, popup, busy, report) runs
 * only those parts, for work on one budget. keystroke-slow (the CPU slowed 4×) runs only when
 * named: it takes minutes.
 */
import type { BrowserContext } from 'playwright-core';
import { EXTENSION_DIR, extensionId, launchChromium } from '../e2e/chromium';
import { bundleSizes, SIZE_LIMITS } from './bundle-sizes';
import { benchBusyPage, BUSY_BUDGET_ADDED_MS, BUSY_BUDGET_RATIO, range } from './busy-page-bench';
import { benchDeadlines } from './deadlines-bench';
import { benchKeystrokes, FRAME_MS, SLOW_BUDGET_ADDED_P95_MS, SLOW_CPU_RATE, type KeystrokeResult } from './keystroke-bench';
import { benchFirstPaint } from './first-paint-bench';
import { benchLint, LINT_BUDGET_MEDIAN_US } from './lint-bench';
import { benchPanelRender, PANEL_BUDGET_MEDIAN_MS } from './panel-render-bench';
import { benchPopup } from './popup-bench';
import { benchReadCase } from './read-case-bench';
import { benchReport } from './report-bench';
import { kb, ms, ratio, us } from './stats';

type Row = { measure: string; value: string; baseline?: string; ratio?: string; budget?: string; verdict?: string };

const rows: Row[] = [];
const section = (title: string) => rows.push({ measure: `— ${title}` , value: '' });
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const only = process.env.CTM_BENCH?.split(',').map((s) => s.trim());
const wanted = (part: string) => !only || only.includes(part);
/** Long parts, run only when named. */
const named = (part: string) => !!only?.includes(part);

function printTable(): void {
  const head: Row = { measure: 'measure', value: 'value', baseline: 'baseline (same process/page)', ratio: 'ratio', budget: 'budget', verdict: 'verdict' };
  const cols = ['measure', 'value', 'baseline', 'ratio', 'budget', 'verdict'] as const;
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(...[head, ...rows].map((r) => (r[c] ?? '').length))])) as Record<(typeof cols)[number], number>;
  const line = (r: Row) => cols.map((c) => (r[c] ?? '').padEnd(width[c])).join('  ').trimEnd();
  console.log(line(head));
  console.log(cols.map((c) => '-'.repeat(width[c])).join('  '));
  for (const r of rows) console.log(line(r));
}

async function nodeFigures(): Promise<void> {
  if (wanted('sizes')) sizeFigures();
  if (wanted('lint')) await lintFigures();
  if (wanted('deadlines')) await deadlineFigures();
}

function sizeFigures(): void {
  section('bundle sizes, gzip -9 (built extension at ' + EXTENSION_DIR.replace(process.cwd() + '/', '') + ')');
  for (const part of bundleSizes()) {
    const max = SIZE_LIMITS[part.part];
    const within = max && part.gzipBytes <= max.bytes;
    const limit = !max
      ? {}
      : max.kind === 'budget'
        ? { budget: kb(max.bytes), verdict: verdict(!!within) }
        : { budget: `${kb(max.bytes)} ceiling`, verdict: within ? 'under' : 'OVER' };
    rows.push({
      measure: `${part.part} (${part.files.join(', ')})`,
      value: `${kb(part.gzipBytes)} gzip (${kb(part.rawBytes)} raw)`,
      ...limit,
    });
  }
}

async function lintFigures(): Promise<void> {
  section('note lint, Node: realistic 4,000-character note, one keystroke apart per run');
  const lint = await benchLint();
  const baseline = lint.find((r) => r.name.startsWith('baseline'));
  for (const r of lint) {
    if (r === baseline) continue;
    const isLint = r.name.startsWith('lintNote');
    rows.push({
      measure: `${r.name}, median / p95 (${r.runs} runs)`,
      value: `${us(r.medianUs)} / ${us(r.p95Us)}`,
      ...(baseline ? { baseline: `${us(baseline.medianUs)} (one charCodeAt loop)`, ratio: ratio(r.medianUs, baseline.medianUs) } : {}),
      ...(isLint ? { budget: `${LINT_BUDGET_MEDIAN_US} µs median`, verdict: verdict(r.medianUs <= LINT_BUDGET_MEDIAN_US) } : {}),
    });
  }
}

async function deadlineFigures(): Promise<void> {
  section('deadlines, Node: 10,000 tracked cases');
  const d = await benchDeadlines();
  rows.push({
    measure: `recompute due moments, median of ${d.runs} (cold ${ms(d.recomputeColdMs)})`,
    value: ms(d.recomputeMedianMs),
    baseline: `${ms(d.baselineMedianMs)} (read each date)`,
    ratio: `${d.ratioToBaseline.toFixed(1)}×`,
    budget: `${d.budgetMs} ms median`,
    verdict: verdict(d.withinBudget),
  });
  rows.push({ measure: 'popup rows (due + next step + sort), median', value: ms(d.rowsMedianMs) });
  rows.push({ measure: 'badge + notifications + next wake-up, median', value: ms(d.alertsMedianMs) });
  rows.push({ measure: 'storage per tracked case (JSON, UTF-8)', value: `${d.bytesPerCase} bytes` });
}

async function chromiumFigures(plain: BrowserContext, ext: BrowserContext, extId: string): Promise<void> {
  if (wanted('read')) await readFigures(plain);
  if (wanted('first-paint')) await firstPaintFigures();
  if (wanted('panel')) await panelFigures(ext);
  if (wanted('keystroke')) await keystrokeFigures(ext, plain);
  if (named('keystroke-slow')) await slowKeystrokeFigures(ext, plain);
  if (wanted('popup')) await popupFigures(plain);
  if (wanted('busy')) await busyFigures(ext, plain);
  if (wanted('report')) await reportFigures(ext, extId);
}

async function reportFigures(ext: BrowserContext, extId: string): Promise<void> {
  const r = await benchReport(ext, extId);
  section(`timeliness report page with ${r.complaints.toLocaleString('en-US')} complaints over 12 months`);
  rows.push({
    measure: `report computed and drawn: from the history read (in memory, checked) until the report is in the DOM, median of ${r.loads} loads (max ${ms(r.drawnMaxMs)})`,
    value: ms(r.drawnMedianMs),
    baseline: `${ms(r.drawnBaselineMedianMs)} with an empty history`,
    ratio: ratio(r.drawnMedianMs, r.drawnBaselineMedianMs),
    budget: `${r.budgetMs} ms median`,
    verdict: verdict(r.withinBudget),
  });
  rows.push({
    measure: `report.html opened in a tab until the report is in the DOM (page start, storage read, check, report, draw), median of ${r.loads} loads (max ${ms(r.openMaxMs)})`,
    value: ms(r.openMedianMs),
    baseline: `${ms(r.openBaselineMedianMs)} with an empty history`,
    ratio: ratio(r.openMedianMs, r.openBaselineMedianMs),
  });
  rows.push({
    measure: 'another period picked in the open page, until the next frame, median of 7',
    value: ms(r.switchMedianMs),
    baseline: `${ms(r.switchBaselineMedianMs)} with an empty history`,
    ratio: ratio(r.switchMedianMs, r.switchBaselineMedianMs),
  });
}

const span = (values: number[]) => {
  const r = range(values);
  return r.min === r.max ? ms(r.min) : `${ms(r.min)} – ${ms(r.max)}`;
};

async function firstPaintFigures(): Promise<void> {
  const runs = await benchFirstPaint();
  section(`first complaint of a browser session (a fresh profile per run, ${runs.length} runs): webforms-table.html`);
  const inFirst = runs.filter((r) => r.dueInFirstPaint).length;
  rows.push({
    measure: 'due moment (time[data-due]) in the panel’s first paint',
    value: `${inFirst} of ${runs.length} runs`,
    budget: 'in the first paint',
    verdict: verdict(inFirst === runs.length),
  });
  rows.push({
    measure: 'first paint after DOMContentLoaded',
    value: span(runs.map((r) => r.firstPaintMs)),
    baseline: `${span(runs.map((r) => r.answerMs))} until the background's answer replaced it`,
  });
}

async function slowKeystrokeFigures(ext: BrowserContext, plain: BrowserContext): Promise<void> {
  const results: KeystrokeResult[] = [];
  for (let i = 0; i < 3; i++) results.push(await benchKeystrokes(ext, plain, { rounds: 12, perRound: 10, warmup: 20, cpuSlowdown: SLOW_CPU_RATE }));
  const first = results[0]!;
  section(`per-keystroke, Chromium's CPU slowed ${SLOW_CPU_RATE}× (Emulation.setCPUThrottlingRate), with vs without, ranges over ${results.length} runs of ${first.keystrokes} keys`);
  const added = results.map((k) => k.addedP95Ms);
  rows.push({
    measure: `processing added (input task + next frame's work), p95, ${first.noteLength.toLocaleString('en-US')}-char note`,
    value: `${span(results.map((k) => k.withExtension.processingP95Ms))} (added ${span(added)})`,
    baseline: `${span(results.map((k) => k.withoutExtension.processingP95Ms))} without`,
    budget: `+${SLOW_BUDGET_ADDED_P95_MS} ms at p95`,
    verdict: verdict(added.every((a) => a <= SLOW_BUDGET_ADDED_P95_MS)),
  });
  const later = results.map((k) => k.withExtension.totalP95Ms - k.withoutExtension.totalP95Ms);
  rows.push({
    measure: 'keydown → after the next frame, p95',
    value: `${span(results.map((k) => k.withExtension.totalP95Ms))} (later by ${span(later)})`,
    baseline: `${span(results.map((k) => k.withoutExtension.totalP95Ms))} without`,
    budget: `≤ ${FRAME_MS} ms later`,
    verdict: verdict(later.every((l) => l <= FRAME_MS)),
  });
}

async function busyFigures(ext: BrowserContext, plain: BrowserContext): Promise<void> {
  const b = await benchBusyPage(ext, plain);
  section(`big or busy complaint page (${b.rows.toLocaleString('en-US')}-row list below the form), Chromium with vs without the extension, ranges over ${b.runs} interleaved runs`);
  const w = b.withExtension;
  const o = b.withoutExtension;
  const pick = (runs: typeof w, f: (x: (typeof w)[number]) => number | number[]) => runs.flatMap((x) => f(x));
  const added = w.map((x, i) => x.busyScriptMs - o[i]!.busyScriptMs);
  const ratios = w.map((x, i) => x.busyScriptMs / o[i]!.busyScriptMs);
  rows.push({
    measure: 'busy page (one cell rewritten every 10 ms): script time per 5 s',
    value: `${span(pick(w, (x) => x.busyScriptMs))} (added ${span(added)})`,
    baseline: `${span(pick(o, (x) => x.busyScriptMs))} without`,
    ratio: `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`,
    budget: `≤ ${BUSY_BUDGET_RATIO}× and ≤ +${BUSY_BUDGET_ADDED_MS} ms`,
    verdict: verdict(ratios.every((r) => r <= BUSY_BUDGET_RATIO) && added.every((a) => a <= BUSY_BUDGET_ADDED_MS)),
  });
  const addedCpu = w.map((x, i) => x.busyCpuMs - o[i]!.busyCpuMs);
  rows.push({
    measure: 'busy page: main-thread CPU time per 5 s',
    value: `${span(pick(w, (x) => x.busyCpuMs))} (added ${span(addedCpu)})`,
    baseline: `${span(pick(o, (x) => x.busyCpuMs))} without`,
  });
  rows.push({
    measure: "busy page: the extension's own functions (CPU profile self time) per 5 s",
    value: span(pick(w, (x) => x.busyExtensionJsMs)),
  });
  rows.push({
    measure: 'quiet page, Press/Hill changed: longest task (0 = none of 50 ms or more)',
    value: span(pick(w, (x) => x.changeLongestTaskMs)),
    baseline: `${span(pick(o, (x) => x.changeLongestTaskMs))} without`,
  });
  rows.push({
    measure: 'quiet page, Press/Hill changed: script time in the second after',
    value: span(pick(w, (x) => x.changeScriptMs)),
    baseline: `${span(pick(o, (x) => x.changeScriptMs))} without`,
  });
  rows.push({
    measure: 'quiet page, Press/Hill changed: main-thread CPU time in the second after',
    value: span(pick(w, (x) => x.changeCpuMs)),
    baseline: `${span(pick(o, (x) => x.changeCpuMs))} without`,
  });
  rows.push({
    measure: '10 characters typed into Resolution Date: wall time of the keystrokes',
    value: span(pick(w, (x) => x.typingWallMs)),
    baseline: `${span(pick(o, (x) => x.typingWallMs))} without`,
  });
  rows.push({
    measure: '10 characters typed into Resolution Date: script time until 1 s after',
    value: span(pick(w, (x) => x.typingScriptMs)),
    baseline: `${span(pick(o, (x) => x.typingScriptMs))} without`,
  });
  rows.push({
    measure: '10 characters typed into Resolution Date: main-thread CPU time until 1 s after',
    value: span(pick(w, (x) => x.typingCpuMs)),
    baseline: `${span(pick(o, (x) => x.typingCpuMs))} without`,
  });
}

async function readFigures(plain: BrowserContext): Promise<void> {
  section('read a CaseSnapshot, Chromium without the extension: readCase(document.body)');
  for (const r of await benchReadCase(plain)) {
    if (!r.recognized) throw new Error(`readCase did not recognise ${r.fixture}`);
    rows.push({
      measure: `${r.fixture} (${r.elements} elements), median / p95`,
      value: `${ms(r.readCase.medianMs)} / ${ms(r.readCase.p95Ms)}`,
      baseline: `${ms(r.readText.medianMs)} body.textContent; ${ms(r.countElements.medianMs)} querySelectorAll('*')`,
      ratio: `${ratio(r.readCase.medianMs, r.readText.medianMs)} textContent`,
    });
  }
}

async function panelFigures(ext: BrowserContext): Promise<void> {
  section('panel with its due moment (first paint) after DOMContentLoaded, Chromium with the extension (content script runs at document_idle)');
  for (const r of await benchPanelRender(ext)) {
    rows.push({
      measure: `${r.fixture}, median of ${r.loads} loads (max ${ms(r.maxMs)})`,
      value: ms(r.medianMs),
      baseline: `${ms(r.afterLoadMs)} after the load event; DOMContentLoaded at ${ms(r.domContentLoadedMs)}`,
      budget: `${PANEL_BUDGET_MEDIAN_MS} ms median`,
      verdict: verdict(r.medianMs <= PANEL_BUDGET_MEDIAN_MS),
    });
  }
}

async function keystrokeFigures(ext: BrowserContext, plain: BrowserContext): Promise<void> {
  section('per-keystroke input latency, Chromium with vs without the extension');
  const k = await benchKeystrokes(ext, plain);
  const w = k.withExtension;
  const o = k.withoutExtension;
  rows.push({
    measure: `processing (input task + next frame's work), p95 of ${k.keystrokes} keys, ${k.noteLength.toLocaleString('en-US')}-char note`,
    value: `${ms(w.processingP95Ms)} (+${ms(k.addedP95Ms)})`,
    baseline: `${ms(o.processingP95Ms)} without the extension`,
    ratio: `${k.ratioP95.toFixed(2)}×`,
    budget: `+${k.budgetAddedP95Ms} ms at p95`,
    verdict: verdict(k.withinBudget),
  });
  rows.push({
    measure: 'processing, median',
    value: `${ms(w.processingMedianMs)} (+${ms(w.processingMedianMs - o.processingMedianMs)})`,
    baseline: `${ms(o.processingMedianMs)} without`,
    ratio: ratio(w.processingMedianMs, o.processingMedianMs),
  });
  rows.push({
    measure: 'input task (keydown → after every input listener), median / p95',
    value: `${ms(w.syncMedianMs)} / ${ms(w.syncP95Ms)}`,
    baseline: `${ms(o.syncMedianMs)} / ${ms(o.syncP95Ms)} without`,
  });
  rows.push({
    measure: "the extension's batched draw in the frame (rAF JS), median / p95",
    value: `${ms(w.drawMedianMs)} / ${ms(w.drawP95Ms)}`,
    baseline: `${ms(o.drawMedianMs)} / ${ms(o.drawP95Ms)} without`,
  });
  rows.push({
    measure: 'next frame (rAF callbacks + style, layout, paint), p95',
    value: ms(w.frameP95Ms),
    baseline: `${ms(o.frameP95Ms)} without`,
  });
  rows.push({
    measure: 'keydown → after the next frame (includes the wait for vsync), median / p95',
    value: `${ms(w.totalMedianMs)} / ${ms(w.totalP95Ms)}`,
    baseline: `${ms(o.totalMedianMs)} / ${ms(o.totalP95Ms)} without`,
  });
}

async function popupFigures(plain: BrowserContext): Promise<void> {
  section('popup with 1,000 tracked cases');
  const results = await benchPopup(plain);
  const hasPopup = results.some((p) => p.kind === 'popup');
  for (const p of results) {
    if (p.kind === 'popup' && p.how === 'toolbar') {
      rows.push({
        measure: `toolbar popup (chrome.action.openPopup), navigation start until the first screen of rows is in (its rows-shown mark), median of ${p.loads} loads (max ${ms(p.maxMs)})`,
        value: ms(p.medianMs),
        baseline:
          `empty popup page ${ms(p.emptyMedianMs ?? Number.NaN)}, opened alternately; popup DOMContentLoaded at ${ms(p.domContentLoadedMedianMs)}` +
          (p.firstOpeningMs !== undefined ? `; first opening (untimed) ${ms(p.firstOpeningMs)}` : ''),
        ...(p.emptyMedianMs !== undefined ? { ratio: ratio(p.medianMs, p.emptyMedianMs) } : {}),
        ...(p.judged ? { budget: `${p.budgetMs} ms`, verdict: verdict(p.withinBudget) } : {}),
      });
      rows.push({
        measure: `the same, until all ${p.rows} [data-case] rows are in (rows-all mark; the rest follow the first paint)`,
        value: ms(p.allMedianMs ?? Number.NaN),
        ...(p.emptyMedianMs !== undefined ? { baseline: `empty popup page ${ms(p.emptyMedianMs)}`, ratio: ratio(p.allMedianMs ?? Number.NaN, p.emptyMedianMs) } : {}),
      });
      continue;
    }
    if (p.kind === 'popup') {
      rows.push({
        measure: `popup.html reloaded in a tab (also tears down the previous ${p.rows}-row page), until a MutationObserver sees all rows: median of ${p.loads} loads (max ${ms(p.maxMs)})`,
        value: ms(p.medianMs),
        baseline:
          `popup DOMContentLoaded at ${ms(p.domContentLoadedMedianMs)}` +
          (p.markVsDomMaxMs !== undefined ? `; rows-all mark within ${ms(p.markVsDomMaxMs)} of the DOM` : '') +
          (p.toolbarProblem ? `; no toolbar popup: ${p.toolbarProblem}` : ''),
        ...(p.judged ? { budget: `${p.budgetMs} ms`, verdict: verdict(p.withinBudget) } : {}),
      });
      continue;
    }
    rows.push({
      measure: `DeadlineList alone in a plain page (${p.reason}): ${p.rows} rows, render() until the first frame is painted, median of ${p.runs}`,
      value: ms(p.paintedMedianMs),
      baseline: `${ms(p.baselinePaintedMedianMs)} (${p.rows} bare <li>)`,
      ratio: ratio(p.paintedMedianMs, p.baselinePaintedMedianMs),
      ...(hasPopup ? {} : { budget: `${p.budgetMs} ms`, verdict: verdict(p.withinBudget) }),
    });
    rows.push({
      measure: `DeadlineList render() until it returns (the first screen of rows in), median; until all ${p.rows} [data-case] are in: ${ms(p.allMedianMs)}`,
      value: ms(p.renderMedianMs),
      baseline: `${ms(p.baselineRenderMedianMs)} (bare <li>)`,
      ratio: ratio(p.renderMedianMs, p.baselineRenderMedianMs),
    });
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  // Node figures first, before any Chromium competes for the CPU.
  await nodeFigures();
  let plain: BrowserContext | undefined;
  let ext: BrowserContext | undefined;
  try {
    plain = await launchChromium({ extension: false });
    ext = await launchChromium();
    await chromiumFigures(plain, ext, await extensionId(ext));
  } finally {
    await ext?.close();
    await plain?.close();
  }
  printTable();
  console.log(`\n${rows.filter((r) => r.verdict === 'NOT met').length} budget(s) not met; finished in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

try {
  await main();
} catch (error) {
  if (rows.length > 0) printTable();
  console.error('\nThe benchmark failed:', error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}
