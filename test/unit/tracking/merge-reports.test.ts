/**
 * Which page reports update a stored case and what the merged record keeps: the facts from the
 * page, the history (first seen, pauses, when a request was first seen) and the caseworker's own
 * marks. Whole records are compared exactly (toStrictEqual): a key left behind with no value would
 * be stored too.
 */
import { describe, expect, it } from 'vitest';
import { isActive, markDone, mergeTrackedCase, undoDone } from '../../../lib/tracking/merge';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';
import { trackedCase as tc } from '../../fixtures/tracked-case';

const at = (h: number) => `2026-06-0${1 + Math.floor(h / 24)}T${String(h % 24).padStart(2, '0')}:00:00.000Z`;
/** The case as first stored (fixture: open, Urgent, assigned 2026-06-01, seen 06-01 12:00). */
const stored = (extra: Partial<TrackedCase> = {}) => tc('7', extra);
/** A page report seen `h` hours after 2026-06-01 00:00 UTC. */
const report = (h: number, extra: Partial<TrackedCase> = {}) => tc('7', { firstSeen: at(h), lastSeen: at(h), ...extra });

describe('a first report', () => {
  it('is stored as it came', () => {
    const first = report(12, { scenario: 'E' });
    expect(mergeTrackedCase(undefined, first)).toBe(first);
  });
});

describe('which reports update the stored case', () => {
  it('a report from the same moment (two tabs) still updates the facts', () => {
    const merged = mergeTrackedCase(stored(), report(12, { issueLevel: 'immediate-need' }));
    expect(merged.issueLevel).toBe('immediate-need');
  });

  it('an older report changes nothing but an earlier first sighting', () => {
    const old = stored({ firstSeen: at(12), lastSeen: at(30) });
    expect(mergeTrackedCase(old, report(10, { issueLevel: 'none' }))).toStrictEqual({ ...old, firstSeen: at(10) });
  });

  it('a plain later visit takes the page\'s facts and keeps the first sighting, with no empty keys added', () => {
    expect(mergeTrackedCase(stored(), report(20, { category: 'Enrollment' }))).toStrictEqual({
      complaintId: '7',
      issueLevel: 'urgent',
      assignedDate: '2026-06-01',
      category: 'Enrollment',
      clock: 'running',
      pauses: [],
      status: 'open',
      doneByUser: false,
      pageUrl: 'https://hpms.cms.gov/ctm?id=7',
      firstSeen: '2026-06-01T12:00:00.000Z',
      lastSeen: at(20),
    });
  });
});

describe('what a later visit keeps from before', () => {
  it('the worked scenario, the caseworker and the contact attempts when the page does not show them', () => {
    const old = stored({ scenario: 'E', caseworker: 'Pat Sample', contactAttempts: 2 });
    expect(mergeTrackedCase(old, report(20))).toMatchObject({ scenario: 'E', caseworker: 'Pat Sample', contactAttempts: 2 });
  });

  it('the page\'s own scenario and attempts when it shows them, zero attempts included (SOP E note)', () => {
    const old = stored({ scenario: 'E', contactAttempts: 2 });
    expect(mergeTrackedCase(old, report(20, { scenario: 'K', contactAttempts: 0 }))).toMatchObject({ scenario: 'K', contactAttempts: 0 });
    expect(mergeTrackedCase(stored(), report(20, { contactAttempts: 0 })).contactAttempts).toBe(0);
  });

  it('a "still there" answer about a handed-over case, so it is not asked again', () => {
    expect(mergeTrackedCase(stored({ handOverAnswer: 'kept' }), report(20)).handOverAnswer).toBe('kept');
  });

  it('the time a reassignment request was first seen while it stays; drops it once the request is gone (SOP A.3)', () => {
    const requested = { reassignmentRequested: true, reassignmentReason: 'another-plan' as const };
    const first = mergeTrackedCase(stored(), report(20, requested));
    expect(first.reassignmentRequestedAt).toBe(at(20));
    const still = mergeTrackedCase(first, report(30, { ...requested, reassignmentRequestedAt: at(30) }));
    expect(still.reassignmentRequestedAt).toBe(at(20));
    // A report carrying a stale time without the request: the RO wait is over.
    const gone = mergeTrackedCase(still, report(40, { reassignmentRequestedAt: at(30) }));
    expect('reassignmentRequestedAt' in gone).toBe(false);
  });
});

describe('the clock of a merged case', () => {
  it('stops when the page shows the case closed (SOP F.1 note) or reassigned away from the plan (SOP A.4, C.4)', () => {
    const closed = mergeTrackedCase(stored({ scenario: 'E' }), report(20, { resolutionDate: '2026-06-01', disposition: 'resolved' }));
    expect(closed).toMatchObject({ status: 'closed', clock: 'stopped' });
    const left = mergeTrackedCase(stored(), report(20, { status: 'left-plan', contractNumber: 'CMS' }));
    expect(left).toMatchObject({ status: 'left-plan', clock: 'stopped' });
  });

  it('a closed pause stays as it was when the clock runs on (SOP I.4)', () => {
    const pauses = [{ from: at(13), to: at(15) }];
    expect(mergeTrackedCase(stored({ pauses }), report(20)).pauses).toEqual([{ from: at(13), to: at(15) }]);
  });
});

describe('the caseworker\'s done mark', () => {
  it('marks an open case done; a closed or left-plan case keeps its status', () => {
    expect(markDone(stored())).toMatchObject({ status: 'done', doneByUser: true });
    expect(markDone(stored({ status: 'closed' }))).toMatchObject({ status: 'closed', doneByUser: true });
    expect(markDone(stored({ status: 'left-plan' }))).toMatchObject({ status: 'left-plan', doneByUser: true });
  });

  it('undo gives back the status the page decides: closed when the page showed it closed, left-plan when it left', () => {
    const closed = markDone(stored({ scenario: 'E', resolutionDate: '2026-06-01', disposition: 'resolved', status: 'closed' }));
    expect(undoDone(closed)).toMatchObject({ status: 'closed', doneByUser: false });
    expect(undoDone(markDone(stored({ status: 'left-plan', contractNumber: 'CMS' }))).status).toBe('left-plan');
  });

  it('undo of a plain done mark reopens the case without adding a hand-over answer', () => {
    expect(undoDone(markDone(stored()))).toStrictEqual(stored());
  });

  it('only an open case is on the working list', () => {
    expect(['open', 'closed', 'left-plan', 'done'].map((status) => isActive({ status: status as TrackedCase['status'] }))).toEqual([true, false, false, false]);
  });
});
