/**
 * The due moment of a complaint (DOMAIN.md "Due moments"): end of day (assignment date + budget)
 * at 23:59:59 in the plan's time zone. The received date stands in when the page shows no
 * assignment date, and the result says so. A change of issue level recomputes from the same
 * assignment date with the new budget, which falls out of computing it from the facts each time.
 */
import type { IssueLevel } from '../case';
import { type Budget, type BudgetSettings, budgetFor } from './budgets';
import { endOfDayAfter } from './end-of-day';

export { DEFAULT_TIME_ZONE } from '../time-zone';
import { DEFAULT_TIME_ZONE } from '../time-zone';

export interface DueInput {
  assignedDate?: string;
  receivedDate?: string;
  issueLevel?: IssueLevel;
  timeZone?: string;
  budgets?: BudgetSettings;
}

export type DueResult =
  | {
      ok: true;
      due: Date;
      ms: number;
      /** ISO 8601 with the zone's offset, e.g. 2026-11-04T23:59:59-05:00 */
      iso: string;
      usedReceivedDate: boolean;
      budget: Budget;
    }
  | { ok: false; reason: string };

export const NO_DATE_REASON = 'cannot compute: no assignment or received date';

export function dueMoment(input: DueInput): DueResult {
  const start = input.assignedDate ?? input.receivedDate;
  if (!start) return { ok: false, reason: NO_DATE_REASON };
  const budget = budgetFor(input.issueLevel, input.budgets);
  const end = endOfDayAfter(start, budget.days, input.timeZone ?? DEFAULT_TIME_ZONE);
  return {
    ok: true,
    due: new Date(end.ms),
    ms: end.ms,
    iso: end.iso,
    usedReceivedDate: input.assignedDate === undefined,
    budget,
  };
}
