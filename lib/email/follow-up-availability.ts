/**
 * SOP N: after a CTM access request, check for access 5 business days after CMS confirms
 * receipt (N.1), and write to CTM@cms.hhs.gov only after 6 business days (N.2, N.3).
 * The dates come from lib/deadlines (business days: weekends and US federal holidays as observed).
 * Dates are calendar dates (YYYY-MM-DD) as the user sees them.
 */
import { format, isValid, parseISO } from 'date-fns';
import { accessRequestDates } from '../deadlines/access-follow-ups';
import { dateIn } from '../deadlines/end-of-day';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(iso: string): boolean {
  // Stryker disable next-line ConditionalExpression: the round trip below rejects every text the pattern rejects
  if (!ISO_DATE.test(iso)) return false;
  const date = parseISO(iso);
  return isValid(date) && format(date, 'yyyy-MM-dd') === iso;
}

export type FollowUpAvailability =
  | { ok: true; available: boolean; checkAccessOn: string; sixthBusinessDay: string; availableFrom: string; message: string }
  | { ok: false; message: string };

/**
 * Whether the N follow-up email may be sent today. Six business days have passed once the 6th
 * business day after the confirmation date is over, so the email is offered from the next day.
 */
export function followUpAvailability(receiptConfirmedOn: string, today: string): FollowUpAvailability {
  if (!isCalendarDate(receiptConfirmedOn)) return { ok: false, message: 'Enter the date CMS confirmed receipt of the request (YYYY-MM-DD).' };
  if (!isCalendarDate(today)) return { ok: false, message: 'Today’s date could not be read.' };
  const { checkAccessOn, sixthBusinessDay, mayWriteOn: availableFrom } = accessRequestDates(receiptConfirmedOn);
  const available = today >= availableFrom; // ISO dates compare as strings
  const message = available
    ? `Six business days have passed since CMS confirmed receipt on ${receiptConfirmedOn} (SOP N.2).`
    : `SOP N.2: write to CMS only after 6 business days. Check for access on ${checkAccessOn} (SOP N.1); this email is offered from ${availableFrom}.`;
  return { ok: true, available, checkAccessOn, sixthBusinessDay, availableFrom, message };
}

/** Today's calendar date in a time zone (the plan's, from settings), as YYYY-MM-DD. */
export function isoDateIn(now: Date, timeZone: string): string {
  return dateIn(now.getTime(), timeZone);
}
