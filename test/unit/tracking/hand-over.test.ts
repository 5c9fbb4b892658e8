import { describe, expect, it } from 'vitest';
import { CASE_SCENARIOS } from '../../../lib/sop';
import { handOverOf } from '../../../lib/sop/case-scenarios';
import { deadlineRow } from '../../../lib/tracking/deadline-row';
import { asksIfGone, keepHandedOver, markGone } from '../../../lib/tracking/hand-over';
import { mergeTrackedCase, undoDone } from '../../../lib/tracking/merge';
import { nextStep } from '../../../lib/tracking/next-step';
import { trackedCase as tc } from '../../fixtures/tracked-case';

const NY = 'America/New_York';
const DAY = 86_400_000;
const now = Date.parse('2026-06-20T16:00:00Z');
const handedOver = (extra: Parameters<typeof tc>[1] = {}) =>
  tc('1', { scenario: 'C', reassignmentRequested: true, reassignmentReason: 'cms-issue', reassignmentRequestedAt: '2026-06-02T14:00:00.000Z', lastSeen: '2026-06-02T14:00:00.000Z', ...extra });

// SOP A.4 (and B.4, C.4, G.5.e, H.4, L.6): "If the RO agrees with the request, Plan A will no
// longer be able to see the complaint in the system"; D.5: reassigned as an MA only complaint.
describe('which scenarios hand a case away: declared in their modules (SOP A.4, B.4, C.4, D.5, G.5.e, H.4, L.6)', () => {
  it('A, B, C, D, G, H and L hand over; I and J (the clock stops, the complaint stays) and E, F, K do not', () => {
    expect(CASE_SCENARIOS.filter((s) => s.handsOver).map((s) => `${s.letter} ${s.handsOver?.step}`)).toEqual([
      'A A.4', 'B B.4', 'C C.4', 'D D.5', 'G G.5.e', 'H H.4', 'L L.6',
    ]);
  });
  it('a category request hands over only when worked as D; another-plan and CMS-issue requests hand over whatever the scenario', () => {
    expect(handOverOf('D', 'category')?.to).toMatch(/MA only/);
    expect(handOverOf('I', 'category')).toBeUndefined();
    expect(handOverOf(undefined, 'category')).toBeUndefined();
    expect(handOverOf(undefined, 'another-plan')?.step).toBe('A.4');
    expect(handOverOf('E', 'cms-issue')?.to).toBe('CMS Issue');
    expect(handOverOf(undefined, 'issue-level')).toBeUndefined();
  });
});

describe('a handed-over case in the popup', () => {
  it('is shown as handed over (on the date the request was first seen), not "waiting" without end', () => {
    const row = deadlineRow(handedOver(), { now, timeZone: NY });
    expect(row.handedOver).toMatchObject({ atMs: Date.parse('2026-06-02T14:00:00.000Z'), to: 'CMS Issue', step: 'C.4' });
    const step = nextStep(handedOver(), { now, timeZone: NY });
    expect(step.text).toMatch(/^Handed over: waiting for the RO.*18 d so far.*CMS Issue.*mark it gone/);
    expect(step.provenance).toEqual({ kind: 'sop', item: 'C.4' });
  });
  it('D: handed over to the MA only CTM (SOP D.5), its clock running (D.4 states no pause)', () => {
    const row = deadlineRow(handedOver({ scenario: 'D', reassignmentReason: 'category' }), { now, timeZone: NY });
    expect(row.handedOver?.step).toBe('D.5');
  });
  it('marked gone, it leaves the working list as done and says so; undo brings it back and it is not asked again', () => {
    const gone = markGone(handedOver());
    const row = deadlineRow(gone, { now, timeZone: NY });
    expect(row).toMatchObject({ active: false, status: 'done', nextStep: 'Marked gone: no longer in your CTM list' });
    const back = undoDone(gone);
    expect(back).toMatchObject({ status: 'open', handOverAnswer: 'kept' });
  });
  it('a page showing the case again clears a gone mark: it is not gone', () => {
    const gone = markGone(handedOver());
    const seen = mergeTrackedCase(gone, { ...handedOver(), lastSeen: '2026-06-21T10:00:00.000Z', handOverAnswer: undefined });
    expect(seen).toMatchObject({ status: 'open', doneByUser: false });
    expect(seen.handOverAnswer).toBeUndefined();
  });
});

// Our inference, not the SOP's: nothing tells the extension that the RO agreed, so after a number
// of days unopened (a setting, default 14) the popup asks once whether the case is gone.
describe('asking once whether a handed-over case is gone (CTM Assist; the days are a setting)', () => {
  const rowAt = (extra: Parameters<typeof tc>[1], at: number) => deadlineRow(handedOver(extra), { now: at, timeZone: NY });
  const seen = Date.parse('2026-06-02T14:00:00.000Z');
  it('asks after the set days unopened, not before', () => {
    expect(asksIfGone(rowAt({}, seen + 13 * DAY), seen + 13 * DAY)).toBe(false);
    expect(asksIfGone(rowAt({}, seen + 14 * DAY), seen + 14 * DAY)).toBe(true);
    expect(asksIfGone(rowAt({}, seen + 5 * DAY), seen + 5 * DAY, 5)).toBe(true);
  });
  it('asks once: after "still there" it does not ask again', () => {
    const kept = deadlineRow(keepHandedOver(handedOver()), { now: seen + 30 * DAY, timeZone: NY });
    expect(asksIfGone(kept, seen + 30 * DAY)).toBe(false);
  });
  it('never asks about a case that is not handed over', () => {
    const row = deadlineRow(tc('2', { lastSeen: '2026-06-02T14:00:00.000Z' }), { now: seen + 30 * DAY, timeZone: NY });
    expect(asksIfGone(row, seen + 30 * DAY)).toBe(false);
  });
});
