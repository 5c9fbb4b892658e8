import { describe, expect, it } from 'vitest';
import { monthsEndingWith, parsePeriod, periodBounds, periodDates, periodKey, periodLabel, recentPeriods } from '../../../lib/report/periods';

describe('report periods', () => {
  it('a quarter runs from its first day to its last, bounded by local midnights in the plan’s zone', () => {
    const q = parsePeriod('2026-Q4')!;
    expect(periodDates(q)).toEqual({ first: '2026-10-01', last: '2026-12-31' });
    // October starts in EDT (-04:00), January in EST (-05:00).
    expect(periodBounds(q, 'America/New_York')).toEqual({ startMs: Date.parse('2026-10-01T04:00:00Z'), endMs: Date.parse('2027-01-01T05:00:00Z') });
    expect(periodLabel(q)).toBe('Q4 2026 (Oct–Dec)');
  });

  it('February of a leap year, and 12 months back across a year end', () => {
    expect(periodDates(parsePeriod('2028-02')!)).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthsEndingWith(parsePeriod('2027-Q1')!, 4)).toEqual(['2026-12', '2027-01', '2027-02', '2027-03']);
  });

  it('refuses what is not a month or quarter, and offers recent months then quarters, newest first', () => {
    expect(parsePeriod('2026-13')).toBeUndefined();
    expect(parsePeriod('2026-Q5')).toBeUndefined();
    const keys = recentPeriods('2026-12-05', 3).map(periodKey);
    expect(keys).toEqual(['2026-12', '2026-11', '2026-10', '2026-Q4']);
  });
});
