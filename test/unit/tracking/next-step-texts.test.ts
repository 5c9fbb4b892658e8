/**
 * The exact next-step words a popup row shows for each state of a tracked case, with the SOP item
 * or CTM Assist reason it cites. Some tests load next-step.ts afresh (vi.resetModules): the module
 * keeps one date formatter per time zone, and a fresh module is the only way to see it built, as on
 * the first row the popup paints; and its step and level-name tables are built at load.
 */
import { describe, expect, it, vi } from 'vitest';
import { detailProvenance, nextStep, stepText } from '../../../lib/tracking/next-step';
import { trackedCase as tc } from '../../fixtures/tracked-case';

const NY = 'America/New_York';
const now = Date.parse('2026-06-03T16:00:00Z'); // 12:00 EDT on Wed 2026-06-03
const ctx = { now, timeZone: NY };

/** nextStep from a freshly loaded module, so its tables built at load are checked too. */
async function freshNextStep(): Promise<typeof nextStep> {
  vi.resetModules();
  return (await import('../../../lib/tracking/next-step')).nextStep;
}

describe('a case that needs nothing more from the caseworker', () => {
  it('closed in CTM: says so, as CTM Assist read it from the page (no SOP item, no detail line)', () => {
    expect(nextStep(tc('1', { status: 'closed', resolutionDate: '2026-06-02', disposition: 'resolved' }), ctx)).toStrictEqual({
      text: 'Closed in CTM',
      provenance: { kind: 'ctm-assist', reason: 'the page showed a resolution date and a closing disposition' },
    });
  });

  it('reassigned away from the plan: nothing left to do (SOP A.4, C.4: the plan no longer sees the complaint)', () => {
    expect(nextStep(tc('1', { status: 'left-plan', contractNumber: 'CMS' }), ctx)).toStrictEqual({
      text: 'Reassigned away from the plan; nothing left to do',
      sop: 'A.4, C.4',
      provenance: { kind: 'sop', item: 'A.4, C.4' },
    });
  });

  it('marked done or gone by the caseworker: their own mark, undone under Marked done', () => {
    const mark = { kind: 'ctm-assist', reason: 'your own mark; undo it under Marked done' };
    expect(nextStep(tc('1', { status: 'done', doneByUser: true }), ctx)).toStrictEqual({ text: 'Marked done', provenance: mark });
    expect(nextStep(tc('1', { status: 'done', doneByUser: true, handOverAnswer: 'kept' }), ctx)).toStrictEqual({ text: 'Marked done', provenance: mark });
    expect(nextStep(tc('1', { status: 'done', doneByUser: true, handOverAnswer: 'gone' }), ctx)).toStrictEqual({
      text: 'Marked gone: no longer in your CTM list',
      provenance: mark,
    });
  });
});

describe('a case waiting for CMS or the RO', () => {
  it('clock stopped for a category request: waiting for CMS to recategorise (SOP I.4, I.5)', () => {
    const paused = tc('1', { clock: 'paused', reassignmentRequested: true, reassignmentReason: 'category', pauses: [{ from: '2026-06-02T12:00:00.000Z' }] });
    expect(nextStep(paused, ctx)).toStrictEqual({
      text: 'Clock stopped: waiting for CMS to recategorise the complaint; watch the Note to Plan',
      sop: 'I.4',
      provenance: { kind: 'sop', item: 'I.4' },
    });
  });

  it('clock stopped for an issue-level request: waiting for CMS to reassign the level (SOP J.4, J.5)', () => {
    const paused = tc('1', { clock: 'paused', reassignmentRequested: true, reassignmentReason: 'issue-level', pauses: [{ from: '2026-06-02T12:00:00.000Z' }] });
    expect(nextStep(paused, ctx)).toStrictEqual({
      text: 'Clock stopped: waiting for CMS to reassign the issue level; watch the Note to Plan',
      sop: 'J.4',
      provenance: { kind: 'sop', item: 'J.4' },
    });
  });

  it('handed over with no time the request was first seen: the words without a wait (SOP C.4)', () => {
    const handedOver = tc('1', { scenario: 'C', reassignmentRequested: true, reassignmentReason: 'cms-issue' });
    expect(nextStep(handedOver, ctx)).toStrictEqual({
      text: 'Handed over: waiting for the RO to agree or disagree; if it agrees, the complaint goes to CMS Issue and no longer opens in CTM: then mark it gone',
      sop: 'C.4',
      provenance: { kind: 'sop', item: 'C.4' },
    });
  });

  it('handed over to another plan: the wait so far since the request was first seen (SOP A.3, A.4)', () => {
    const handedOver = tc('1', { reassignmentRequested: true, reassignmentReason: 'another-plan', reassignmentRequestedAt: '2026-06-01T16:00:00.000Z' });
    expect(nextStep(handedOver, ctx).text).toBe(
      'Handed over: waiting for the RO to agree or disagree (2 d so far); if it agrees, the complaint goes to another contract and no longer opens in CTM: then mark it gone',
    );
  });

  // The request box checked, its reason not shown: no hand-over and no pause is known.
  it('a reassignment request without a known reason: waiting for the RO, with the wait when known (SOP A.3, A.4)', () => {
    const words = { sop: 'A.3, A.4', provenance: { kind: 'sop', item: 'A.3, A.4' } };
    expect(nextStep(tc('1', { reassignmentRequested: true }), ctx)).toStrictEqual({
      text: 'Waiting for the RO to decide on the reassignment request; watch the Note to Plan',
      ...words,
    });
    expect(nextStep(tc('1', { reassignmentRequested: true, reassignmentRequestedAt: '2026-06-03T13:00:00.000Z' }), ctx)).toStrictEqual({
      text: 'Waiting for the RO to decide on the reassignment request (3 h so far); watch the Note to Plan',
      ...words,
    });
  });

  it('the stored step gets its wait at the moment the popup shows it, never a negative one', () => {
    const basis = { text: 'Waiting', sop: 'A.3', provenance: { kind: 'sop' as const, item: 'A.3' }, waitingSince: now, after: '; then act' };
    expect(stepText(basis, now + 5 * 3_600_000).text).toBe('Waiting (5 h so far); then act');
    expect(stepText(basis, now - 3_600_000).text).toBe('Waiting (1 min so far); then act');
    expect(stepText({ text: 'Waiting', provenance: basis.provenance, after: '; then act' }, now).text).toBe('Waiting; then act');
  });
});

