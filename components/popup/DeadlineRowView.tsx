/**
 * One tracked case on the deadline checklist. Built for lists of 1,000 rows: each text run is one
 * text node, and the row has no listeners of its own (the list listens once, see rowEvent).
 */
import { countdown } from '../../lib/deadlines/countdown';
import type { DeadlineRow } from '../../lib/tracking/deadline-row';
import { CLOCK_LABEL, formatDue, ISSUE_LEVEL_LABEL } from './labels';

export interface DeadlineRowProps {
  row: DeadlineRow;
  now: number;
  timeZone: string;
  selected: boolean;
}

/** A plain function, not a component: a component instance per row costs time and memory. */
export function deadlineRowView({ row, now, timeZone, selected }: DeadlineRowProps) {
  const id = row.complaintId;
  const checkboxId = `select-${id}`;
  const when = row.dueMs === undefined ? undefined : formatDue(row.dueMs, timeZone);
  const dueText =
    row.dueMs === undefined ? '' : row.clock === 'paused' ? 'paused' : row.clock === 'stopped' ? 'stopped' : countdown(row.dueMs, now);
  return (
    <li key={id} class={row.overdue ? 'deadline-row is-overdue' : 'deadline-row'} data-case={id} data-overdue={row.overdue ? 'true' : 'false'} data-status={row.status}>
      <input type="checkbox" id={checkboxId} checked={selected} />
      <label for={checkboxId} class="deadline-id">
        {`Complaint ${id}`}
        {row.contractNumber ? <span class="deadline-contract">{` · ${row.contractNumber}`}</span> : null}
      </label>
      <div class="deadline-due">
        {row.dueMs !== undefined && row.dueIso !== undefined ? (
          <time data-due datetime={row.dueIso} data-clock={row.clock} title={when}>
            {dueText}
          </time>
        ) : (
          <span data-due-missing>{row.dueProblem ?? 'No due moment'}</span>
        )}
        {when ? <span class="deadline-when">{` ${when}`}</span> : null}
        {row.usedReceivedDate ? <span class="deadline-note"> (from the received date: no assignment date shown)</span> : null}
      </div>
      <div class="deadline-facts">
        <span data-issue-level={row.issueLevel ?? 'none'}>{ISSUE_LEVEL_LABEL[row.issueLevel ?? 'none']}</span>
        {row.budgetDays !== undefined ? (
          <span class="deadline-budget" title={`Source: ${row.budgetSource ?? ''}`}>
            {` · ${row.budgetDays} days (${row.budgetSource})`}
          </span>
        ) : null}
        {row.scenario ? <span data-row-scenario={row.scenario}>{` · Scenario ${row.scenario}`}</span> : null}
        <span data-clock-state={row.clock}>{` · ${CLOCK_LABEL[row.clock]}`}</span>
      </div>
      <p class="deadline-next" data-next-step>
        {row.nextStep}
        {row.nextStepSop ? <span class="deadline-sop">{` (SOP ${row.nextStepSop})`}</span> : null}
      </p>
      <div class="deadline-actions">
        <button type="button" data-open-case={id} aria-label={`Open case, complaint ${id}`}>
          Open case
        </button>
        {row.status === 'done' ? (
          <button type="button" data-undo={id} aria-label={`Undo done, complaint ${id}`}>
            Undo done
          </button>
        ) : (
          <button type="button" data-mark-done={id} aria-label={`Mark done, complaint ${id}`}>
            Mark done
          </button>
        )}
      </div>
    </li>
  );
}

export type RowEvent =
  | { kind: 'open' | 'done' | 'undo'; complaintId: string }
  | { kind: 'select'; complaintId: string; selected: boolean };

/** What a click or change inside the list means, read from the row's hooks (one listener for 1,000 rows). */
export function rowEvent(target: EventTarget | null): RowEvent | undefined {
  if (!(target instanceof Element)) return undefined;
  const row = target.closest<HTMLElement>('[data-case]');
  const complaintId = row?.dataset.case;
  if (complaintId === undefined) return undefined;
  if (target instanceof HTMLInputElement && target.type === 'checkbox') return { kind: 'select', complaintId, selected: target.checked };
  const button = target.closest('button');
  if (!button) return undefined;
  if (button.hasAttribute('data-open-case')) return { kind: 'open', complaintId };
  if (button.hasAttribute('data-mark-done')) return { kind: 'done', complaintId };
  if (button.hasAttribute('data-undo')) return { kind: 'undo', complaintId };
  return undefined;
}
