/**
 * A tracked case with its deadline computed for `now`: what the popup list, the badge, alerts
 * and exports read. Recomputed from the cases; the background also keeps each case's RowBasis
 * (what does not move with time) in storage for the popup, derived data it rebuilds at will.
 */
import type { IssueLevel } from '../case';
import type { AlertCase } from '../deadlines/alerts';
import type { BudgetSettings, BudgetSource } from '../deadlines/budgets';
import type { ClockState } from '../deadlines/clock';
import { DEFAULT_TIME_ZONE, dueMoment } from '../deadlines/due-moment';
import { isoIn } from '../deadlines/end-of-day';
import { handOverOfCase } from './hand-over';
import { isActive } from './merge';
import type { Provenance } from '../sop/provenance';
import { detailProvenance, type StepBasis, type StepDetail, stepBasis, stepText } from './next-step';
import type { CaseStatus, ScenarioLetter, TrackedCase } from './tracked-case';

/** A handed-over case (lib/tracking/hand-over.ts), as its row shows it. */
export interface HandedOverRow {
  /** Epoch ms the request was first seen (handed over on); absent when not recorded. */
  atMs?: number;
  /** Where the complaint goes if the RO agrees, and the SOP item that says so. */
  to: string;
  step: string;
  /** Epoch ms the case page was last opened. */
  lastSeenMs: number;
  answer?: 'gone' | 'kept';
}

/** The case's own facts a row shows, the same before and after the clock. */
interface RowFacts {
  complaintId: string;
  contractNumber?: string;
  issueLevel?: IssueLevel;
  scenario?: ScenarioLetter;
  category?: string;
  clock: ClockState;
  status: CaseStatus;
  handedOver?: HandedOverRow;
}

export interface DeadlineRow extends AlertCase, RowFacts {
  active: boolean;
  /** Due moment moved by paused time; undefined when the page gave no date. */
  dueMs: number | undefined;
  dueIso: string | undefined;
  /** Why there is no due moment, for the row. */
  dueProblem?: string;
  usedReceivedDate: boolean;
  budgetDays?: number;
  budgetSource?: BudgetSource;
  pausedMs: number;
  overdue: boolean;
  nextStep: string;
  nextStepSop?: string;
  /** Where the next step comes from (data-provenance). */
  nextStepProvenance: Provenance;
  /** A second line beside the step with its own provenance (L.3's date for the level). */
  nextStepDetail?: StepDetail & { provenance: Provenance };
  pageUrl: string;
}

export interface RowContext {
  now: number;
  timeZone?: string;
  budgets?: BudgetSettings;
}

/**
 * What a row is before the clock: everything deadlineRow shows except what moves with `now`
 * (paused time still running, overdue, how long the RO has waited). Plain JSON data: the
 * background stores it for the popup (lib/tracking/popup-view.ts), so the popup need not read
 * and recompute every case; deadlineRow is rowAt(rowBasis(…)), so both give the same row.
 */
export interface RowBasis extends RowFacts {
  /** Due moment before paused time; absent when the page gave no date (then dueProblem). */
  dueMs?: number;
  dueIso?: string;
  dueProblem?: string;
  usedReceivedDate: boolean;
  budgetDays?: number;
  budgetSource?: BudgetSource;
  /** Time in ended pauses, ms. */
  pausedMs: number;
  /** Starts (epoch ms) of pauses still running: each adds the time since to the due moment. */
  openPauses: number[];
  step: StepBasis;
  pageUrl: string;
}

