/** The case's due moment in the panel: `time[data-due]` with its clock state and where the budget comes from. */
import type { PanelDeadline } from '../lib/messages';
import { budgetProvenance } from '../lib/deadlines/budgets';
import { countdown } from '../lib/deadlines/countdown';

const CLOCK_TEXT = {
  running: 'The plan’s clock is running.',
  paused: 'The clock is paused while CMS acts on the category or issue-level request (SOP I.4, J.4).',
  stopped: 'The clock is stopped: the case is closed or has left the plan.',
} as const;

/** "2026-11-04T23:59:59-05:00" → "11/04/2026 11:59 PM" in the plan's own time zone. */
function shownInPlanZone(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  const hour = Number(m[4]);
  return `${m[2]}/${m[3]}/${m[1]} ${hour % 12 || 12}:${m[5]} ${hour < 12 ? 'AM' : 'PM'}`;
}

type DeadlineViewProps = {
  deadline?: PanelDeadline;
  /** `page`: computed in the panel from the page alone; `background`: the background's answer (pauses, settings, policy). */
  from?: 'page' | 'background';
  /** Why the background's figure differs from the one first shown, in words. */
  change?: string;
  now: number;
  timeZone: string;
};

export function DeadlineView({ deadline, from = 'background', change, now, timeZone }: DeadlineViewProps) {
  if (!deadline) {
    return (
      <section class="ctm-section ctm-deadline" aria-label="Deadline">
        <p class="ctm-muted">Deadline: waiting for the background worker…</p>
      </section>
    );
  }
  if (!deadline.ok) {
    return (
      <section class="ctm-section ctm-deadline" aria-label="Deadline">
        <p class="ctm-notice" data-due-problem="">Deadline unknown: {deadline.reason}.</p>
      </section>
    );
  }
  const overdue = deadline.clock === 'running' && now > deadline.dueMs;
  return (
    <section class={`ctm-section ctm-deadline${overdue ? ' ctm-overdue' : ''}`} aria-label="Deadline">
      <p class="ctm-due-line">
        <strong>Due </strong>
        <time dateTime={deadline.iso} data-due={deadline.iso} data-clock={deadline.clock} data-overdue={String(overdue)} data-budget-provenance={budgetProvenance(deadline.budgetSource)} data-due-from={from}>
          {shownInPlanZone(deadline.iso)}
        </time>{' '}
        <span class="ctm-muted">({timeZone})</span>
        {deadline.clock === 'running' && <span class="ctm-countdown"> · {countdown(deadline.dueMs, now)}</span>}
      </p>
      <p class="ctm-small">
        {deadline.budgetDays} calendar days from assignment ({deadline.budgetSource}). {CLOCK_TEXT[deadline.clock]}
      </p>
      {change && (
        <p class="ctm-notice" data-due-change="">
          {change}
        </p>
      )}
      {deadline.usedReceivedDate && (
        <p class="ctm-notice">The page shows no assignment date, so the received date stands in.</p>
      )}
    </section>
  );
}
