/**
 * End of a calendar day (23:59:59) in a time zone, as an instant and as ISO 8601 with the zone's
 * offset. Computing with TZDate costs tens of microseconds, and thousands of tracked cases share
 * a few hundred distinct days, so results are cached per (zone, date, days added).
 */
import { TZDate } from '@date-fns/tz';
import { addDays, formatISO, set } from 'date-fns';

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

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function dateIn(ms: number, timeZone: string): string {
  const t = new TZDate(ms, timeZone);
  const mm = String(t.getMonth() + 1).padStart(2, '0');
  const dd = String(t.getDate()).padStart(2, '0');
  return `${t.getFullYear()}-${mm}-${dd}`;
}

/** ISO 8601 with the zone's offset for any instant. */
export function isoIn(ms: number, timeZone: string): string {
  return formatISO(new TZDate(ms, timeZone));
}
