/**
 * Open cases due per day for the next two weeks: bars for the eye, a table for screen readers
 * (the bars are hidden from them so nothing is read twice).
 */
import type { DayCount } from '../../lib/tracking/filters';

export interface DueChartProps {
  days: readonly DayCount[];
  overdue: number;
}

const weekday = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'numeric', day: 'numeric', timeZone: 'UTC' });

/** "Wed 6/3" for a YYYY-MM-DD date (a calendar date, so formatted as UTC). */
function dayLabel(date: string): string {
  return weekday.format(new Date(`${date}T12:00:00Z`)).replace(',', '');
}

export function DueChart({ days, overdue }: DueChartProps) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((n, d) => n + d.count, 0);
  const caption = `Open cases due per day, next ${days.length} days: ${total} due${overdue > 0 ? `, ${overdue} overdue` : ''}`;
  return (
    <figure class="due-chart" data-due-chart aria-labelledby="due-chart-caption">
      <figcaption id="due-chart-caption">{caption}</figcaption>
      <div class="due-chart-bars" aria-hidden="true">
        {days.map((d) => (
          <div class="due-chart-day" key={d.date} data-chart-day={d.date} data-count={String(d.count)}>
            <span class="due-chart-count">{d.count}</span>
            <span class="due-chart-track">
              <span class="due-chart-bar" style={{ height: `${(d.count / max) * 100}%` }} />
            </span>
            <span class="due-chart-label">{dayLabel(d.date)}</span>
          </div>
        ))}
      </div>
      <table class="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Cases due</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <th scope="row">{dayLabel(d.date)}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
