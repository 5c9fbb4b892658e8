/**
 * One complaint's history read for the report: its issue level (the latest: a change of level
 * recomputes the due moment from the same assignment date with the new budget, DOMAIN.md), its
 * pauses, its resolution and its due moment in the plan's time zone (lib/deadlines), moved later
 * by the paused time (SOP I.4, J.4; lib/deadlines/clock.ts).
 *
 * CTM keeps a resolution date, not a time. The resolution counts at the moment the extension saw
 * that date on the page when it saw it on that very day in the plan's zone, else at the end of
 * that day (23:59:59, the latest the date allows).
 */
import type { IssueLevel } from '../case';
import { type Budget, type BudgetSettings, budgetFor } from '../deadlines/budgets';
import { dueMoment } from '../deadlines/due-moment';
import { endOfDayAfter } from '../deadlines/end-of-day';
import type { ComplaintHistory } from '../history/case-history';
import type { CaseStatus, ScenarioLetter } from '../tracking/tracked-case';

export interface ReportSettings {
  timeZone: string;
  budgets?: BudgetSettings;
}

export interface Interval {
  from: number;
  /** Undefined while still paused. */
  to?: number;
}

export interface ComplaintTimeline {
  id: string;
  contract?: string;
  level: IssueLevel;
  scenario?: ScenarioLetter;
  /** The assignment date, or the received date standing in. */
  start?: string;
  usedReceivedDate: boolean;
  budget: Budget;
  /** Due moment before paused time (ms); undefined without a start date. */
  baseDueMs?: number;
  pauses: Interval[];
  /** The resolution date the page last showed, and the instant it counts at. */
  resolution?: string;
  resolvedMs?: number;
  status: CaseStatus;
  /** Why its timeliness cannot be judged. */
  problem?: 'no-start-date' | 'resolved-before-assignment';
}

export function complaintTimeline(id: string, history: ComplaintHistory, settings: ReportSettings): ComplaintTimeline {
  let level: IssueLevel = 'none';
  let scenario: ScenarioLetter | undefined;
  let status: CaseStatus = 'open';
  let resolution: string | undefined;
  const pauses: Interval[] = [];
  // Instants are parsed only where a time is needed (thousands of complaints, many events each).
  let resolutionAt: string | undefined;
  for (const e of history.events) {
    if (e.t === 'level') level = e.level;
    else if (e.t === 'scenario') scenario = e.scenario;
    else if (e.t === 'status') status = e.status;
    else if (e.t === 'resolution') {
      resolution = e.date;
      resolutionAt = e.at;
    } else if (e.t === 'pause') {
      const last = pauses[pauses.length - 1];
      if (!last || last.to !== undefined) pauses.push({ from: Date.parse(e.at) });
    } else if (e.t === 'resume') {
      const last = pauses[pauses.length - 1];
      const at = Date.parse(e.at);
      if (last && last.to === undefined && at >= last.from) last.to = at;
    }
  }
  const due = dueMoment({ assignedDate: history.assigned, receivedDate: history.received, issueLevel: level, timeZone: settings.timeZone, budgets: settings.budgets });
  const start = history.assigned ?? history.received;
  const timeline: ComplaintTimeline = {
    id,
    level,
    usedReceivedDate: history.assigned === undefined && history.received !== undefined,
    budget: budgetFor(level, settings.budgets),
    pauses,
    status,
  };
  if (history.contract) timeline.contract = history.contract;
  if (scenario) timeline.scenario = scenario;
  if (start) timeline.start = start;
  if (due.ok) timeline.baseDueMs = due.ms;
  if (resolution) {
    timeline.resolution = resolution;
    // Seen on that day (after the end of the day before): when seen; else the end of the day (both cached per date).
    // A resolution event always sets `at` with the date, so the date implies the instant.
    const seen = Date.parse(resolutionAt!);
    const endOfDay = endOfDayAfter(resolution, 0, settings.timeZone).ms;
    timeline.resolvedMs = seen > endOfDayAfter(resolution, -1, settings.timeZone).ms ? Math.min(seen, endOfDay) : endOfDay;
  }
  if (!start) timeline.problem = 'no-start-date';
  else if (resolution && resolution < start) timeline.problem = 'resolved-before-assignment';
  return timeline;
}

/** Paused time overlapping [fromMs, toMs); a pause still open runs until `toMs`. */
export function pausedWithin(pauses: readonly Interval[], fromMs: number, toMs: number): number {
  let total = 0;
  for (const p of pauses) {
    const a = Math.max(p.from, fromMs);
    const b = Math.min(p.to ?? toMs, toMs);
    total += Math.max(0, b - a);
  }
  return total;
}

/**
 * The due moment as at `asOfMs`, or the resolution when earlier: every pause up to then is added
 * whole (lib/deadlines/pause-shift.ts).
 */
export function dueMsAsOf(t: ComplaintTimeline, asOfMs: number): number | undefined {
  if (t.baseDueMs === undefined) return undefined;
  const until = t.resolvedMs !== undefined ? Math.min(t.resolvedMs, asOfMs) : asOfMs;
  return t.baseDueMs + pausedWithin(t.pauses, Number.NEGATIVE_INFINITY, until);
}

/** Whether the clock is paused at `ms`. */
export function pausedAt(t: ComplaintTimeline, ms: number): boolean {
  return t.pauses.some((p) => p.from <= ms && (p.to === undefined || p.to > ms));
}

/** Every complaint's timeline, computed once per history and settings (periods reuse them). */
export function complaintTimelines(cases: Record<string, ComplaintHistory>, settings: ReportSettings): ComplaintTimeline[] {
  const out: ComplaintTimeline[] = [];
  for (const id in cases) out.push(complaintTimeline(id, cases[id]!, settings));
  return out;
}
