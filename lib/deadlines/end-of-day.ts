/**
 * End of a calendar day (23:59:59) in a time zone, as an instant and as ISO 8601 with the zone's
 * offset. The zone's rules come from @date-fns/tz's `tzOffset` (Intl underneath); the rest is
 * wall-clock arithmetic. A TZDate per row, and date-fns' formatting, were most of the popup's
 * cold cost for 1,000 rows, so only the offset function is used, memoised per quarter hour:
 * thousands of rows cost a few dozen offset look-ups.
 */
import { tzOffset } from '@date-fns/tz/tzOffset';

export interface Moment {
  ms: number;
  /** e.g. 2026-11-04T23:59:59-05:00 */
  iso: string;
}

const MINUTE = 60_000;
/** Zones change offset only at quarter hours (a local hour or half hour minus a quarter-hour offset). */
// Stryker disable next-line ArithmeticOperator: a finer memo key only lowers the hit rate; the offsets read are the same
const QUARTER_HOUR = 15 * MINUTE;
const CACHE_LIMIT = 20_000;

const cache = new Map<string, Moment>();
const offsets = new Map<string, number>();

/** The zone's offset from UTC in minutes at an instant, e.g. -300 in New York in winter. */
export function zoneOffset(ms: number, timeZone: string): number {
  // Stryker disable next-line ArithmeticOperator: a finer memo key only lowers the hit rate; the offsets read are the same
  const key = `${timeZone}|${Math.floor(ms / QUARTER_HOUR)}`;
  const hit = offsets.get(key);
  // Stryker disable next-line ConditionalExpression: the memo only saves time; a miss looks the offset up again
  if (hit !== undefined) return hit;
  const offset = tzOffset(timeZone, new Date(ms));
  // Stryker disable next-line ConditionalExpression,EqualityOperator: clearing only bounds the memo's memory; results are the same
  if (offsets.size >= CACHE_LIMIT) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/**
 * The instant a wall-clock time (given as if it were UTC) happens in the zone: read the offset
 * near it, then once more at the result, in case an offset change lies between the two.
 */
function instantOf(wall: number, timeZone: string): number {
  const guess = wall - zoneOffset(wall, timeZone) * MINUTE;
  return wall - zoneOffset(guess, timeZone) * MINUTE;
}

/** ISO 8601 of an instant from its wall clock (as if UTC) and offset; Z at offset zero, like formatISO. */
function isoOf(wall: number, offset: number): string {
  const local = new Date(wall).toISOString().slice(0, 19);
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  // Stryker disable next-line EqualityOperator: offset zero has returned with Z above
  return `${local}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** The moment at a wall-clock time (as if UTC) in the zone. */
function momentAt(wall: number, timeZone: string): Moment {
  const ms = instantOf(wall, timeZone);
  return { ms, iso: isoIn(ms, timeZone) };
}

function dateParts(date: string): [number, number, number] {
  return date.split('-').map(Number) as [number, number, number];
}

/** `date` is YYYY-MM-DD; the result is the end of day `date + days` in `timeZone`. */
export function endOfDayAfter(date: string, days: number, timeZone: string): Moment {
  const key = `${timeZone}|${date}|${days}`;
  const hit = cache.get(key);
  // Stryker disable next-line ConditionalExpression: the memo only saves time; a miss computes the same moment
  if (hit) return hit;
  const [y, m, d] = dateParts(date);
  // Calendar days are added to the wall clock, so a DST change in between does not shift the hour.
  const moment = momentAt(Date.UTC(y, m - 1, d + days, 23, 59, 59), timeZone);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: clearing only bounds the memo's memory; results are the same
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, moment);
  return moment;
}

/** Start of a calendar day (00:00:00) in a time zone. */
export function startOfDayIn(date: string, timeZone: string): Moment {
  const [y, m, d] = dateParts(date);
  return momentAt(Date.UTC(y, m - 1, d), timeZone);
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateIn(ms: number, timeZone: string): string {
  return new Date(ms + zoneOffset(ms, timeZone) * MINUTE).toISOString().slice(0, 10);
}

/** ISO 8601 with the zone's offset for any instant (seconds precision, like formatISO). */
export function isoIn(ms: number, timeZone: string): string {
  const offset = zoneOffset(ms, timeZone);
  return isoOf(ms + offset * MINUTE, offset);
}

/** A calendar date `n` days after `date` (both YYYY-MM-DD). */
export function addCalendarDays(date: string, n: number): string {
  const [y, m, d] = dateParts(date);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
