/**
 * A long list shows the rows that fill the popup at once and the rest right after the first paint
 * (components/popup/DeadlineRows.tsx): the caseworker sees the top of the list sooner, and ends
 * up with the same rows, in the same order, with the same hooks, as when all are drawn at once.
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeadlineList, type DeadlineListProps } from '../../../components/popup/DeadlineList';
import { ALL_ROWS_MARK, FIRST_ROWS, ROWS_SHOWN_MARK } from '../../../components/popup/DeadlineRows';
import { deadlineRowElement } from '../../../components/popup/deadline-row-element';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';
import { trackedCase as tc } from '../../fixtures/tracked-case';
import { deadlineListProps, LIST_NOW, NY } from './deadline-list-props';

const CASES: TrackedCase[] = Array.from({ length: FIRST_ROWS * 3 }, (_, i) =>
  tc(String(1000 + i), { assignedDate: `2026-05-${String(1 + (i % 28)).padStart(2, '0')}`, issueLevel: i % 2 ? 'urgent' : 'immediate-need' }),
);

function show(overrides: Partial<DeadlineListProps> = {}): DeadlineListProps {
  const props = deadlineListProps(CASES, overrides);
  render(<DeadlineList {...props} />, document.body);
  return props;
}

const shownRows = () => [...document.querySelectorAll<HTMLLIElement>('[data-case]')];
/** After the next paint: a frame, then a task. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)));
const mark = (name: string) => performance.getEntriesByName(name)[0] as PerformanceMark | undefined;

// Marks are the page's, not the test's: another file in the same page may have left some.
beforeEach(() => performance.clearMarks());
afterEach(() => render(null, document.body));

describe('a long list drawn first screen first', () => {
  it('shows the first rows within the render, then every row in order, each as a row drawn alone', async () => {
    const props = show();
    const first = shownRows();
    expect(first).toHaveLength(FIRST_ROWS);
    expect(mark(ROWS_SHOWN_MARK)?.detail).toEqual({ rows: FIRST_ROWS });
    expect(mark(ALL_ROWS_MARK)).toBeUndefined();
    await afterPaint();
    const all = shownRows();
    expect(all).toHaveLength(CASES.length);
    expect(all.slice(0, FIRST_ROWS)).toEqual(first);
    expect(mark(ALL_ROWS_MARK)?.detail).toEqual({ rows: CASES.length });
    // Soonest due first, and every row (hooks, labels, texts) what the row builder makes alone.
    const sorted = [...props.cases].sort((a, b) => (a.dueMs ?? Infinity) - (b.dueMs ?? Infinity) || a.complaintId.localeCompare(b.complaintId));
    expect(all.map((li) => li.getAttribute('data-case'))).toEqual(sorted.map((r) => r.complaintId));
    for (const [i, li] of all.entries()) {
      expect(li.isEqualNode(deadlineRowElement({ row: sorted[i]!, now: LIST_NOW, timeZone: NY, selected: false }))).toBe(true);
    }
  });

  it('a render before the rest arrives keeps the first rows and the focus, and shows every row at once', async () => {
    show();
    const button = document.querySelector<HTMLButtonElement>('[data-mark-done]')!;
    button.focus();
    show({ selected: new Set([CASES[0]!.complaintId]) });
    expect(shownRows()).toHaveLength(CASES.length);
    expect(document.activeElement).toBe(button);
    expect(document.querySelector<HTMLInputElement>(`#select-${CASES[0]!.complaintId}`)!.checked).toBe(true);
    await afterPaint();
    // The cancelled second half does not come in again.
    expect(shownRows()).toHaveLength(CASES.length);
    expect(new Set(shownRows().map((li) => li.getAttribute('data-case'))).size).toBe(CASES.length);
  });
});