export function rowBasis(tc: TrackedCase, ctx: Omit<RowContext, 'now'>): RowBasis {
  const timeZone = ctx.timeZone ?? DEFAULT_TIME_ZONE;
  // Named fields, not a spread of the case: this runs for every tracked case on every wake-up.
  const due = dueMoment({
    assignedDate: tc.assignedDate,
    receivedDate: tc.receivedDate,
    issueLevel: tc.issueLevel,
    timeZone,
    budgets: ctx.budgets,
  });
  const basis: RowBasis = {
    complaintId: tc.complaintId,
    contractNumber: tc.contractNumber,
    issueLevel: tc.issueLevel,
    scenario: tc.scenario,
    category: tc.category,
    clock: tc.clock,
    status: tc.status,
    usedReceivedDate: false,
    pausedMs: 0,
    openPauses: [],
    step: stepBasis(tc, { timeZone }),
    pageUrl: tc.pageUrl,
  };
  const handOver = handOverOfCase(tc);
  if (handOver) {
    const handedOver: HandedOverRow = { to: handOver.to, step: handOver.step, lastSeenMs: Date.parse(tc.lastSeen), answer: tc.handOverAnswer };
    // Stryker disable next-line ConditionalExpression: Date.parse(undefined) is NaN too, which the check below leaves out
    const at = tc.reassignmentRequestedAt === undefined ? Number.NaN : Date.parse(tc.reassignmentRequestedAt);
    if (Number.isFinite(at)) handedOver.atMs = at;
    basis.handedOver = handedOver;
  }
  if (!due.ok) {
    basis.dueProblem = due.reason;
    return basis;
  }
  basis.dueMs = due.ms;
  basis.dueIso = due.iso;
  basis.usedReceivedDate = due.usedReceivedDate;
  basis.budgetDays = due.budget.days;
  basis.budgetSource = due.budget.source;
  // As pausedMs (lib/deadlines/clock) counts them, split into what is settled and what still runs.
  for (const pause of tc.pauses) {
    const from = Date.parse(pause.from);
    if (!Number.isFinite(from)) continue;
    if (pause.to === undefined) {
      basis.openPauses.push(from);
      continue;
    }
    const to = Date.parse(pause.to);
    // A pause recorded as ending before it began counts nothing.
    if (Number.isFinite(to)) basis.pausedMs += Math.max(0, to - from);
  }
  return basis;
}

/** The row of `basis` at `now` (`timeZone`: the one the basis was computed in). */
export function rowAt(basis: RowBasis, now: number, timeZone: string): DeadlineRow {
  const step = stepText(basis.step, now);
  const active = isActive(basis);
  // Every row the same shape: a fact the case lacks is undefined (as a stored view decodes it).
  const row: DeadlineRow = {
    complaintId: basis.complaintId,
    contractNumber: basis.contractNumber,
    issueLevel: basis.issueLevel,
    scenario: basis.scenario,
    category: basis.category,
    clock: basis.clock,
    status: basis.status,
    handedOver: basis.handedOver,
    active,
    dueMs: undefined,
    dueIso: undefined,
    usedReceivedDate: basis.usedReceivedDate,
    pausedMs: 0,
    overdue: false,
    nextStep: step.text,
    nextStepSop: step.sop,
    nextStepProvenance: step.provenance,
    pageUrl: basis.pageUrl,
  };
  if (step.detail) row.nextStepDetail = { ...step.detail, provenance: detailProvenance(step.detail, basis.scenario) };
  if (basis.dueMs === undefined || basis.dueIso === undefined) {
    row.dueProblem = basis.dueProblem;
    return row;
  }
  let paused = basis.pausedMs;
  // A pause that starts after `now` (a clock ahead of this one) has not run yet.
  for (const from of basis.openPauses) paused += Math.max(0, now - from);
  row.dueMs = basis.dueMs + paused;
  // Stryker disable next-line ConditionalExpression: with no paused time isoIn gives the basis's own dueIso (same moment, same zone); the branch saves formatting 1,000 rows
  row.dueIso = paused === 0 ? basis.dueIso : isoIn(row.dueMs, timeZone);
  row.pausedMs = paused;
  row.budgetDays = basis.budgetDays;
  row.budgetSource = basis.budgetSource;
  // A paused clock is not running out (SOP I.4, J.4).
  row.overdue = active && basis.clock === 'running' && now > row.dueMs;
  return row;
}

export function deadlineRow(tc: TrackedCase, ctx: RowContext): DeadlineRow {
  return rowAt(rowBasis(tc, ctx), ctx.now, ctx.timeZone ?? DEFAULT_TIME_ZONE);
}

/** Soonest due first; cases without a due moment last, then by complaint ID for stability. */
export function compareRows(a: DeadlineRow, b: DeadlineRow): number {
  const ad = a.dueMs ?? Number.POSITIVE_INFINITY;
  const bd = b.dueMs ?? Number.POSITIVE_INFINITY;
  if (ad < bd) return -1;
  if (ad > bd) return 1;
  // Complaint IDs are digits: shorter is smaller, then plain string order (no collator: it is slow).
  const byLength = a.complaintId.length - b.complaintId.length;
  if (byLength !== 0) return byLength;
  return a.complaintId < b.complaintId ? -1 : a.complaintId > b.complaintId ? 1 : 0;
}

export function deadlineRows(cases: Iterable<TrackedCase>, ctx: RowContext): DeadlineRow[] {
  const rows: DeadlineRow[] = [];
  for (const tc of cases) rows.push(deadlineRow(tc, ctx));
  return rows.sort(compareRows);
}
