import { describe, expect, it } from 'vitest';
import { clockState, pausedMs } from '../../../lib/deadlines/clock';
import { dueAfterPauses } from '../../../lib/deadlines/pause-shift';

const H = 3_600_000;

describe('clock state', () => {
  it('pauses while a category reassignment is requested (SOP I.4)', () => {
    expect(clockState({ reassignmentRequested: true, reassignmentReason: 'category', ended: false })).toBe('paused');
  });
  it('pauses while an issue-level reassignment is requested (SOP J.4)', () => {
    expect(clockState({ reassignmentRequested: true, reassignmentReason: 'issue-level', ended: false })).toBe('paused');
  });
  it('keeps running while another-plan or CMS-issue reassignment waits for the RO (SOP A.3, C.3)', () => {
    expect(clockState({ reassignmentRequested: true, reassignmentReason: 'another-plan', ended: false })).toBe('running');
    expect(clockState({ reassignmentRequested: true, reassignmentReason: 'cms-issue', ended: false })).toBe('running');
  });
  it('runs again once CMS acts and the indicator is cleared (SOP I.4 "will commence")', () => {
    expect(clockState({ reassignmentRequested: false, reassignmentReason: 'category', ended: false })).toBe('running');
  });
  it('is stopped when the case is closed or left the plan', () => {
    expect(clockState({ reassignmentRequested: true, reassignmentReason: 'category', ended: true })).toBe('stopped');
  });
});

describe('paused time moves the due moment later (SOP I.4, J.4)', () => {
  const due = Date.parse('2026-11-05T04:59:59Z');
  it('adds every closed pause whole', () => {
    const pauses = [
      { from: '2026-11-03T12:00:00.000Z', to: '2026-11-03T15:00:00.000Z' },
      { from: '2026-11-04T12:00:00.000Z', to: '2026-11-05T12:00:00.000Z' },
    ];
    expect(pausedMs(pauses, due)).toBe(27 * H);
    const shifted = dueAfterPauses(due, 'x', pauses, due, 'America/New_York');
    expect(shifted.iso).toBe('2026-11-06T02:59:59-05:00');
  });
  it('counts an open pause up to now', () => {
    const now = Date.parse('2026-11-03T14:00:00Z');
    expect(pausedMs([{ from: '2026-11-03T12:00:00.000Z' }], now)).toBe(2 * H);
  });
  it('leaves the due moment unchanged without pauses', () => {
    expect(dueAfterPauses(due, 'same', [], due, 'America/New_York')).toEqual({ ms: due, iso: 'same', pausedMs: 0 });
  });
});
