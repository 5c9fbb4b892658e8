import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DeadlineList, type DeadlineListProps } from '../../../components/popup/DeadlineList';
import { trackedCase as tc } from '../../fixtures/tracked-case';
import { deadlineListProps } from './deadline-list-props';

const CASES = [
  tc('100'),
  tc('200', { issueLevel: 'immediate-need', assignedDate: '2026-05-30', scenario: 'L' }),
  tc('300', { clock: 'paused', reassignmentRequested: true, reassignmentReason: 'category', pauses: [{ from: '2026-06-02T12:00:00.000Z' }] }),
  tc('400', { status: 'done', doneByUser: true }),
];

// Each test renders into a page of its own: other test files may share the document.
let root: HTMLElement;
function mount(overrides: Partial<DeadlineListProps> = {}) {
  const props = deadlineListProps(CASES, overrides);
  root = document.body.appendChild(document.createElement('div'));
  render(<DeadlineList {...props} />, root);
  return props;
}

afterEach(() => {
  render(null, root);
  root.remove();
});

const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T & HTMLElement>(sel);

describe('DeadlineList', () => {
  it('lists open cases soonest due first with the test hooks', () => {
    mount();
    const ids = [...root.querySelectorAll('[data-case]')].map((el) => el.getAttribute('data-case'));
    expect(ids).toEqual(['200', '100', '300']);
    const overdue = q('[data-case="200"]');
    expect(overdue?.getAttribute('data-overdue')).toBe('true');
    const time = q('[data-case="200"] time[data-due]');
    expect(time?.getAttribute('datetime')).toBe('2026-06-01T23:59:59-04:00');
    expect(time?.getAttribute('data-clock')).toBe('running');
    expect(time?.textContent).toBe('overdue by 1 d 12 h');
    expect(q('[data-case="100"] time[data-due]')?.textContent).toBe('due in 5 d');
    expect(q('[data-case="100"]')?.getAttribute('data-overdue')).toBe('false');
  });

  it('shows a paused clock as paused, not overdue (SOP I.4)', () => {
    mount();
    const time = q('[data-case="300"] time[data-due]');
    expect(time?.getAttribute('data-clock')).toBe('paused');
    expect(q('[data-case="300"]')?.textContent).toMatch(/Clock paused: waiting for CMS/);
  });

  it('shows issue level, budget source, scenario and the next step', () => {
    mount();
    const row = q('[data-case="200"]')?.textContent ?? '';
    expect(row).toMatch(/Immediate Need/);
    expect(row).toMatch(/2 days \(SOP key 11\)/);
    expect(row).toMatch(/Scenario L/);
    expect(q('[data-case="200"] [data-next-step]')?.textContent).toMatch(/return the complaint to CMS/);
  });

  it('each next step says where it comes from (data-provenance, in words); L.3\'s date is labelled as ours; the due time carries its budget\'s provenance', () => {
    mount();
    const step = q('[data-case="200"] [data-next-step]');
    expect(step?.getAttribute('data-provenance')).toBe('sop');
    expect(step?.textContent).toMatch(/within 2 to 7 days.*SOP L\.2–L\.4/);
    const ours = q('[data-case="200"] [data-follow-up="return-to-cms"]');
    expect(ours?.getAttribute('data-provenance')).toBe('ctm-assist');
    expect(ours?.textContent).toMatch(/^CTM Assist suggests: .*2 days, by/);
    expect(q('[data-case="100"] [data-next-step]')?.textContent).toMatch(/SOP E\.1, K/);
    // SOP key 11 fixes Immediate Need; Urgent is later CMS guidance.
    expect(q('[data-case="200"] time[data-due]')?.getAttribute('data-budget-provenance')).toBe('sop');
    expect(q('[data-case="100"] time[data-due]')?.getAttribute('data-budget-provenance')).toBe('cms-guidance');
  });

  it('filters: overdue shows only overdue; done shows the undo button', () => {
    mount({ filter: 'overdue' });
    expect([...root.querySelectorAll('[data-case]')].map((e) => e.getAttribute('data-case'))).toEqual(['200']);
    render(null, root);
    root.remove();
    const props = mount({ filter: 'done' });
    q('[data-undo="400"]')?.click();
    expect(props.onUndo).toHaveBeenCalledWith('400');
  });

  it('raises events: filter, open, mark done, select, email selected, exports', () => {
    const props = mount({ selected: new Set(['100', '200']) });
    q('[data-filter="today"]')?.click();
    expect(props.onFilter).toHaveBeenCalledWith('today');
    q('[data-open-case="100"]')?.click();
    expect(props.onOpen).toHaveBeenCalledWith('100');
    q('[data-mark-done="100"]')?.click();
    expect(props.onDone).toHaveBeenCalledWith('100');
    const box = q<HTMLInputElement>('[data-case="300"] input[type="checkbox"]');
    box!.click();
    expect(props.onSelect).toHaveBeenCalledWith('300', true);
    q('[data-email-selected="F-will-not-close"]')?.click();
    expect(props.onEmailSelected).toHaveBeenCalledWith(['100', '200'], 'F-will-not-close');
    // SOP G.5.b.i: "the CTM complaint ID for case(s)": the critical RD email names several too.
    q('[data-email-selected="G-critical-rd"]')?.click();
    expect(props.onEmailSelected).toHaveBeenLastCalledWith(['100', '200'], 'G-critical-rd');
    q('[data-export-csv]')?.click();
    q('[data-export-ics]')?.click();
    expect(props.onExportCsv).toHaveBeenCalled();
    expect(props.onExportIcs).toHaveBeenCalled();
  });

  it('labels every checkbox and disables the email with nothing selected', () => {
    mount();
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const labels = boxes.map((box) => root.querySelector(`label[for="${box.id}"]`)?.textContent ?? '(no label)');
    expect(labels.map((label) => /Complaint (\d+)/.exec(label)?.[1])).toEqual(['200', '100', '300']);
    expect(q<HTMLButtonElement>('[data-email-selected]')?.disabled).toBe(true);
  });

  it('says so when nothing is tracked, and shows a storage problem', () => {
    mount({ cases: [], problem: 'Tracked cases were saved by a newer CTM Assist' });
    expect(q('[data-deadlines-empty]')?.textContent).toMatch(/No complaints tracked yet/);
    expect(q('[data-store-problem]')?.getAttribute('role')).toBe('alert');
  });

  it('offers the fix with a storage problem: clearing the unreadable copy', () => {
    let cleared = 0;
    mount({ cases: [], problem: 'Stored tracked complaints could not be read', clear: 'unreadable', onClear: () => cleared++ });
    const button = q('[data-store-problem] button[data-clear-unreadable="unreadable"]');
    expect(button?.textContent).toBe('Clear the unreadable copy');
    button?.click();
    expect(cleared).toBe(1);
  });
});
