/**
 * Follow-up timers the SOP asks for besides the resolution deadline.
 */
import type { IssueLevel } from '../case';
import { addBusinessDays, addCalendarDays } from './business-days';
import { type Moment, endOfDayAfter, startOfDayIn } from './end-of-day';

/**
 * SOP L.3: a CIS or Congressional case goes back to CMS "within 2 to 7 days, depending on Issue
 * Level". Mapping (ours; the SOP gives only the range): Immediate Need 2 days (its own budget,
 * SOP key 11), Urgent 7, no level 7 (the top of the SOP's range). Calendar days from the
 * assignment date, due at the end of that day like the resolution deadline.
 */
export const RETURN_TO_CMS_DAYS: Record<IssueLevel, number> = {
  'immediate-need': 2,
  urgent: 7,
  none: 7,
};

export function returnToCmsBy(input: {
  assignedDate?: string;
  receivedDate?: string;
  issueLevel?: IssueLevel;
  timeZone: string;
}): (Moment & { days: number; sop: 'L.3' }) | undefined {
  const start = input.assignedDate ?? input.receivedDate;
  if (!start) return undefined;
  const days = RETURN_TO_CMS_DAYS[input.issueLevel ?? 'none'];
  return { ...endOfDayAfter(start, days, input.timeZone), days, sop: 'L.3' };
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
 * SOP N.1 and N.2: check for CTM access 5 business days after CMS confirms receipt of the
 * request; write to the CTM mailbox only when access is still missing after 6 business days,
 * i.e. from the start of the day after the 6th business day.
 */
export function accessRequestFollowUp(confirmedDate: string, timeZone: string): {
  checkAccessOn: string;
  sixthBusinessDay: string;
  mayWriteFrom: Moment;
  sop: 'N.1, N.2';
} {
  const sixth = addBusinessDays(confirmedDate, 6);
  return {
    checkAccessOn: addBusinessDays(confirmedDate, 5),
    sixthBusinessDay: sixth,
    mayWriteFrom: startOfDayIn(addCalendarDays(sixth, 1), timeZone),
    sop: 'N.1, N.2',
  };
}

/** SOP O.2: HPMS user set-up takes 2 weeks or longer; expect nothing before then. */
export function hpmsSetupExpected(requestDate: string, timeZone: string): Moment & { date: string; sop: 'O.2' } {
  const date = addCalendarDays(requestDate, 14);
  return { ...startOfDayIn(date, timeZone), date, sop: 'O.2' };
}

/**
 * SOP A.3 (and B.3, C.3, D.4, G.5.d, H.3, L.5): a reassignment request waits for the RO to agree
 * or disagree. Time waiting since the request was first seen.
 */
export function waitingForRo(requestedAt: string | undefined, now: number): number | undefined {
  if (!requestedAt) return undefined;
  const from = Date.parse(requestedAt);
  return Number.isFinite(from) ? Math.max(0, now - from) : undefined;
}
