/**
 * The `<ol>` of deadline rows. Preact draws the list element; its rows are DOM elements built by
 * deadlineRowElement (1,000 Preact row trees were most of the popup's opening time). On each
 * render every row is built afresh and compared with the one shown: an unchanged row stays, so
 * focus and the caseworker's place survive the 30-second countdown tick and clicks.
 */
import type { JSX } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { DeadlineRow } from '../../lib/tracking/deadline-row';
import { deadlineRowElement } from './deadline-row-element';

/**
 * A User Timing mark made once per page, when rows are first shown (detail: how many).
 * `npm run bench` times the real toolbar popup by it: that popup is not a page a test can watch.
 */
export const ROWS_SHOWN_MARK = 'ctm-assist:rows-shown';
let rowsShownMarked = false;

function markFirstRowsShown(rows: number): void {
  if (rowsShownMarked || rows === 0) return;
  rowsShownMarked = true;
  performance.mark(ROWS_SHOWN_MARK, { detail: { rows } });
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
  // A layout effect runs within the render, so the rows are there when the list is.
  useLayoutEffect(() => {
    if (!list.current) return;
    showRows(list.current, rows.map((row) => deadlineRowElement({ row, now, timeZone, selected: selected.has(row.complaintId), askGoneDays })));
    markFirstRowsShown(list.current.childElementCount);
  });
  return <ol ref={list} class="deadline-list" aria-label={label} onClick={onClick} onChange={onChange} />;
}
