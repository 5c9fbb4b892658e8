/**
 * SOP N: after a CTM access request, check for access 5 business days after CMS confirms
 * receipt (N.1), and write to CTM@cms.hhs.gov only after 6 business days (N.2, N.3).
 * Business days exclude weekends and US federal holidays (OPM list, via @18f/us-federal-holidays).
 *
 * Deliberately tiny and local to lib/email: lib/deadlines has the full deadline engine; the lead
 * may unify the two later. Dates are calendar dates (YYYY-MM-DD) as the user sees them.
 */
import { addDays, format, isValid, isWeekend, parseISO } from 'date-fns';
import { isAHoliday } from '@18f/us-federal-holidays';
import { TZDate } from '@date-fns/tz';

export const CHECK_ACCESS_AFTER_BUSINESS_DAYS = 5; // SOP N.1
export const WRITE_TO_CMS_AFTER_BUSINESS_DAYS = 6; // SOP N.2

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(iso: string): Date | undefined {
  if (!ISO_DATE.test(iso)) return undefined;
  const date = parseISO(iso); // local midnight: isAHoliday reads local dates too
  return isValid(date) && format(date, 'yyyy-MM-dd') === iso ? date : undefined;
}

export function isBusinessDay(date: Date): boolean {
  return !isWeekend(date) && !isAHoliday(date);
}

/** The date `count` business days after `start` (start itself does not count). */
export function addBusinessDaysWithHolidays(start: Date, count: number): Date {
  let day = start;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isBusinessDay(day)) left -= 1;
  }
  return day;
}

export type FollowUpAvailability =
  | { ok: true; available: boolean; checkAccessOn: string; sixthBusinessDay: string; availableFrom: string; message: string }
  | { ok: false; message: string };

/**
 * Whether the N follow-up email may be sent today. Six business days have passed once the 6th
 * business day after the confirmation date is over, so the email is offered from the next day.
 */
export function followUpAvailability(receiptConfirmedOn: string, today: string): FollowUpAvailability {
  const confirmed = parseDay(receiptConfirmedOn);
  const now = parseDay(today);
  if (!confirmed) return { ok: false, message: 'Enter the date CMS confirmed receipt of the request (YYYY-MM-DD).' };
  if (!now) return { ok: false, message: 'Today’s date could not be read.' };
  const checkAccessOn = format(addBusinessDaysWithHolidays(confirmed, CHECK_ACCESS_AFTER_BUSINESS_DAYS), 'yyyy-MM-dd');
  const sixth = addBusinessDaysWithHolidays(confirmed, WRITE_TO_CMS_AFTER_BUSINESS_DAYS);
  const sixthBusinessDay = format(sixth, 'yyyy-MM-dd');
  const availableFrom = format(addDays(sixth, 1), 'yyyy-MM-dd');
  const available = today >= availableFrom; // ISO dates compare as strings
  const message = available
    ? `Six business days have passed since CMS confirmed receipt on ${receiptConfirmedOn} (SOP N.2).`
    : `SOP N.2: write to CMS only after 6 business days. Check for access on ${checkAccessOn} (SOP N.1); this email is offered from ${availableFrom}.`;
  return { ok: true, available, checkAccessOn, sixthBusinessDay, availableFrom, message };
}

/** Today's calendar date in a time zone (the plan's, from settings), as YYYY-MM-DD. */
export function isoDateIn(now: Date, timeZone: string): string {
  return format(new TZDate(now, timeZone), 'yyyy-MM-dd');
}