describe('the scenario step', () => {
  it('without a scenario: resolve, record the notes and close as resolved (SOP E.1, K)', async () => {
    expect((await freshNextStep())(tc('1'), ctx)).toStrictEqual({
      text: 'Resolve, record the resolution notes and close as resolved',
      sop: 'E.1, K',
      provenance: { kind: 'sop', item: 'E.1, K' },
    });
  });

  it('a non-critical RD whose path has no confirmation time: since the path was confirmed (SOP G.6.c, G.6.d)', () => {
    expect(nextStep(tc('1', { scenario: 'G', branch: 'non-critical' }), ctx)).toStrictEqual({
      text: 'Waiting for IntegriGuard since the path was confirmed (when you confirmed the non-critical path): give the beneficiary a status update, and close the case in CTM once IntegriGuard reports the RD resolved',
      sop: 'G.6.c, G.6.d',
      provenance: { kind: 'sop', item: 'G.6.c, G.6.d' },
    });
  });

  it('a non-critical RD: the confirmation time written by the formatter the popup passes', () => {
    const step = nextStep(tc('1', { scenario: 'G', branch: 'non-critical', branchSince: '2026-06-02T14:30:00.000Z' }), { ...ctx, formatMoment: (ms) => new Date(ms).toISOString() });
    expect(step.text.startsWith('Waiting for IntegriGuard since 2026-06-02T14:30:00.000Z (when you confirmed')).toBe(true);
  });

  it('the first row painted builds the plan-zone formatter: "Jun 2, 10:30 AM" in New York', async () => {
    vi.resetModules();
    const fresh = await import('../../../lib/tracking/next-step');
    const step = fresh.nextStep(tc('1', { scenario: 'G', branch: 'non-critical', branchSince: '2026-06-02T14:30:00.000Z' }), ctx);
    expect(step.text.startsWith('Waiting for IntegriGuard since Jun 2, 10:30 AM (when you confirmed the non-critical path)')).toBe(true);
  });
});

describe('the return-to-CMS line of a CIS or Congressional case (SOP L.3)', () => {
  const l = { scenario: 'L' as const, cisControlled: 'yes' as const };
  const lStep = {
    text: 'Resolve, note "CIS or Congressional Resolution", and as a best practice return the complaint to CMS within 2 to 7 days, depending on the issue level (reassignment: CMS issue)',
    sop: 'L.2–L.4',
    provenance: { kind: 'sop', item: 'L.2–L.4' },
  };

  it('for each level, the days of CTM Assist\'s mapping and the date, from the assignment date', async () => {
    const nextStep = await freshNextStep();
    expect(nextStep(tc('1', { ...l, issueLevel: 'urgent' }), ctx)).toStrictEqual({ ...lStep, detail: { kind: 'return-to-cms', text: 'Urgent: 7 days, by Jun 8, 11:59 PM' } });
    expect(nextStep(tc('1', { ...l, issueLevel: 'immediate-need' }), ctx).detail).toStrictEqual({ kind: 'return-to-cms', text: 'Immediate Need: 2 days, by Jun 3, 11:59 PM' });
    expect(nextStep(tc('1', { ...l, issueLevel: undefined }), ctx).detail).toStrictEqual({ kind: 'return-to-cms', text: 'No issue level: 7 days, by Jun 8, 11:59 PM' });
    expect(nextStep(tc('1', { ...l, issueLevel: 'none' }), ctx).detail).toStrictEqual({ kind: 'return-to-cms', text: 'No issue level: 7 days, by Jun 8, 11:59 PM' });
  });

  it('no line when the page showed neither an assignment nor a received date', () => {
    expect(nextStep(tc('1', { ...l, assignedDate: undefined }), ctx)).toStrictEqual(lStep);
  });

  it('the line cites CTM Assist\'s mapping of the SOP\'s 2-to-7-day range, with the mapping spelled out', () => {
    const detail = { kind: 'return-to-cms' as const, text: 'Urgent: 7 days, by Jun 8, 11:59 PM' };
    expect(detailProvenance(detail, 'L')).toEqual({
      kind: 'ctm-assist',
      reason: 'L.3 gives only the range; our mapping: Immediate Need 2 (its key 11 budget), Urgent and none 7',
    });
    // A stored line whose case is no longer worked as L still says whose mapping it is.
    expect(detailProvenance(detail, 'G')).toEqual({ kind: 'ctm-assist', reason: 'our mapping of the SOP\'s range' });
    expect(detailProvenance(detail, undefined)).toEqual({ kind: 'ctm-assist', reason: 'our mapping of the SOP\'s range' });
  });
});
