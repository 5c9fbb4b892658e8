/** One tracked case on the deadline checklist. */
import { countdown } from '../../lib/deadlines/countdown';
import type { DeadlineRow } from '../../lib/tracking/deadline-row';
import { CLOCK_LABEL, formatDue, ISSUE_LEVEL_LABEL } from './labels';

export interface DeadlineRowProps {
  row: DeadlineRow;
  now: number;
  timeZone: string;
  selected: boolean;
  onSelect: (complaintId: string, selected: boolean) => void;
  onOpen: (complaintId: string) => void;
  onDone: (complaintId: string) => void;
  onUndo: (complaintId: string) => void;
}

export function DeadlineRowView({ row, now, timeZone, selected, onSelect, onOpen, onDone, onUndo }: DeadlineRowProps) {
  const id = row.complaintId;
  const checkboxId = `select-${id}`;
  const when = row.dueMs === undefined ? undefined : formatDue(row.dueMs, timeZone);
  const dueText =
    row.dueMs === undefined ? '' : row.clock === 'paused' ? 'paused' : row.clock === 'stopped' ? 'stopped' : countdown(row.dueMs, now);
  return (
    <li class={`deadline-row${row.overdue ? ' is-overdue' : ''}`} data-case={id} data-overdue={row.overdue ? 'true' : 'false'} data-status={row.status}>
      <input
        type="checkbox"
        id={checkboxId}
        checked={selected}
        onChange={(e) => onSelect(id, (e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={checkboxId} class="deadline-id">
        Complaint {id}
        {row.contractNumber ? <span class="deadline-contract"> · {row.contractNumber}</span> : null}
      </label>
      <div class="deadline-due">
        {row.dueMs !== undefined && row.dueIso !== undefined ? (
          <time data-due datetime={row.dueIso} data-clock={row.clock} title={when}>
            {dueText}
          </time>
        ) : (
          <span data-due-missing>{row.dueProblem ?? 'No due moment'}</span>
        )}
        {when ? <span class="deadline-when"> {when}</span> : null}
        {row.usedReceivedDate ? <span class="deadline-note"> (from the received date: no assignment date shown)</span> : null}
      </div>
      <div class="deadline-facts">
        <span data-issue-level={row.issueLevel ?? 'none'}>{ISSUE_LEVEL_LABEL[row.issueLevel ?? 'none']}</span>
        {row.budgetDays !== undefined ? (
          <span class="deadline-budget" title={`Source: ${row.budgetSource ?? ''}`}>
            {' '}
            · {row.budgetDays} days ({row.budgetSource})
          </span>
        ) : null}
        {row.scenario ? <span data-row-scenario={row.scenario}> · Scenario {row.scenario}</span> : null}
        <span data-clock-state={row.clock}> · {CLOCK_LABEL[row.clock]}</span>
      </div>
      <p class="deadline-next" data-next-step>
        {row.nextStep}
        {row.nextStepSop ? <span class="deadline-sop"> (SOP {row.nextStepSop})</span> : null}
      </p>
      <div class="deadline-actions">
        <button type="button" data-open-case={id} aria-label={`Open case, complaint ${id}`} onClick={() => onOpen(id)}>
          Open case
        </button>
        {row.status === 'done' ? (
          <button type="button" data-undo={id} aria-label={`Undo done, complaint ${id}`} onClick={() => onUndo(id)}>
            Undo done
          </button>
        ) : (
          <button type="button" data-mark-done={id} aria-label={`Mark done, complaint ${id}`} onClick={() => onDone(id)}>
            Mark done
          </button>
        )}
      </div>
    </li>
  );
}
