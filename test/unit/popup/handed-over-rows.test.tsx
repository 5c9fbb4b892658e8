import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeadlineList } from '../../../components/popup/DeadlineList';
import { trackedCase as tc } from '../../fixtures/tracked-case';
import { deadlineListProps } from './deadline-list-props';

const DAY = 86_400_000;
// SOP A.4 / C.4: once the RO agrees, the plan no longer sees the complaint; nothing tells us so.
const handedOver = tc('700', {
  scenario: 'A',
  reassignmentRequested: true,
  reassignmentReason: 'another-plan',
  reassignmentRequestedAt: '2026-06-02T14:00:00.000Z',
  lastSeen: '2026-06-02T14:00:00.000Z',
});
const seen = Date.parse('2026-06-02T14:00:00.000Z');

afterEach(() => render(null, document.body));
const q = (sel: string) => document.body.querySelector<HTMLElement>(sel);

function mount(now: number, extra: Parameters<typeof deadlineListProps>[1] = {}) {
  const props = deadlineListProps([handedOver, tc('701')], { now, onHandOver: vi.fn(), ...extra });
  render(<DeadlineList {...props} />, document.body);
  return props;
}

describe('handed-over rows in the popup (SOP A.4)', () => {
  it('shows the case apart, handed over on its date, with the SOP item, and a one-click "Mark gone"', () => {
    const props = mount(seen + 2 * DAY);
    const row = q('[data-case="700"]');
    expect(row?.getAttribute('data-handed-over')).toBe('2026-06-02');
    expect(row?.textContent).toMatch(/Handed over on Jun 2, 2026: if the RO agrees, it goes to another contract.*SOP A\.4/);
    expect(row?.textContent).not.toMatch(/Waiting for the RO to decide/);
    expect(q('[data-case="701"]')?.hasAttribute('data-handed-over')).toBe(false);
    expect(q('[data-case="701"] [data-mark-gone]')).toBeNull();
    q('[data-mark-gone="700"]')?.click();
    expect(props.onHandOver).toHaveBeenCalledWith('700', 'gone');
  });

  // CTM Assist's own rule: after the set days unopened (default 14), ask once.
  it('asks whether it is gone only after the set days unopened; "Still there" answers it', () => {
    mount(seen + 13 * DAY);
    expect(q('[data-ask-gone]')).toBeNull();
    render(null, document.body);
    const props = mount(seen + 14 * DAY);
    expect(q('[data-ask-gone="700"]')?.getAttribute('data-provenance')).toBe('ctm-assist');
    expect(q('[data-ask-gone="700"]')?.textContent).toMatch(/Not opened for 14 days/);
    q('[data-keep-handed-over="700"]')?.click();
    expect(props.onHandOver).toHaveBeenCalledWith('700', 'kept');
    render(null, document.body);
    mount(seen + 5 * DAY, { askGoneDays: 5 });
    expect(q('[data-ask-gone="700"]')).not.toBeNull();
  });
});
