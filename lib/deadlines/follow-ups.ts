/**
 * Follow-up timers the SOP asks for besides the resolution deadline.
 */
import type { IssueLevel } from '../case';
import { type Moment, endOfDayAfter } from './end-of-day';

/**
 * SOP L.3: a CIS or Congressional case goes back to CMS "within 2 to 7 days, depending on Issue
 * Level". The SOP gives only the range: `days` is the scenario's mapping by level (its module
 * says whose it is). Calendar days from the assignment date, due at the end of that day like the
 * resolution deadline.
 */
export function returnToCmsBy(input: {
  assignedDate?: string;
  receivedDate?: string;
  issueLevel?: IssueLevel;
  timeZone: string;
  days: Readonly<Record<IssueLevel, number>>;
}): (Moment & { days: number }) | undefined {
  const start = input.assignedDate ?? input.receivedDate;
  if (!start) return undefined;
  const days = input.days[input.issueLevel ?? 'none'];
  return { ...endOfDayAfter(start, days, input.timeZone), days };
}

/**
 * SOP E note (repeated under K): at least 3 contact attempts, the 4th in writing, each recorded
 * with date and time, then close. `attempts` is how many are recorded so far.
 */
export function contactAttemptStep(attempts: number): {
  next: 'call' | 'write' | 'close';
  text: string;
  sop: 'E note';
} {
  if (attempts < 3) {
    return {
      next: 'call',
      text: `Contact attempt ${attempts + 1} of 3; record its date and time in the note`,
      sop: 'E note',
    };
  }
  if (attempts === 3) {
    return { next: 'write', text: 'Fourth attempt in writing; record its date', sop: 'E note' };
  }
  return { next: 'close', text: 'All attempts recorded; close the complaint as resolved', sop: 'E note' };
}

/**
 * SOP A.3 (and B.3, C.3, D.4, G.5.d, H.3, L.5): a reassignment request waits for the RO to agree
 * or disagree. Time waiting since the request was first seen.
 */
export function waitingForRo(requestedAt: string | undefined, now: number): number | undefined {
  // Stryker disable next-line ConditionalExpression: an empty or missing time would also parse as NaN below
  if (!requestedAt) return undefined;
  const from = Date.parse(requestedAt);
  return Number.isFinite(from) ? Math.max(0, now - from) : undefined;
}
