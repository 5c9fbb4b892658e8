/**
 * End of a calendar day (23:59:59) in a time zone, as an instant and as ISO 8601 with the zone's
 * offset. Computing with TZDate costs tens of microseconds, and thousands of tracked cases share
 * a few hundred distinct days, so results are cached per (zone, date, days added).
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays, format, formatISO, parseISO, set } from 'date-fns';

export interface Moment {
  ms: number;
  /** e.g. 2026-11-04T23:59:59-05:00 */
  iso: string;
}

const cache = new Map<string, Moment>();
const CACHE_LIMIT = 20_000;

/** `date` is YYYY-MM-DD; the result is the end of day `date + days` in `timeZone`. */
export function endOfDayAfter(date: string, days: number, timeZone: string): Moment {
  const key = `${timeZone}|${date}|${days}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // addDays moves calendar days in the zone, so a DST change in between does not shift the hour.
  const day = addDays(new TZDate(y, m - 1, d, timeZone), days);
  const end = set(day, { hours: 23, minutes: 59, seconds: 59, milliseconds: 0 });
  const moment = { ms: end.getTime(), iso: formatISO(end) };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, moment);
  return moment;
}

/** Start of a calendar day (00:00:00) in a time zone. */
export function startOfDayIn(date: string, timeZone: string): Moment {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const start = new TZDate(y, m - 1, d, timeZone);
  return { ms: start.getTime(), iso: formatISO(start) };
}

/**
 * The wall-clock fields of an instant in a zone, as a UTC ISO string to slice. The offset comes
 * from @date-fns/tz (cheap and cached), because a TZDate per row is too slow for thousands of rows.
 */
function wallClock(ms: number, timeZone: string): { wall: string; offset: number } {
  const offset = tzOffset(timeZone, new Date(ms));
  return { wall: new Date(ms + offset * 60_000).toISOString(), offset };
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateIn(ms: number, timeZone: string): string {
  return wallClock(ms, timeZone).wall.slice(0, 10);
}

/** ISO 8601 with the zone's offset for any instant (seconds precision, like formatISO). */
export function isoIn(ms: number, timeZone: string): string {
  const { wall, offset } = wallClock(ms, timeZone);
  if (offset === 0) return `${wall.slice(0, 19)}Z`;
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall.slice(0, 19)}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** A calendar date `n` days after `date` (both YYYY-MM-DD). */
export function addCalendarDays(date: string, n: number): string {
  return format(addDays(parseISO(date), n), 'yyyy-MM-dd');
}
