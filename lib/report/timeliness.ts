/**
 * The timeliness report for a month or quarter, from the case history: per issue level, contract
 * and scenario, how many complaints were resolved, resolved within budget and late (median and
 * worst lateness), how many are still open past due, and the clock's paused time; each late
 * complaint with its dates; the complaints whose dates do not allow a verdict; and resolved on
 * time and late per issue level for the 12 months ending with the period (the chart).
 *
 * - Resolved in the period: the resolution date shown lies in it. On time: counted at or before
 *   the due moment (complaint-timeline.ts says when a resolution counts).
 * - Still open past due: due in the period, with no resolution date by the period's end (or by
 *   now, for a period not over), the clock running then, and not left the plan. A case marked done
 *   in the popup without a resolution date is not resolved in CTM, so it counts.
 * - Paused time: the part of every pause that falls in the period, whatever the complaint's outcome.
 * - A complaint that left the plan (reassigned to CMS or another contract) is counted nowhere.
 */
import { ISSUE_LEVELS } from '../case-keys';
import type { IssueLevel } from '../case';
import { type Budget, budgetFor, budgetProvenance } from '../deadlines/budgets';
import { isoIn } from '../deadlines/end-of-day';
import type { HistoryCases } from '../history/case-history';
import { type ComplaintTimeline, complaintTimelines, dueMsAsOf, pausedAt, pausedWithin, type ReportSettings } from './complaint-timeline';
import { monthsEndingWith, type Period, periodBounds, periodDates } from './periods';

export interface Figures {
  resolved: number;
  onTime: number;
  late: number;
  /** Lateness of the late ones, ms. */
  lateMedianMs?: number;
  lateWorstMs?: number;
  openPastDue: number;
  pausedMs: number;
}

export interface LevelFigures {
  level: IssueLevel;
  budget: Budget;
  provenance: 'sop' | 'cms-guidance';
  figures: Figures;
}

export interface LateComplaint {
  id: string;
  contract?: string;
  level: IssueLevel;
  scenario?: string;
  start?: string;
  usedReceivedDate: boolean;
  dueIso: string;
  resolution?: string;
  /** Resolved late, or still open past due (lateness as at the period's end or now). */
  state: 'late' | 'open-past-due';
  lateMs: number;
}

export interface ComplaintToCheck {
  id: string;
  contract?: string;
  start?: string;
  resolution?: string;
  problem: 'no-start-date' | 'resolved-before-assignment';
}

export interface MonthBars {
  month: string;
  levels: Record<IssueLevel, { onTime: number; late: number }>;
}

export interface TimelinessReport {
  period: Period;
  /** The period's end, or now when earlier: what "still open" is judged at. */
  asOfMs: number;
  timeZone: string;
  complaints: number;
  leftPlan: number;
  levels: LevelFigures[];
  contracts: { contract: string; figures: Figures }[];
  scenarios: { scenario: string; figures: Figures }[];
  late: LateComplaint[];
  toCheck: ComplaintToCheck[];
  months: MonthBars[];
}

interface Tally {
  resolved: number;
  onTime: number;
  lateness: number[];
  openPastDue: number;
  pausedMs: number;
}

const newTally = (): Tally => ({ resolved: 0, onTime: 0, lateness: [], openPastDue: 0, pausedMs: 0 });

function figuresOf(t: Tally): Figures {
  const sorted = [...t.lateness].sort((a, b) => a - b);
  const f: Figures = { resolved: t.resolved, onTime: t.onTime, late: sorted.length, openPastDue: t.openPastDue, pausedMs: t.pausedMs };
  if (sorted.length > 0) {
    const mid = Math.floor(sorted.length / 2);
    f.lateMedianMs = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
    f.lateWorstMs = sorted[sorted.length - 1]!;
  }
  return f;
}

function tallyIn(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = newTally()));
  return t;
}

const emptyBars = (): MonthBars['levels'] => ({ 'immediate-need': { onTime: 0, late: 0 }, urgent: { onTime: 0, late: 0 }, none: { onTime: 0, late: 0 } });

/** The report of `period` as at `now` (ms), with the plan's time zone and budgets. */
export function timelinessReport(cases: HistoryCases, period: Period, settings: ReportSettings, now: number): TimelinessReport {
  return reportOfTimelines(complaintTimelines(cases, settings), period, settings, now);
}

