/**
 * Deadline benchmark: recompute deadlines for 10,000 tracked cases (budget
 * 20 ms, median) against a same-process baseline that only reads each case's date, plus storage
 * bytes per case. Run alone with `npx vite-node test/bench/deadlines-bench.ts`.
 */
import { badge, DEFAULT_ALERT_PREFS, dueNotifications, nextWakeUp } from '../../lib/deadlines/alerts';
import { dueAfterPauses } from '../../lib/deadlines/pause-shift';
import { dueMoment } from '../../lib/deadlines/due-moment';
import { deadlineRows } from '../../lib/tracking/deadline-row';
import { BENCH_NOW as NOW, BENCH_TIME_ZONE as TIME_ZONE, typicalCase } from '../fixtures/typical-case';

export const DEADLINES_BUDGET_MS = 20;

export { typicalCase };

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function time(fn: () => unknown, runs: number): { median: number; first: number } {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return { median: median(samples), first: samples[0] ?? Number.NaN };
}

export interface DeadlinesBenchResult {
  cases: number;
  runs: number;
  baselineMedianMs: number;
  /** Due moment + pause shift per case (the recompute the worker does on each wake-up). */
  recomputeMedianMs: number;
  /** The first recompute in a fresh process, before the per-day cache is warm. */
  recomputeColdMs: number;
  ratioToBaseline: number;
  /** Full popup rows: due, countdown inputs, next step text, sorted. */
  rowsMedianMs: number;
  /** Badge + notifications + next wake-up over the rows. */
  alertsMedianMs: number;
  bytesPerCase: number;
  budgetMs: number;
  withinBudget: boolean;
}

export async function benchDeadlines(count = 10_000, runs = 21): Promise<DeadlinesBenchResult> {
  const cases = Array.from({ length: count }, (_, i) => typicalCase(i));
  const baseline = time(() => {
    let n = 0;
    for (const c of cases) n += (c.assignedDate ?? c.receivedDate ?? '').length;
    return n;
  }, runs);
  const recompute = () => {
    let last = 0;
    for (const c of cases) {
      const due = dueMoment({
        assignedDate: c.assignedDate,
        receivedDate: c.receivedDate,
        issueLevel: c.issueLevel,
        timeZone: TIME_ZONE,
      });
      if (due.ok) last = dueAfterPauses(due.ms, due.iso, c.pauses, NOW, TIME_ZONE).ms;
    }
    return last;
  };
  const rec = time(recompute, runs);
  const rows = deadlineRows(cases, { now: NOW, timeZone: TIME_ZONE });
  const rowsTime = time(() => deadlineRows(cases, { now: NOW, timeZone: TIME_ZONE }), Math.max(5, Math.floor(runs / 2)));
  const alerts = time(() => {
    badge(rows, NOW);
    nextWakeUp(rows, NOW, DEFAULT_ALERT_PREFS);
    return dueNotifications(rows, NOW, DEFAULT_ALERT_PREFS, new Set());
  }, runs);
  const sample = typicalCase(7);
  const bytesPerCase = new TextEncoder().encode(JSON.stringify({ [sample.complaintId]: sample })).length - 2;
  return {
    cases: count,
    runs,
    baselineMedianMs: round(baseline.median),
    recomputeMedianMs: round(rec.median),
    recomputeColdMs: round(rec.first),
    ratioToBaseline: round(rec.median / Math.max(baseline.median, 1e-3)),
    rowsMedianMs: round(rowsTime.median),
    alertsMedianMs: round(alerts.median),
    bytesPerCase,
    budgetMs: DEADLINES_BUDGET_MS,
    withinBudget: rec.median <= DEADLINES_BUDGET_MS,
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * vite-node drops the script from process.argv (unless run with --script), so the command line
 * is read from /proc on Linux; imported by another script, this module prints nothing.
 */
async function invokedDirectly(): Promise<boolean> {
  const named = (args: readonly string[]) => args.slice(1, 3).some((a) => /deadlines-bench\.ts$/.test(a));
  if (named(process.argv)) return true;
  try {
    const { readFileSync } = await import('node:fs');
    const args = readFileSync('/proc/self/cmdline', 'utf8').split('\0');
    return /vite-node$/.test(args[1] ?? '') && named(args.slice(1));
  } catch {
    return false;
  }
}

if (await invokedDirectly()) {
  const r = await benchDeadlines();
  console.log(`deadlines: ${r.cases} cases, ${r.runs} runs`);
  console.log(`  baseline (read each date): median ${r.baselineMedianMs} ms`);
  console.log(`  recompute due moments: median ${r.recomputeMedianMs} ms (cold ${r.recomputeColdMs} ms), ${r.ratioToBaseline}× baseline`);
  console.log(`  popup rows (due + next step + sort): median ${r.rowsMedianMs} ms`);
  console.log(`  badge + notifications + next wake-up: median ${r.alertsMedianMs} ms`);
  console.log(`  storage: ${r.bytesPerCase} bytes per case (JSON, UTF-8)`);
  console.log(`  budget ${r.budgetMs} ms median: ${r.withinBudget ? 'met' : 'NOT met'}`);
}
