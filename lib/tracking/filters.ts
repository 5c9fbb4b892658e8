/**
 * The popup's filters and the cases-due-per-day series for its chart. Days are calendar days in
 * the plan's time zone.
 */
import { addCalendarDays, dateIn, endOfDayAfter } from '../deadlines/end-of-day';
import type { DeadlineRow } from './deadline-row';

export const FILTERS = ['overdue', 'today', 'week', 'all', 'done'] as const;
export type DeadlineFilter = (typeof FILTERS)[number];

export const FILTER_LABELS: Record<DeadlineFilter, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'This week',
  all: 'All open',
  done: 'Marked done',
};

/**
 * overdue: past due and open. today: due by the end of today (overdue included, they need doing
 * today too). week: due by the end of the 7th day from today. all: every open case.
 * done: cases the caseworker marked done, so the mark can be undone.
 */
export function filterRows(rows: readonly DeadlineRow[], filter: DeadlineFilter, now: number, timeZone: string): DeadlineRow[] {
  if (filter === 'done') return rows.filter((r) => r.status === 'done');
  const open = rows.filter((r) => r.active);
  if (filter === 'all') return open;
  if (filter === 'overdue') return open.filter((r) => r.overdue);
  const today = dateIn(now, timeZone);
  const limit = endOfDayAfter(today, filter === 'today' ? 0 : 6, timeZone).ms;
  // A case without a due moment is never due by a date (as compareRows orders it).
  return open.filter((r) => (r.dueMs ?? Number.POSITIVE_INFINITY) <= limit);
}

export interface DayCount {
  /** YYYY-MM-DD in the plan's time zone. */
  date: string;
  count: number;
}

/** Open cases due on each of the next `days` days (today first), and how many are overdue. */
export function casesDuePerDay(
  rows: readonly DeadlineRow[],
  now: number,
  timeZone: string,
  days = 14,
): { overdue: number; days: DayCount[] } {
  const today = dateIn(now, timeZone);
  const series: DayCount[] = [];
  const index = new Map<string, DayCount>();
  for (let i = 0; i < days; i++) {
    const day = { date: addCalendarDays(today, i), count: 0 };
    series.push(day);
    index.set(day.date, day);
  }
  let overdue = 0;
  for (const row of rows) {
    if (!row.active || row.dueMs === undefined) continue;
    if (row.overdue) {
      overdue += 1;
      continue;
    }
    const day = index.get(dateIn(row.dueMs, timeZone));
    if (day) day.count += 1;
  }
  return { overdue, days: series };
}