/** The same from timelines computed before (the report page keeps them while the period changes). */
export function reportOfTimelines(timelines: readonly ComplaintTimeline[], period: Period, settings: ReportSettings, now: number): TimelinessReport {
  const { first, last } = periodDates(period);
  const { startMs, endMs } = periodBounds(period, settings.timeZone);
  const asOfMs = Math.min(endMs, now);
  const months = monthsEndingWith(period, 12);
  const bars = new Map(months.map((m) => [m, emptyBars()]));
  const byLevel = new Map<string, Tally>(ISSUE_LEVELS.map((l) => [l, newTally()]));
  const byContract = new Map<string, Tally>();
  const byScenario = new Map<string, Tally>();
  const late: LateComplaint[] = [];
  const toCheck: ComplaintToCheck[] = [];
  let complaints = 0;
  let leftPlan = 0;

  for (const t of timelines) {
    complaints += 1;
    if (t.status === 'left-plan') {
      leftPlan += 1;
      continue;
    }
    const tallies = [byLevel.get(t.level)!, tallyIn(byContract, t.contract ?? '—'), tallyIn(byScenario, t.scenario ?? '—')];
    const paused = pausedWithin(t.pauses, startMs, Math.min(asOfMs, t.resolvedMs ?? asOfMs));
    for (const tally of tallies) tally.pausedMs += paused;

    if (t.problem) {
      // Stryker disable next-line ConditionalExpression: without a resolution date the period comparisons below are false anyway
      if (t.resolution === undefined) continue;
      if (t.resolution >= first && t.resolution <= last) toCheck.push(checkOf(t, t.resolution));
      continue;
    }
    // complaint-timeline.ts sets the instant exactly when a resolution date is shown.
    if (t.resolvedMs !== undefined) {
      const resolution = t.resolution!;
      const due = dueMsAsOf(t, t.resolvedMs)!;
      const lateMs = t.resolvedMs - due;
      // The chart: every resolution in its month (independent of the period's as-at moment).
      const monthBars = bars.get(resolution.slice(0, 7));
      if (monthBars) {
        if (lateMs <= 0) monthBars[t.level].onTime += 1;
        else monthBars[t.level].late += 1;
      }
      // Resolved before the period: not open in it.
      if (resolution < first) continue;
      if (resolution <= last) {
        for (const tally of tallies) {
          tally.resolved += 1;
          if (lateMs <= 0) tally.onTime += 1;
          else tally.lateness.push(lateMs);
        }
        if (lateMs > 0) late.push(lateOf(t, due, 'late', lateMs, settings.timeZone));
        continue;
      }
    }
    const due = dueMsAsOf(t, asOfMs)!;
    // Due before now and before the period's end: asOfMs is never after endMs.
    if (due >= startMs && due < asOfMs && !pausedAt(t, asOfMs)) {
      for (const tally of tallies) tally.openPastDue += 1;
      late.push(lateOf(t, due, 'open-past-due', asOfMs - due, settings.timeZone));
    }
  }

  const levels: LevelFigures[] = ISSUE_LEVELS.map((level) => {
    const budget = budgetFor(level, settings.budgets);
    return { level, budget, provenance: budgetProvenance(budget.source), figures: figuresOf(byLevel.get(level)!) };
  });
  const sortedFigures = (map: Map<string, Tally>) =>
    // Stryker disable next-line EqualityOperator: map keys are unique, so a < b and a <= b never differ
    [...map.entries()].filter(([, t]) => t.resolved + t.openPastDue > 0 || t.pausedMs > 0).sort(([a], [b]) => (a < b ? -1 : 1));
  // Stryker disable next-line EqualityOperator: a complaint is listed once, so ids never tie
  late.sort((a, b) => b.lateMs - a.lateMs || (a.id < b.id ? -1 : 1));
  // Stryker disable next-line EqualityOperator: a complaint is listed once, so ids never tie
  toCheck.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    period,
    asOfMs,
    timeZone: settings.timeZone,
    complaints,
    leftPlan,
    levels,
    contracts: sortedFigures(byContract).map(([contract, t]) => ({ contract, figures: figuresOf(t) })),
    scenarios: sortedFigures(byScenario).map(([scenario, t]) => ({ scenario, figures: figuresOf(t) })),
    late,
    toCheck,
    months: months.map((month) => ({ month, levels: bars.get(month)! })),
  };
}

function checkOf(t: ComplaintTimeline, resolution: string): ComplaintToCheck {
  const c: ComplaintToCheck = { id: t.id, problem: t.problem!, resolution };
  if (t.contract) c.contract = t.contract;
  if (t.start) c.start = t.start;
  return c;
}

function lateOf(t: ComplaintTimeline, dueMs: number, state: LateComplaint['state'], lateMs: number, timeZone: string): LateComplaint {
  const l: LateComplaint = { id: t.id, level: t.level, usedReceivedDate: t.usedReceivedDate, dueIso: isoIn(dueMs, timeZone), state, lateMs };
  if (t.contract) l.contract = t.contract;
  if (t.scenario) l.scenario = t.scenario;
  // Stryker disable next-line ConditionalExpression: a complaint without a start date is listed to check, never late
  if (t.start) l.start = t.start;
  if (t.resolution) l.resolution = t.resolution;
  return l;
}
