import { TZDate } from '@date-fns/tz';
import { addDays, format, formatISO, parseISO, set } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, endOfDayAfter, startOfDayIn } from '../../../lib/deadlines/end-of-day';

/** The date-library computation end-of-day.ts replaced (Intl only), as the reference. */
function reference(date: string, days: number, zone: string, end: boolean) {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = addDays(new TZDate(y, m - 1, d, zone), days);
  const at = end ? set(day, { hours: 23, minutes: 59, seconds: 59, milliseconds: 0 }) : day;
  return { ms: at.getTime(), iso: formatISO(at) };
}

// US plan zones, half- and quarter-hour offsets, a half-hour DST change, UTC.
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC'];
// Every day of 2026 (both DST changes) and a few years either side.
const DATES = [
  ...Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)),
  '2000-02-29', '2007-03-11', '2019-11-03', '2038-01-19', '2040-12-31',
];

describe('end and start of a day in a time zone, with Intl only', () => {
  it('match the date library for every day of a year in many zones, across DST changes', () => {
    for (const zone of ZONES) {
      for (const date of DATES) {
        for (const days of [0, 30]) expect(endOfDayAfter(date, days, zone), `${zone} ${date} +${days}`).toEqual(reference(date, days, zone, true));
        expect(startOfDayIn(date, zone), `${zone} ${date}`).toEqual(reference(date, 0, zone, false));
      }
    }
    // About 13,000 reference computations in the date library: CPU-bound, so on a loaded 2-core
    // machine it outlasts Vitest's 5 s default with nothing racing.
  }, 60_000);

  it('adds calendar days like the date library, across months, years and leap days', () => {
    for (const date of DATES) {
      for (const n of [-1, 0, 1, 6, 14, 60, 400]) expect(addCalendarDays(date, n)).toBe(format(addDays(parseISO(date), n), 'yyyy-MM-dd'));
    }
  });

  it('refuses an unknown zone, as before', () => {
    expect(() => endOfDayAfter('2026-06-01', 1, 'Mars/Olympus')).toThrow(RangeError);
  });
});
