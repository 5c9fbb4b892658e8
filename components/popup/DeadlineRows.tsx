/**
 * The `<ol>` of deadline rows. Preact draws the list element; its rows are DOM elements built by
 * deadlineRowElement (1,000 Preact row trees were most of the popup's opening time). On each
 * render every row is built afresh and compared with the one shown: an unchanged row stays, so
 * focus and the caseworker's place survive the 30-second countdown tick and clicks.
 *
 * When a long list is first drawn, the rows that fill the popup go in at once and the rest right
 * after the first paint: building and laying out 1,000 rows is most of the popup's opening time,
 * and the caseworker first sees only the top of the list.
 */
import type { JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { DeadlineRow } from '../../lib/tracking/deadline-row';
import { deadlineRowElement } from './deadline-row-element';

/**
 * User Timing marks made once per page (detail: how many rows): when rows are first shown, and
 * when every row of that first list is in. `npm run bench` times the real toolbar popup by them:
 * that popup is not a page a test can watch.
 */
export const ROWS_SHOWN_MARK = 'ctm-assist:rows-shown';
export const ALL_ROWS_MARK = 'ctm-assist:rows-all';

/** Rows drawn before the first paint: more than a 600-pixel popup or a tall tab shows (rows are 60–110 px). */
export const FIRST_ROWS = 20;

const marked = new Set<string>();

function markOnce(name: string, rows: number): void {
  if (marked.has(name) || rows === 0) return;
  marked.add(name);
  performance.mark(name, { detail: { rows } });
}

/** Runs `work` after the next paint (a hidden page paints, and so runs it, when shown); returns a cancel function. */
function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export interface DeadlineRowsProps {
  rows: readonly DeadlineRow[];
  now: number;
  timeZone: string;
  selected: ReadonlySet<string>;
  /** Days unopened before a handed-over case is asked about. */
  askGoneDays?: number;
  label: string;
  onClick: (e: JSX.TargetedMouseEvent<HTMLOListElement>) => void;
  onChange: (e: JSX.TargetedEvent<HTMLOListElement>) => void;
}

/** Makes `list`'s rows `next`, keeping each shown row that equals its new version. */
function showRows(list: HTMLOListElement, next: HTMLLIElement[]): void {
  const shown = new Map<string, HTMLLIElement>();
  for (const li of list.children as HTMLCollectionOf<HTMLLIElement>) shown.set(li.dataset.case!, li);
  if (shown.size === 0) {
    list.append(...next);
    return;
  }
  const rows = next.map((li) => {
    const old = shown.get(li.dataset.case!);
    if (!old || !old.isEqualNode(li)) return li;
    shown.delete(li.dataset.case!);
    // isEqualNode compares attributes, not the live check state.
    (old.firstElementChild as HTMLInputElement).checked = (li.firstElementChild as HTMLInputElement).checked;
    return old;
  });
  for (const stale of shown.values()) stale.remove();
  // Kept rows stay where they are unless the order changed; new ones go in between.
  let at = list.firstElementChild;
  for (const li of rows) {
    if (li === at) at = at.nextElementSibling;
    else list.insertBefore(li, at);
  }
}

export function DeadlineRows({ rows, now, timeZone, selected, askGoneDays, label, onClick, onChange }: DeadlineRowsProps) {
  const list = useRef<HTMLOListElement>(null);
  // A layout effect runs within the render, so the first rows are there when the list is.
  useLayoutEffect(() => {
    const ol = list.current;
    if (!ol) return;
    const build = (row: DeadlineRow) => deadlineRowElement({ row, now, timeZone, selected: selected.has(row.complaintId), askGoneDays });
    if (ol.childElementCount > 0 || rows.length <= FIRST_ROWS) {
      showRows(ol, rows.map(build));
      markOnce(ROWS_SHOWN_MARK, ol.childElementCount);
      markOnce(ALL_ROWS_MARK, ol.childElementCount);
      return;
    }
    ol.append(...rows.slice(0, FIRST_ROWS).map(build));
    markOnce(ROWS_SHOWN_MARK, FIRST_ROWS);
    // A render before then cancels this; its own effect then builds every row against the first ones.
    return afterNextPaint(() => {
      ol.append(...rows.slice(FIRST_ROWS).map(build));
      markOnce(ALL_ROWS_MARK, ol.childElementCount);
    });
  });
  return <ol ref={list} class="deadline-list" aria-label={label} onClick={onClick} onChange={onChange} />;
}
