/**
 * A tracked case with its deadline computed for `now`: what the popup list, the badge, alerts
 * and exports read. Recomputed from data every time; nothing about a deadline is stored.
 */
import type { IssueLevel } from '../case';
import type { AlertCase } from '../deadlines/alerts';
import type { BudgetSettings, BudgetSource } from '../deadlines/budgets';
import type { ClockState } from '../deadlines/clock';
import { DEFAULT_TIME_ZONE, dueMoment } from '../deadlines/due-moment';
import { dueAfterPauses } from '../deadlines/pause-shift';
import { isActive } from './merge';
import { nextStep } from './next-step';
import type { CaseStatus, ScenarioLetter, TrackedCase } from './tracked-case';

export interface DeadlineRow extends AlertCase {
  complaintId: string;
  contractNumber?: string;
  issueLevel?: IssueLevel;
  scenario?: ScenarioLetter;
  category?: string;
  clock: ClockState;
  status: CaseStatus;
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
  pageUrl: string;
}

export interface RowContext {
  now: number;
  timeZone?: string;
  budgets?: BudgetSettings;
}

export function deadlineRow(tc: TrackedCase, ctx: RowContext): DeadlineRow {
  const timeZone = ctx.timeZone ?? DEFAULT_TIME_ZONE;
  // Named fields, not a spread of the case: this runs for every tracked case on every wake-up.
  const due = dueMoment({
    assignedDate: tc.assignedDate,
    receivedDate: tc.receivedDate,
    issueLevel: tc.issueLevel,
    timeZone,
    budgets: ctx.budgets,
  });
  const active = isActive(tc);
  const step = nextStep(tc, { now: ctx.now, timeZone });
  const row: DeadlineRow = {
    complaintId: tc.complaintId,
    clock: tc.clock,
    status: tc.status,
    active,
    dueMs: undefined,
    dueIso: undefined,
    usedReceivedDate: false,
    pausedMs: 0,
    overdue: false,
    nextStep: step.text,
    pageUrl: tc.pageUrl,
  };
  if (tc.contractNumber) row.contractNumber = tc.contractNumber;
  if (tc.issueLevel) row.issueLevel = tc.issueLevel;
  if (tc.scenario) row.scenario = tc.scenario;
  if (tc.category) row.category = tc.category;
  if (step.sop) row.nextStepSop = step.sop;
  if (!due.ok) {
    row.dueProblem = due.reason;
    return row;
  }
  const shifted = dueAfterPauses(due.ms, due.iso, tc.pauses, ctx.now, timeZone);
  row.dueMs = shifted.ms;
  row.dueIso = shifted.iso;
  row.pausedMs = shifted.pausedMs;
  row.usedReceivedDate = due.usedReceivedDate;
  row.budgetDays = due.budget.days;
  row.budgetSource = due.budget.source;
  // A paused clock is not running out (SOP I.4, J.4).
  row.overdue = active && tc.clock === 'running' && ctx.now > shifted.ms;
  return row;
}

/** Soonest due first; cases without a due moment last, then by complaint ID for stability. */
export function compareRows(a: DeadlineRow, b: DeadlineRow): number {
  const ad = a.dueMs ?? Number.POSITIVE_INFINITY;
  const bd = b.dueMs ?? Number.POSITIVE_INFINITY;
  if (ad !== bd) return ad < bd ? -1 : 1;
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
