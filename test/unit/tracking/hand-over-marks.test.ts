/**
 * Which cases the popup shows as handed over to another plan or CMS, and what the caseworker's
 * two answers about one ("gone", "still there") change on the stored case.
 */
import { describe, expect, it } from 'vitest';
import { handOverOfCase, keepHandedOver, markGone } from '../../../lib/tracking/hand-over';
import { trackedCase as tc } from '../../fixtures/tracked-case';

describe('which cases are handed over', () => {
  it('a CMS-issue request being decided hands the case to CMS Issue (SOP C.4)', () => {
    expect(handOverOfCase({ scenario: 'C', reassignmentRequested: true, reassignmentReason: 'cms-issue', clock: 'running' })?.step).toBe('C.4');
  });
  it('a reason left on the page without the request box checked hands nothing over', () => {
    expect(handOverOfCase({ scenario: 'C', reassignmentRequested: false, reassignmentReason: 'cms-issue', clock: 'running' })).toBeUndefined();
    expect(handOverOfCase({ scenario: 'C', reassignmentReason: 'cms-issue', clock: 'running' })).toBeUndefined();
  });
  // SOP I.4: while CMS recategorises the clock is stopped and the complaint stays with the plan;
  // worked as D (MA only, D.5) with the clock running it goes away.
  it('a category request with the clock paused stays with the plan (SOP I.4); running, worked as D, it goes to MA only (SOP D.5)', () => {
    const request = { scenario: 'D', reassignmentRequested: true, reassignmentReason: 'category' } as const;
    expect(handOverOfCase({ ...request, clock: 'paused' })).toBeUndefined();
    expect(handOverOfCase({ ...request, clock: 'running' })?.step).toBe('D.5');
    expect(handOverOfCase({ ...request, clock: 'stopped' })?.step).toBe('D.5');
  });
});

describe('the caseworker\'s answers about a handed-over case', () => {
  const handedOver = tc('31', { scenario: 'C', reassignmentRequested: true, reassignmentReason: 'cms-issue' });
  it('"gone": marked done by the caseworker, leaving the working list, everything else as it was', () => {
    expect(markGone(handedOver)).toEqual({ ...handedOver, handOverAnswer: 'gone', doneByUser: true, status: 'done' });
  });
  it('"gone" on a case CTM already shows closed keeps it closed', () => {
    const closed = { ...handedOver, status: 'closed' as const, resolutionDate: '2026-06-05' };
    expect(markGone(closed)).toEqual({ ...closed, handOverAnswer: 'gone', doneByUser: true, status: 'closed' });
  });
  it('"still there": the case stays as it was, with the answer kept so it is not asked again', () => {
    expect(keepHandedOver(handedOver)).toEqual({ ...handedOver, handOverAnswer: 'kept' });
  });
});
