/**
 * One tracked case on the deadline checklist, as a DOM element. The popup draws 1,000 of these
 * when it opens, and a Preact tree per row was most of its opening time. Here each DOM call
 * counts: a row is a clone of a prebuilt skeleton with its complaint ID filled in, plus its due
 * line, facts and next step, each a clone of a part built once per popup for every row that shows
 * the same (most rows share a due day, level, scenario or step). Texts go in with append(string),
 * so JavaScript never touches the text nodes. DOM calls only, no HTML strings. The row has no
 * listeners of its own (the list listens once, see rowEvent). Every node counts too (building,
 * then discarding them when the popup closes), so a row has 20, not 29.
 */
import { budgetProvenance } from '../../lib/deadlines/budgets';
import { countdown } from '../../lib/deadlines/countdown';
import { provenanceText } from '../../lib/sop/provenance';
import type { DeadlineRow } from '../../lib/tracking/deadline-row';
import { dateIn } from '../../lib/deadlines/end-of-day';
import { asksIfGone, DEFAULT_HANDED_OVER_ASK_DAYS } from '../../lib/tracking/hand-over-ask';
import { CLOCK_LABEL, formatDay, formatDue, ISSUE_LEVEL_LABEL } from './labels';

export interface DeadlineRowProps {
  row: DeadlineRow;
  now: number;
  timeZone: string;
  selected: boolean;
  /** Days unopened before a handed-over case is asked about (setting handedOverAskDays). */
  askGoneDays?: number;
}

function el(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) e.setAttribute(name, value);
  e.append(...children);
  return e;
}

/** Grey text after the main one (deadlines.css), or nothing when there is no text. */
function aside(className: string, text: string | undefined): HTMLElement[] {
  return text ? [el('span', { class: className }, text)] : [];
}

const shared = new Map<string, HTMLElement>();

/** A part many rows show alike: built the first time, cloned after. */
function sharedPart(key: string, build: () => HTMLElement): Node {
  let part = shared.get(key);
  if (!part) {
    part = build();
    if (shared.size > 5000) shared.clear();
    shared.set(key, part);
  }
  return part.cloneNode(true);
}

function dueLine(row: DeadlineRow, now: number, timeZone: string): Node {
  const when = row.dueMs === undefined ? undefined : formatDue(row.dueMs, timeZone);
  const shown =
    row.dueMs === undefined ? '' : row.clock === 'paused' ? 'paused' : row.clock === 'stopped' ? 'stopped' : countdown(row.dueMs, now);
  const budget = row.budgetSource === undefined ? undefined : budgetProvenance(row.budgetSource);
  const key = `due|${row.dueIso}|${row.clock}|${shown}|${when}|${row.usedReceivedDate}|${row.dueProblem}|${budget}`;
  const timeAttrs: Record<string, string> = { 'data-due': 'true', datetime: row.dueIso ?? '', 'data-clock': row.clock, title: when ?? '' };
  if (budget) timeAttrs['data-budget-provenance'] = budget;
  return sharedPart(key, () =>
    el(
      'div',
      { class: 'deadline-due' },
      row.dueMs !== undefined && row.dueIso !== undefined
        ? el('time', timeAttrs, shown)
        : el('span', { 'data-due-missing': 'true' }, row.dueProblem ?? 'No due moment'),
      ...aside('deadline-when', when && ` ${when}`),
      ...aside('deadline-note', row.usedReceivedDate ? ' (from the received date: no assignment date shown)' : undefined),
    ),
  );
}

/** Level, budget, scenario and clock: one line of text (one node, not nine), its codes on the line. */
function facts(row: DeadlineRow): Node {
  const level = row.issueLevel ?? 'none';
  const words = [ISSUE_LEVEL_LABEL[level]];
  if (row.budgetDays !== undefined) words.push(`${row.budgetDays} days (${row.budgetSource})`);
  if (row.scenario) words.push(`Scenario ${row.scenario}`);
  words.push(CLOCK_LABEL[row.clock]);
  const attrs: Record<string, string> = { class: 'deadline-facts', 'data-issue-level': level, 'data-clock-state': row.clock };
  if (row.scenario) attrs['data-row-scenario'] = row.scenario;
  const text = words.join(' · ');
  return sharedPart(`facts|${level}|${row.scenario}|${row.clock}|${text}`, () => el('div', attrs, text));
}

/** The next step and where it comes from, in words ("SOP L.2–L.4", "CTM Assist suggests: …") and as data-provenance. */
function nextStep(row: DeadlineRow): Node {
  const from = provenanceText(row.nextStepProvenance);
  return sharedPart(`next|${row.nextStep}|${from}`, () =>
    el(
      'p',
      { class: 'deadline-next', 'data-next-step': 'true', 'data-provenance': row.nextStepProvenance.kind },
      row.nextStep,
      ...aside('deadline-sop', ` (${from})`),
    ),
  );
}

