/**
 * Follow-up dates of the access scenarios (popup, not a case page): N counts business days,
 * O calendar days.
 */
import { addBusinessDays } from './business-days';
import { addCalendarDays, type Moment, startOfDayIn } from './end-of-day';

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
