/**
 * What the caseworker reads next to a due moment: the countdown ("due in 2 d 3 h", "overdue by
 * 2 d"), and the due moment moved later by the time the clock was paused (SOP I.4, J.4).
 */
import { describe, expect, it } from 'vitest';
import { clockState, pausedMs } from '../../../lib/deadlines/clock';
import { countdown, duration } from '../../../lib/deadlines/countdown';
import { dueAfterPauses } from '../../../lib/deadlines/pause-shift';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('the countdown to a due moment', () => {
  it('under an hour in minutes (never 0 min), under a day in hours, then days and hours up to 3 days, then days', () => {
    expect(duration(0)).toBe('1 min');
    expect(duration(59 * 1000)).toBe('1 min');
    expect(duration(59 * MIN)).toBe('59 min');
    expect(duration(HOUR)).toBe('1 h');
    expect(duration(DAY - 1)).toBe('23 h');
    expect(duration(DAY)).toBe('1 d');
    expect(duration(2 * DAY + 3 * HOUR + 59 * MIN)).toBe('2 d 3 h');
    expect(duration(3 * DAY - 1)).toBe('2 d 23 h');
    expect(duration(3 * DAY + 5 * HOUR)).toBe('3 d');
  });

  it('says "due in" up to and at the due moment, "overdue by" after it', () => {
    const due = Date.parse('2026-11-04T23:59:59-05:00');
    expect(countdown(due, due - 5 * HOUR)).toBe('due in 5 h');
    expect(countdown(due, due)).toBe('due in 1 min');
    expect(countdown(due, due + 2 * DAY)).toBe('overdue by 2 d');
  });
});

describe('the due moment after pauses', () => {
  it('moves later by every paused interval, an open pause counting until now', () => {
    const due = Date.parse('2026-11-04T23:59:59-05:00');
    const now = Date.parse('2026-11-03T12:00:00Z');
    const pauses = [
      { from: '2026-11-01T12:00:00Z', to: '2026-11-02T12:00:00Z' },
      { from: '2026-11-03T06:00:00Z' },
    ];
    expect(pausedMs(pauses, now)).toBe(DAY + 6 * HOUR);
    expect(dueAfterPauses(due, 'x', pauses, now, 'America/New_York')).toEqual({
      ms: due + DAY + 6 * HOUR,
      iso: '2026-11-06T05:59:59-05:00',
      pausedMs: DAY + 6 * HOUR,
    });
  });

  it('a pause that ends before it starts, or with an unreadable instant, adds nothing', () => {
    const now = Date.parse('2026-11-03T12:00:00Z');
    expect(pausedMs([{ from: '2026-11-02T12:00:00Z', to: '2026-11-01T12:00:00Z' }], now)).toBe(0);
    expect(pausedMs([{ from: '2026-11-02T12:00:00Z', to: '2026-11-02T12:00:00Z' }], now)).toBe(0);
    expect(pausedMs([{ from: 'not a date' }], now)).toBe(0);
    expect(pausedMs([{ from: '2026-11-02T12:00:00Z', to: 'x' }], now)).toBe(0);
  });

  it('the clock pauses only for a category or issue-level request, never for a closed case or D', () => {
    expect(clockState({ reassignmentRequested: true, reassignmentReason: 'category', ended: false })).toBe('paused');
    expect(clockState({ reassignmentRequested: true, reassignmentReason: 'issue-level', ended: false })).toBe('paused');
    expect(clockState({ reassignmentRequested: true, reassignmentReason: 'cms-issue', ended: false })).toBe('running');
    expect(clockState({ reassignmentRequested: false, reassignmentReason: 'category', ended: false })).toBe('running');
    expect(clockState({ reassignmentRequested: true, ended: false })).toBe('running');
    expect(clockState({ reassignmentRequested: true, reassignmentReason: 'category', ended: false, scenarioPauses: false })).toBe('running');
    expect(clockState({ reassignmentRequested: true, reassignmentReason: 'category', ended: false, scenarioPauses: true })).toBe('paused');
    expect(clockState({ reassignmentRequested: true, reassignmentReason: 'category', ended: true })).toBe('stopped');
  });
});
