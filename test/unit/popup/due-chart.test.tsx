import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccessFollowUps } from '../../../components/popup/AccessFollowUps';
import { DueChart } from '../../../components/popup/DueChart';

afterEach(() => render(null, document.body));

describe('DueChart', () => {
  const days = Array.from({ length: 14 }, (_, i) => ({ date: `2026-06-${String(i + 3).padStart(2, '0')}`, count: i === 0 ? 2 : i === 5 ? 4 : 0 }));

  it('draws one bar per day, the tallest full height', () => {
    render(<DueChart days={days} overdue={1} />, document.body);
    const bars = document.querySelectorAll('[data-chart-day]');
    expect(bars).toHaveLength(14);
    expect(document.querySelector('[data-chart-day="2026-06-08"]')?.getAttribute('data-count')).toBe('4');
    expect((document.querySelector('[data-chart-day="2026-06-08"] .due-chart-bar') as HTMLElement).style.height).toBe('100%');
  });

  it('gives screen readers a caption and a table instead of the bars', () => {
    render(<DueChart days={days} overdue={1} />, document.body);
    expect(document.querySelector('figcaption')?.textContent).toBe('Open cases due per day, next 14 days: 6 due, 1 overdue');
    expect(document.querySelector('.due-chart-bars')?.getAttribute('aria-hidden')).toBe('true');
    const rows = document.querySelectorAll('table tbody tr');
    expect(rows).toHaveLength(14);
    expect(rows[0]?.textContent).toBe('Wed 6/32');
  });
});

describe('AccessFollowUps (SOP N, O)', () => {
  it('shows when to check for CTM access and when to write (SOP N.1, N.2)', () => {
    render(
      <AccessFollowUps timeZone="America/New_York" accessConfirmedDate="2026-06-29" onAccessConfirmedDate={vi.fn()} onHpmsRequestedDate={vi.fn()} />,
      document.body,
    );
    expect(document.querySelector('[data-follow-up="N.1"] time')?.getAttribute('datetime')).toBe('2026-07-07T00:00:00-04:00');
    expect(document.querySelector('[data-follow-up="N.2"] time')?.getAttribute('datetime')).toBe('2026-07-09T00:00:00-04:00');
    expect(document.querySelector('[data-follow-up="O.2"]')).toBeNull();
  });

  it('expects HPMS no sooner than two weeks (SOP O.2) and reports date changes', () => {
    const onHpms = vi.fn();
    render(
      <AccessFollowUps timeZone="America/New_York" hpmsRequestedDate="2026-06-01" onAccessConfirmedDate={vi.fn()} onHpmsRequestedDate={onHpms} />,
      document.body,
    );
    expect(document.querySelector('[data-follow-up="O.2"] time')?.getAttribute('datetime')).toBe('2026-06-15T00:00:00-04:00');
    const input = document.querySelector<HTMLInputElement>('#hpms-requested')!;
    input.value = '2026-06-02';
    input.dispatchEvent(new Event('change'));
    expect(onHpms).toHaveBeenCalledWith('2026-06-02');
  });
});
