/**
 * The list's rows are DOM-built (components/popup/DeadlineRows.tsx): a re-render keeps every row
 * whose content did not change, so focus and check boxes survive the countdown tick and clicks.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DeadlineList, type DeadlineListProps } from '../../../components/popup/DeadlineList';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';
import { trackedCase as tc } from '../../fixtures/tracked-case';
import { deadlineListProps, LIST_NOW as now } from './deadline-list-props';

const CASES = [
  tc('100'),
  tc('200', { issueLevel: 'immediate-need', assignedDate: '2026-05-30', scenario: 'L' }),
  tc('300', { assignedDate: '2026-05-31' }),
];

function show(cases: TrackedCase[], overrides: Partial<DeadlineListProps> = {}) {
  render(<DeadlineList {...deadlineListProps(cases, overrides)} />, document.body);
}

const row = (id: string) => document.querySelector<HTMLLIElement>(`[data-case="${id}"]`)!;
const ids = () => [...document.querySelectorAll('[data-case]')].map((e) => e.getAttribute('data-case'));

afterEach(() => render(null, document.body));

describe('DeadlineRows', () => {
  it('keeps unchanged rows and focus across a re-render, and replaces a row whose text changed', () => {
    show(CASES);
    const [first, second, third] = ['200', '300', '100'].map(row);
    expect(ids()).toEqual(['200', '300', '100']);
    row('100').querySelector<HTMLButtonElement>('[data-mark-done]')!.focus();
    // One minute later: "overdue by 1 d 12 h" and "due in 5 d" read the same; "due in 1 h" would not.
    show(CASES, { now: now + 60_000 });
    expect([row('200'), row('300'), row('100')]).toEqual([first, second, third]);
    expect(document.activeElement).toBe(row('100').querySelector('[data-mark-done]'));
    show(CASES, { now: now + 3 * 86_400_000 });
    expect(row('100')).not.toBe(third);
    expect(row('100').querySelector('time[data-due]')?.textContent).toBe('due in 2 d 11 h');
  });

  it('shows the selection on kept rows, and drops and inserts rows in order', () => {
    show(CASES);
    const kept = row('300');
    show(CASES, { selected: new Set(['300']) });
    expect(row('300')).toBe(kept);
    expect(kept.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
    show([CASES[0]!, CASES[2]!, tc('150', { assignedDate: '2026-06-02' })]);
    expect(ids()).toEqual(['300', '100', '150']);
    expect(row('300')).toBe(kept);
    show([CASES[2]!, { ...CASES[0]!, status: 'done', doneByUser: true }]);
    expect(ids()).toEqual(['300']);
  });

  it('builds every hook of a row, for a case without dates too', () => {
    show([tc('400', { assignedDate: undefined, receivedDate: undefined, contractNumber: undefined, scenario: undefined })]);
    const r = row('400');
    expect(r.getAttribute('data-overdue')).toBe('false');
    expect(r.getAttribute('data-status')).toBe('open');
    expect(r.querySelector('time[data-due]')).toBeNull();
    expect(r.querySelector('[data-due-missing]')?.textContent).toMatch(/no assignment or received date/);
    expect(r.querySelector('label')?.textContent).toBe('Complaint 400');
    expect(r.querySelector('[data-open-case="400"]')?.getAttribute('aria-label')).toBe('Open case, complaint 400');
  });
});
