/**
 * The popup's deadline checklist: filters, rows soonest due first, selection for one email naming several cases,
 * exports. Props in, events out; the popup entrypoint owns storage and messaging.
 */
import type { DeadlineRow } from '../../lib/tracking/deadline-row';
import { compareRows } from '../../lib/tracking/deadline-row';
import { type DeadlineFilter, FILTER_LABELS, FILTERS, filterRows } from '../../lib/tracking/filters';
import { SEVERAL_CASE_EMAILS } from '../../lib/email/several-case-emails';
import type { TemplateId } from '../../lib/email/templates';
import { rowEvent } from './deadline-row-element';
import { DeadlineRows } from './DeadlineRows';

export interface DeadlineListProps {
  /** Every tracked case with its deadline computed (lib/tracking/deadline-row). */
  cases: readonly DeadlineRow[];
  now: number;
  timeZone: string;
  filter: DeadlineFilter;
  onFilter: (filter: DeadlineFilter) => void;
  onOpen: (complaintId: string) => void;
  onDone: (complaintId: string) => void;
  onUndo: (complaintId: string) => void;
  /** A handed-over case is gone from the caseworker's CTM, or still there (lib/tracking/hand-over.ts). */
  onHandOver?: (complaintId: string, answer: 'gone' | 'kept') => void;
  /** Days unopened before a handed-over case is asked about (setting handedOverAskDays). */
  askGoneDays?: number;
  selected: ReadonlySet<string>;
  onSelect: (complaintId: string, selected: boolean) => void;
  /** SOP F.4, G.5.b: one email naming every selected complaint (lib/email/several-case-emails.ts). */
  onEmailSelected?: (complaintIds: string[], templateId: TemplateId) => void;
  onExportCsv?: () => void;
  onExportIcs?: () => void;
  /** A storage problem to show (data set aside), from the tracked-case store. */
  problem?: string;
  /** Offered with the problem: clear the `unreadable` data tracking waits for, or the `set-aside` copies. */
  clear?: 'unreadable' | 'set-aside';
  onClear?: () => void;
}

const CLEAR_LABELS = { unreadable: 'Clear the unreadable copy', 'set-aside': 'Clear the set-aside copies' } as const;

export function DeadlineList(props: DeadlineListProps) {
  const { cases, now, timeZone, filter, selected } = props;
  const counts = Object.fromEntries(FILTERS.map((f) => [f, filterRows(cases, f, now, timeZone).length])) as Record<DeadlineFilter, number>;
  const shown = filterRows(cases, filter, now, timeZone).sort(compareRows);
  const selectedIds = [...selected].filter((id) => cases.some((c) => c.complaintId === id));
  const onRowClick = (e: Event) => {
    const event = rowEvent(e.target);
    if (event?.kind === 'open') props.onOpen(event.complaintId);
    else if (event?.kind === 'done') props.onDone(event.complaintId);
    else if (event?.kind === 'undo') props.onUndo(event.complaintId);
    else if (event?.kind === 'gone') props.onHandOver?.(event.complaintId, 'gone');
    else if (event?.kind === 'keep') props.onHandOver?.(event.complaintId, 'kept');
  };
  const onRowChange = (e: Event) => {
    const event = rowEvent(e.target);
    if (event?.kind === 'select') props.onSelect(event.complaintId, event.selected);
  };
  return (
    <section class="deadlines" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">Deadlines</h2>
      {props.problem ? (
        <div class="deadlines-problem" role="alert" data-store-problem>
          <p>{props.problem}</p>
          {props.clear && props.onClear ? (
            <button type="button" data-clear-unreadable={props.clear} onClick={props.onClear}>
              {CLEAR_LABELS[props.clear]}
            </button>
          ) : null}
        </div>
      ) : null}
      <div class="deadline-filters" role="group" aria-label="Show">
        {FILTERS.map((f) => (
          <button type="button" key={f} data-filter={f} aria-pressed={f === filter ? 'true' : 'false'} onClick={() => props.onFilter(f)}>
            {FILTER_LABELS[f]} ({counts[f]})
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p class="deadlines-empty" data-deadlines-empty>
          {cases.length === 0 ? 'No complaints tracked yet. Open a complaint in CTM and it appears here.' : 'Nothing in this view.'}
        </p>
      ) : (
        <DeadlineRows
          rows={shown}
          now={now}
          timeZone={timeZone}
          selected={selected}
          askGoneDays={props.askGoneDays}
          label={`${FILTER_LABELS[filter]}, soonest due first`}
          onClick={onRowClick}
          onChange={onRowChange}
        />
      )}
      <div class="deadline-tools">
        {props.onEmailSelected
          ? SEVERAL_CASE_EMAILS.map(({ templateId, title }) => (
              <button
                type="button"
                key={templateId}
                data-email-selected={templateId}
                disabled={selectedIds.length === 0}
                onClick={() => props.onEmailSelected?.(selectedIds, templateId)}
              >
                {title} ({selectedIds.length} selected)
              </button>
            ))
          : null}
        {props.onExportCsv ? (
          <button type="button" data-export-csv onClick={props.onExportCsv}>
            Export CSV
          </button>
        ) : null}
        {props.onExportIcs ? (
          <button type="button" data-export-ics onClick={props.onExportIcs}>
            Export calendar (.ics)
          </button>
        ) : null}
      </div>
    </section>
  );
}