/** A line beside the step with its own provenance, e.g. our date for L.3's range. */
function stepDetail(row: DeadlineRow): Node[] {
  const detail = row.nextStepDetail;
  if (!detail) return [];
  const words = detail.provenance.kind === 'ctm-assist' ? `CTM Assist suggests: ${detail.text}` : `${detail.text} (${provenanceText(detail.provenance)})`;
  const attrs = { class: 'deadline-detail', 'data-follow-up': detail.kind, 'data-provenance': detail.provenance.kind, title: provenanceText(detail.provenance) };
  return [sharedPart(`detail|${words}`, () => el('p', attrs, words))];
}

const DAY_MS = 86_400_000;

/**
 * A handed-over case (lib/tracking/hand-over.ts): when and under which SOP item, and, once it has
 * gone unopened for the set days, the question whether it is still in the caseworker's CTM.
 */
function handedOverParts(row: DeadlineRow, now: number, timeZone: string, askDays: number): Node[] {
  const h = row.handedOver;
  if (!h) return [];
  const on = h.atMs === undefined ? 'Handed over (date not recorded)' : `Handed over on ${formatDay(h.atMs, timeZone)}`;
  const words = `${on}: if the RO agrees, it goes to ${h.to} and you no longer see it in CTM (SOP ${h.step}).`;
  const parts: Node[] = [sharedPart(`handed|${words}`, () => el('p', { class: 'deadline-handed-over', 'data-provenance': 'sop' }, words))];
  if (asksIfGone(row, now, askDays)) {
    const days = Math.floor((now - h.lastSeenMs) / DAY_MS);
    parts.push(
      el(
        'p',
        { class: 'deadline-ask', 'data-ask-gone': row.complaintId, 'data-provenance': 'ctm-assist' },
        `Not opened for ${days} days. Is it still in your CTM list? If not, mark it gone. (CTM Assist asks once, after ${askDays} days.) `,
        el('button', { type: 'button', 'data-keep-handed-over': row.complaintId, 'aria-label': `Still there, complaint ${row.complaintId}` }, 'Still there'),
      ),
    );
  }
  return parts;
}

/** What every row has, by status: the check box, the label and the two buttons. */
const skeletons = new Map<string, HTMLElement>();

function skeleton(done: boolean): HTMLElement {
  const key = done ? 'done' : 'open';
  let s = skeletons.get(key);
  if (!s) {
    s = el(
      'li',
      { class: 'deadline-row' },
      el('input', { type: 'checkbox' }),
      el('label', { class: 'deadline-id' }),
      el('div', { class: 'deadline-actions' }, el('button', { type: 'button' }, 'Open case'), el('button', { type: 'button' }, done ? 'Undo done' : 'Mark done')),
    );
    skeletons.set(key, s);
  }
  return s;
}

// setAttribute, not dataset: dataset costs several times more, thousands of times over.
export function deadlineRowElement({ row, now, timeZone, selected, askGoneDays = DEFAULT_HANDED_OVER_ASK_DAYS }: DeadlineRowProps): HTMLLIElement {
  const done = row.status === 'done';
  const li = skeleton(done).cloneNode(true) as HTMLLIElement;
  const id = row.complaintId;
  const checkboxId = `select-${id}`;
  if (row.overdue) li.className = 'deadline-row is-overdue';
  if (row.handedOver) {
    li.className += ' is-handed-over';
    li.setAttribute('data-handed-over', row.handedOver.atMs === undefined ? '' : dateIn(row.handedOver.atMs, timeZone));
  }
  li.setAttribute('data-case', id);
  li.setAttribute('data-overdue', row.overdue ? 'true' : 'false');
  li.setAttribute('data-status', row.status);

  const checkbox = li.firstElementChild as HTMLInputElement;
  checkbox.id = checkboxId;
  checkbox.checked = selected;
  const label = checkbox.nextElementSibling!;
  label.setAttribute('for', checkboxId);
  label.append(row.contractNumber ? `Complaint ${id} · ${row.contractNumber}` : `Complaint ${id}`);

  const actions = li.lastElementChild!;
  actions.before(dueLine(row, now, timeZone), facts(row), nextStep(row), ...stepDetail(row), ...handedOverParts(row, now, timeZone, askGoneDays));
  const open = actions.firstElementChild!;
  open.setAttribute('data-open-case', id);
  open.setAttribute('aria-label', `Open case, complaint ${id}`);
  const doneOrUndo = actions.lastElementChild!;
  doneOrUndo.setAttribute(done ? 'data-undo' : 'data-mark-done', id);
  doneOrUndo.setAttribute('aria-label', `${done ? 'Undo done' : 'Mark done'}, complaint ${id}`);
  if (row.handedOver?.answer === 'gone' && done) {
    doneOrUndo.textContent = 'Undo gone';
    doneOrUndo.setAttribute('aria-label', `Undo gone, complaint ${id}`);
  } else if (row.handedOver && !done) {
    actions.append(el('button', { type: 'button', 'data-mark-gone': id, 'aria-label': `Mark gone, complaint ${id}` }, 'Mark gone'));
  }
  return li;
}

export type RowEvent =
  | { kind: 'open' | 'done' | 'undo' | 'gone' | 'keep'; complaintId: string }
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
  if (button.hasAttribute('data-mark-gone')) return { kind: 'gone', complaintId };
  if (button.hasAttribute('data-keep-handed-over')) return { kind: 'keep', complaintId };
  return undefined;
}
