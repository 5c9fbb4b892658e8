/**
 * One table of report figures (by issue level, contract or scenario): each row carries its
 * counts as data-* hooks (TEST-HOOKS.md "Report page").
 */
import type { ComponentChildren } from 'preact';
import type { Figures } from '../../lib/report/timeliness';
import { span } from './labels';

export interface FiguresRow {
  key: string;
  /** The row's header cell. */
  head: ComponentChildren;
  figures: Figures;
  /** Extra hooks on the row. */
  hooks: Record<string, string>;
}

export function FiguresTable({ caption, firstColumn, rows, id }: { caption: string; firstColumn: string; rows: FiguresRow[]; id: string }) {
  return (
    <table class="report-table" data-report-table={id}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{firstColumn}</th>
          <th scope="col">Resolved</th>
          <th scope="col">Within budget</th>
          <th scope="col">Late</th>
          <th scope="col">Late by, median</th>
          <th scope="col">Late by, worst</th>
          <th scope="col">Still open past due</th>
          <th scope="col">Clock paused</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={8}>Nothing in this period.</td>
          </tr>
        ) : (
          rows.map(({ key, head, figures: f, hooks }) => (
            <tr
              key={key}
              {...hooks}
              data-resolved={String(f.resolved)}
              data-on-time={String(f.onTime)}
              data-late={String(f.late)}
              data-open-past-due={String(f.openPastDue)}
              data-paused-ms={String(f.pausedMs)}
            >
              <th scope="row">{head}</th>
              <td>{f.resolved}</td>
              <td>{f.onTime}</td>
              <td>{f.late}</td>
              <td>{span(f.lateMedianMs)}</td>
              <td>{span(f.lateWorstMs)}</td>
              <td>{f.openPastDue}</td>
              <td>{span(f.pausedMs)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
