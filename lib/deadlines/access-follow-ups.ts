/**
 * Follow-up dates of the access scenarios (popup, not a case page): N counts business days,
 * O calendar days.
 */
import { addBusinessDays } from './business-days';
import { addCalendarDays, type Moment, startOfDayIn } from './end-of-day';

export const CHECK_ACCESS_AFTER_BUSINESS_DAYS = 5; // SOP N.1
export const WRITE_TO_CMS_AFTER_BUSINESS_DAYS = 6; // SOP N.2

/**
 * SOP N.1 and N.2, as calendar dates: check for CTM access 5 business days after CMS confirms
 * receipt of the request; write to the CTM mailbox only when access is still missing after 6
 * business days, i.e. from the day after the 6th business day.
 */
export function accessRequestDates(confirmedDate: string): { checkAccessOn: string; sixthBusinessDay: string; mayWriteOn: string } {
  const sixthBusinessDay = addBusinessDays(confirmedDate, WRITE_TO_CMS_AFTER_BUSINESS_DAYS);
  return {
    checkAccessOn: addBusinessDays(confirmedDate, CHECK_ACCESS_AFTER_BUSINESS_DAYS),
    sixthBusinessDay,
    mayWriteOn: addCalendarDays(sixthBusinessDay, 1),
  };
}

/** The same dates for the popup, writing allowed from the start of that day in the plan's zone. */
export function accessRequestFollowUp(confirmedDate: string, timeZone: string): {
  checkAccessOn: string;
  sixthBusinessDay: string;
  mayWriteFrom: Moment;
  sop: 'N.1, N.2';
} {
  const { checkAccessOn, sixthBusinessDay, mayWriteOn } = accessRequestDates(confirmedDate);
  return { checkAccessOn, sixthBusinessDay, mayWriteFrom: startOfDayIn(mayWriteOn, timeZone), sop: 'N.1, N.2' };
}

/** SOP O.2: HPMS user set-up takes 2 weeks or longer; expect nothing before then. */
export function hpmsSetupExpected(requestDate: string, timeZone: string): Moment & { date: string; sop: 'O.2' } {
  const date = addCalendarDays(requestDate, 14);
  return { ...startOfDayIn(date, timeZone), date, sop: 'O.2' };
}
