/**
 * SOP I.4 and J.4: the plan's clock stops while a category or issue-level reassignment is
 * requested, and the paused time moves the due moment later. A stored pause whose dates cannot be
 * read must not move the due moment at all, rather than turn it into an invalid date.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ReassignmentReason } from '../../../lib/case';
import { pausedMs } from '../../../lib/deadlines/clock';
import { dueAfterPauses } from '../../../lib/deadlines/pause-shift';

const H = 3_600_000;
const NY = 'America/New_York';
// 23:59:59 EST on 4 November 2026.
const DUE = Date.parse('2026-11-05T04:59:59Z');
const DUE_ISO = '2026-11-04T23:59:59-05:00';
const NOW = Date.parse('2026-11-04T12:00:00Z');
const THREE_HOURS = { from: '2026-11-03T12:00:00.000Z', to: '2026-11-03T15:00:00.000Z' };

describe('a pause with an unreadable date does not move the due moment (SOP I.4, J.4)', () => {
  it.each([
    ['an unreadable start', { from: 'not a date', to: '2026-11-03T15:00:00.000Z' }],
    ['an unreadable end', { from: '2026-11-03T12:00:00.000Z', to: 'not a date' }],
    ['both unreadable', { from: 'x', to: 'y' }],
    ['an open pause with an unreadable start', { from: 'x' }],
  ])('ignores a pause with %s and keeps the others', (_what, broken) => {
    expect(pausedMs([broken], NOW)).toBe(0);
    expect(dueAfterPauses(DUE, DUE_ISO, [broken], NOW, NY)).toEqual({ ms: DUE, iso: DUE_ISO, pausedMs: 0 });
    expect(pausedMs([broken, THREE_HOURS], NOW)).toBe(3 * H);
    expect(dueAfterPauses(DUE, DUE_ISO, [broken, THREE_HOURS], NOW, NY).iso).toBe('2026-11-05T02:59:59-05:00');
  });
  it('ignores a pause that ends before it starts', () => {
    expect(pausedMs([{ from: '2026-11-03T15:00:00.000Z', to: '2026-11-03T12:00:00.000Z' }, THREE_HOURS], NOW)).toBe(3 * H);
  });
});

describe('which reassignment requests stop the clock (SOP I.4 category, J.4 issue level)', () => {
  // Imported afresh inside the test so that the list of pausing reasons, built at import, is
  // built under the test that checks it.
  it('category and issue-level requests pause the clock; the other reasons do not', async () => {
    vi.resetModules();
    const { clockState, PAUSING_REASONS } = await import('../../../lib/deadlines/clock');
    expect(PAUSING_REASONS).toEqual(['category', 'issue-level']);
    const state = (reassignmentReason: ReassignmentReason) =>
      clockState({ reassignmentRequested: true, reassignmentReason, ended: false });
    expect(state('category')).toBe('paused');
    expect(state('issue-level')).toBe('paused');
    expect(state('another-plan')).toBe('running');
    expect(state('cms-issue')).toBe('running');
  });
});
