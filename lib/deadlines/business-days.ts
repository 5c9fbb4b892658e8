/**
 * Business days: not Saturday or Sunday, and not a US federal holiday as observed (5 U.S.C.
 * 6103: a Saturday holiday is observed the Friday before, a Sunday holiday the Monday after).
 * The holiday list is @18f/us-federal-holidays; date arithmetic is date-fns. Dates are
 * calendar dates (YYYY-MM-DD), so no time zone is involved.
 */
import { allForYear } from '@18f/us-federal-holidays';
import { addDays, format, isWeekend, parseISO } from 'date-fns';

const observedByYear = new Map<number, Set<string>>();

function observedHolidays(year: number): Set<string> {
  let set = observedByYear.get(year);
  // Stryker disable next-line ConditionalExpression: the memo only saves time; the list is the same when built again
  if (!set) {
    set = new Set(allForYear(year).map((h) => h.dateString));
    observedByYear.set(year, set);
  }
  return set;
}

/** True for an observed federal holiday, e.g. 2027-12-31 (New Year's Day 2028 is a Saturday). */
export function isFederalHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  // The next year's New Year's Day may be observed on December 31 of this year.
  return observedHolidays(year).has(date) || observedHolidays(year + 1).has(date);
}

export function isBusinessDay(date: string): boolean {
  return !isWeekend(parseISO(date)) && !isFederalHoliday(date);
}

/** The `n`th business day after `date` (n ≥ 1); `date` itself never counts. */
export function addBusinessDays(date: string, n: number): string {
  let day = parseISO(date);
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isBusinessDay(format(day, 'yyyy-MM-dd'))) left -= 1;
  }
  return format(day, 'yyyy-MM-dd');
}

/** Business days after `from` up to and including `to` (0 when `to` is not later). */
export function businessDaysBetween(from: string, to: string): number {
  let count = 0;
  let day = parseISO(from);
  const end = parseISO(to);
  while (day < end) {
    day = addDays(day, 1);
    if (isBusinessDay(format(day, 'yyyy-MM-dd'))) count += 1;
  }
  return count;
}

