/**
 * The report's period picker and headings as the caseworker sees them: month and quarter names,
 * the months and quarters offered, and each period's first and last day.
 */
import { describe, expect, it } from 'vitest';
import { monthLabel, monthOf, parsePeriod, periodDates, periodKey, periodLabel, quarterOf, recentPeriods } from '../../../lib/report/periods';

describe('report periods as shown', () => {
  it('months and quarters are named in full, and in short on the chart', () => {
    expect(periodLabel(parsePeriod('2026-01')!)).toBe('January 2026');
    expect(periodLabel(parsePeriod('2026-12')!)).toBe('December 2026');
    expect(periodLabel(parsePeriod('2026-Q1')!)).toBe('Q1 2026 (Jan–Mar)');
    expect(periodLabel(parsePeriod('2026-Q3')!)).toBe('Q3 2026 (Jul–Sep)');
    expect(monthLabel('2026-11')).toBe('Nov 2026');
    expect(monthLabel('2026-01')).toBe('Jan 2026');
  });

  it('a key reads back as the same period; month 00 and malformed keys are refused', () => {
    for (const key of ['2026-01', '2026-09', '2026-12', '2026-Q1', '2026-Q4']) expect(periodKey(parsePeriod(key)!)).toBe(key);
    for (const key of ['2026-00', '2026-1', '26-01', '2026-Q0', '2026-q1', ' 2026-01', '2026-01x', 'x2026-Q1', '2026-Q1x']) expect(parsePeriod(key)).toBeUndefined();
  });

  it('a quarter key reads as that quarter of that year', () => {
    expect(parsePeriod('2026-Q2')).toEqual({ kind: 'quarter', year: 2026, quarter: 2 });
    expect(parsePeriod('2026-02')).toEqual({ kind: 'month', year: 2026, month: 2 });
  });

  it('each month and quarter runs from its first calendar day to its last', () => {
    expect(periodDates(parsePeriod('2026-12')!)).toEqual({ first: '2026-12-01', last: '2026-12-31' });
    expect(periodDates(parsePeriod('2026-11')!)).toEqual({ first: '2026-11-01', last: '2026-11-30' });
    expect(periodDates(parsePeriod('2027-02')!)).toEqual({ first: '2027-02-01', last: '2027-02-28' });
    expect(periodDates(parsePeriod('2026-Q1')!)).toEqual({ first: '2026-01-01', last: '2026-03-31' });
    expect(periodDates(parsePeriod('2026-Q3')!)).toEqual({ first: '2026-07-01', last: '2026-09-30' });
  });

  it('the month and quarter a date falls in', () => {
    expect(monthOf('2026-03-31')).toEqual({ kind: 'month', year: 2026, month: 3 });
    expect(quarterOf('2026-03-31')).toEqual({ kind: 'quarter', year: 2026, quarter: 1 });
    expect(quarterOf('2026-04-01')).toEqual({ kind: 'quarter', year: 2026, quarter: 2 });
    expect(quarterOf('2026-12-01')).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
  });

  it('the picker offers 24 months by default, and reaches back to the oldest data when that is older', () => {
    const offered = recentPeriods('2026-12-05').map(periodKey);
    expect(offered.slice(0, 2)).toEqual(['2026-12', '2026-11']);
    expect(offered.filter((k) => !k.includes('Q'))).toHaveLength(24);
    expect(offered.at(-1)).toBe('2025-Q1');
    const back = recentPeriods('2026-12-05', 3, '2026-06-15').map(periodKey);
    expect(back).toEqual(['2026-12', '2026-11', '2026-10', '2026-09', '2026-08', '2026-07', '2026-06', '2026-Q4', '2026-Q3', '2026-Q2']);
    expect(recentPeriods('2026-12-05', 3, '2027-01-01').map(periodKey)).toEqual(['2026-12', '2026-11', '2026-10', '2026-Q4']);
    // Oldest data in November of the year before: 14 months, across the year end.
    const lastYear = recentPeriods('2026-12-05', 3, '2025-11-20').map(periodKey);
    expect(lastYear.filter((k) => !k.includes('Q'))).toHaveLength(14);
    expect(lastYear.slice(12)).toEqual(['2025-12', '2025-11', '2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4']);
  });
});
