/**
 * Resolved within budget and late per month for one issue level, as stacked bars in plain SVG;
 * a table says the same to screen readers (the bars are hidden from them).
 */
import type { IssueLevel } from '../../lib/case';
import { monthLabel } from '../../lib/report/periods';
import type { MonthBars } from '../../lib/report/timeliness';
import { LEVEL_NAMES } from './labels';

const WIDTH = 360;
const HEIGHT = 150;
const TOP = 14;
const BOTTOM = 30;
const LEFT = 4;

export function TimelinessChart({ level, months }: { level: IssueLevel; months: readonly MonthBars[] }) {
  const max = Math.max(1, ...months.map((m) => m.levels[level].onTime + m.levels[level].late));
  const slot = (WIDTH - LEFT) / months.length;
  const scale = (HEIGHT - TOP - BOTTOM) / max;
  const caption = `${LEVEL_NAMES[level]}: resolved within budget and late, per month`;
  const id = `chart-${level}`;
  return (
    <figure class="report-chart" data-report-chart={level} aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
        <line x1={LEFT} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} class="axis" />
        {months.map((m, i) => {
          const { onTime, late } = m.levels[level];
          const x = LEFT + i * slot + slot * 0.15;
          const w = slot * 0.7;
          const base = HEIGHT - BOTTOM;
          const hOn = onTime * scale;
          const hLate = late * scale;
          return (
            <g key={m.month} data-chart-month={m.month} data-on-time={String(onTime)} data-late={String(late)}>
              <rect class="bar-on-time" x={x} y={base - hOn} width={w} height={hOn} />
              <rect class="bar-late" x={x} y={base - hOn - hLate} width={w} height={hLate} />
              {onTime + late > 0 ? (
                <text x={x + w / 2} y={base - hOn - hLate - 3} class="bar-count">
                  {onTime + late}
                </text>
              ) : null}
              <text x={x + w / 2} y={HEIGHT - BOTTOM + 12} class="bar-label">
                {monthLabel(m.month).slice(0, 3)}
              </text>
              {i === 0 || m.month.endsWith('-01') ? (
                <text x={x + w / 2} y={HEIGHT - BOTTOM + 24} class="bar-label">
                  {m.month.slice(0, 4)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <table class="sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Within budget</th>
            <th scope="col">Late</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month)}</th>
              <td>{m.levels[level].onTime}</td>
              <td>{m.levels[level].late}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
