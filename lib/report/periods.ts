/**
 * Report periods: a calendar month or quarter, as calendar dates. Their bounds are instants in the
 * plan's time zone (start of the first day, start of the day after the last).
 */
import { addCalendarDays, startOfDayIn } from '../deadlines/end-of-day';

export type Period = { kind: 'month'; year: number; month: number } | { kind: 'quarter'; year: number; quarter: number };

/** "2026-11" or "2026-Q4". */
export function periodKey(p: Period): string {
  return p.kind === 'month' ? `${p.year}-${String(p.month).padStart(2, '0')}` : `${p.year}-Q${p.quarter}`;
}

export function parsePeriod(key: string): Period | undefined {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return { kind: 'month', year: Number(month[1]), month: Number(month[2]) };
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return { kind: 'quarter', year: Number(quarter[1]), quarter: Number(quarter[2]) };
  return undefined;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function periodLabel(p: Period): string {
  return p.kind === 'month' ? `${MONTH_NAMES[p.month - 1]} ${p.year}` : `Q${p.quarter} ${p.year} (${MONTH_NAMES[p.quarter * 3 - 3]!.slice(0, 3)}–${MONTH_NAMES[p.quarter * 3 - 1]!.slice(0, 3)})`;
}

/** "Nov 2026" for "2026-11". */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]!.slice(0, 3)} ${month.slice(0, 4)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last calendar date (YYYY-MM-DD). */
export function periodDates(p: Period): { first: string; last: string } {
  const firstMonth = p.kind === 'month' ? p.month : p.quarter * 3 - 2;
  const months = p.kind === 'month' ? 1 : 3;
  // Day 0 of the month after is the period's last day; month 12 (0-based) rolls into January of the next year.
  const last = new Date(Date.UTC(p.year, firstMonth - 1 + months, 0)).toISOString().slice(0, 10);
  return { first: `${p.year}-${pad(firstMonth)}-01`, last };
}

/** The period's instants in the zone: [startMs, endMs). */
export function periodBounds(p: Period, timeZone: string): { startMs: number; endMs: number } {
  const { first, last } = periodDates(p);
  return { startMs: startOfDayIn(first, timeZone).ms, endMs: startOfDayIn(addCalendarDays(last, 1), timeZone).ms };
}

/** The `count` months (YYYY-MM) ending with the period's last month, oldest first. */
export function monthsEndingWith(p: Period, count: number): string[] {
  const lastMonth = p.kind === 'month' ? p.month : p.quarter * 3;
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = p.year * 12 + (lastMonth - 1) - i;
    out.push(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`);
  }
  return out;
}

/** The month containing `date` (YYYY-MM-DD), and the quarter. */
export function monthOf(date: string): Period {
  return { kind: 'month', year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}
export function quarterOf(date: string): Period {
  return { kind: 'quarter', year: Number(date.slice(0, 4)), quarter: Math.ceil(Number(date.slice(5, 7)) / 3) };
}

/**
 * Periods to pick from, newest first: the months from `earliest` (the oldest date in the data;
 * at least `months` back) to today's, then the quarters they touch.
 */
export function recentPeriods(today: string, months = 24, earliest?: string): Period[] {
  // An earliest date in or after today's month gives a span of at most 1, never more than `months`.
  const span = earliest ? (Number(today.slice(0, 4)) - Number(earliest.slice(0, 4))) * 12 + Number(today.slice(5, 7)) - Number(earliest.slice(5, 7)) + 1 : 0;
  const monthList = monthsEndingWith(monthOf(today), Math.max(months, span)).reverse().map((m) => monthOf(`${m}-01`));
  const quarters: Period[] = [];
  const seen = new Set<string>();
  for (const m of monthList) {
    const q = quarterOf(`${periodKey(m)}-01`);
    if (!seen.has(periodKey(q))) {
      seen.add(periodKey(q));
      quarters.push(q);
    }
  }
  return [...monthList, ...quarters];
}
