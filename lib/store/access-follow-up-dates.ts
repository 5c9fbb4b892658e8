/**
 * The dates the caseworker enters in the popup for the access scenarios: when CMS confirmed
 * receipt of the CTM access request (SOP N.1) and when the HPMS user ID was requested (SOP O.1).
 * The popup is the only writer. Unreadable data is kept aside and reported, never wiped.
 */
import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { checkedItem } from './checked-item';

const IsoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const AccessDates = z.object({ accessConfirmedDate: z.optional(IsoDay), hpmsRequestedDate: z.optional(IsoDay) });
export type AccessFollowUpDates = z.infer<typeof AccessDates>;

// Stryker disable next-line ObjectLiteral: WXT storage reads a missing item as null without a fallback too; kept to say so
export const accessDatesItem = storage.defineItem<unknown>('local:accessFollowUps', { fallback: null });
const checked = checkedItem<AccessFollowUpDates>(
  'local:accessFollowUps',
  'local:accessFollowUps.unreadable',
  'The saved access follow-up dates',
  (raw) => {
    const parsed = AccessDates.safeParse(raw);
    return parsed.success ? parsed.data : undefined;
  },
);

export async function loadAccessDates(): Promise<{ dates: AccessFollowUpDates; problem?: string }> {
  const read = await checked.load();
  const dates = read.value ?? {};
  if (!read.problem) return { dates };
  return { dates, problem: read.stuck ? read.problem : `${read.problem} Enter the dates again.` };
}

export async function saveAccessDates(dates: AccessFollowUpDates): Promise<void> {
  const clean: AccessFollowUpDates = {};
  if (dates.accessConfirmedDate) clean.accessConfirmedDate = dates.accessConfirmedDate;
  if (dates.hpmsRequestedDate) clean.hpmsRequestedDate = dates.hpmsRequestedDate;
  await checked.save(AccessDates.parse(clean));
}

/** The caseworker's choice (popup): unreadable dates and their set-aside copies go. */
export const clearUnreadableAccessDates = (): Promise<void> => checked.clearUnreadable();
