/**
 * Every value of the stored popup view (lib/tracking/popup-view.ts) is checked as it is read: a
 * row, next step or hand-over whose value is not what the background writes makes the whole view
 * refused, so the popup reads the cases instead of showing a wrong due date, step or hand-over.
 * Each check is tried on its own against a view that is otherwise whole, with hand-over rows,
 * a next step with a detail (SOP L.2–L.4) and a row without a due date.
 */
import { describe, expect, it } from 'vitest';
import { rowBasis } from '../../../lib/tracking/deadline-row';
import { encodePopupView, popupViewRows, readPopupView } from '../../../lib/tracking/popup-view';
import { trackedCase } from '../../fixtures/tracked-case';

const REV = 'rev-7';
const META = { v: 2, rev: REV };
const NOW = Date.parse('2026-06-05T16:00:00Z');

const CASES = [
  // Row 0: every field set, handed over to CMS Issue on a known day (SOP C.4); its step is steps[0].
  trackedCase('11', {
    scenario: 'C', category: 'Enrollment', contractNumber: 'H1234', reassignmentRequested: true, reassignmentReason: 'cms-issue',
    reassignmentRequestedAt: '2026-06-02T14:00:00.000Z', lastSeen: '2026-06-03T14:00:00.000Z',
    pauses: [{ from: '2026-06-02T10:00:00.000Z', to: '2026-06-03T09:30:00.000Z' }],
  }),
  // Handed over as an MA only complaint (SOP D.5), kept by the caseworker, the day of the request not recorded.
  trackedCase('12', { scenario: 'D', reassignmentRequested: true, reassignmentReason: 'category', handOverAnswer: 'kept' }),
  // Scenario L: its next step carries the return-to-CMS detail (SOP L.2–L.4).
  trackedCase('13', { assignedDate: undefined, receivedDate: '2026-05-30', issueLevel: 'immediate-need', scenario: 'L' }),
  // No date on the page: no due moment, a problem instead.
  trackedCase('14', { assignedDate: undefined, receivedDate: undefined }),
  // Paused and still paused: the pause start is kept to add the time since.
  trackedCase('15', { clock: 'paused', pauses: [{ from: '2026-06-04T00:00:00.000Z' }] }),
];
const GOOD = encodePopupView(CASES.map((tc) => rowBasis(tc, {})), REV, {});

type Stored = { rev?: string; budgets: unknown[]; steps: Record<string, unknown>[]; rows: unknown[][] };
const edited = (change: (v: Stored) => void): string => {
  const v = JSON.parse(GOOD) as Stored;
  change(v);
  return JSON.stringify(v);
};

/** The stored row's field order, as the background writes it. */
const FIELD = {
  complaintId: 0, contractNumber: 1, issueLevel: 2, scenario: 3, category: 4, clock: 5, status: 6, dueMs: 7, dueIso: 8,
  dueProblem: 9, usedReceivedDate: 10, budgetDays: 11, budgetSource: 12, pausedMs: 13, openPauses: 14, step: 15, pageUrl: 16, handedOver: 17,
} as const;

describe('the stored popup view, whole', () => {
  it('is read back with the rows, steps and hand-overs the cases give (SOP C.4, D.5)', () => {
    const view = readPopupView(GOOD, META);
    expect(view?.rows).toEqual(CASES.map((tc) => rowBasis(tc, {})));
    const rows = popupViewRows(view!, NOW);
    expect(rows.map((r) => r.complaintId)).toEqual(['13', '12', '11', '15', '14']);
    expect(rows.find((r) => r.complaintId === '11')?.handedOver).toEqual({
      to: 'CMS Issue', step: 'C.4', lastSeenMs: Date.parse('2026-06-03T14:00:00.000Z'), atMs: Date.parse('2026-06-02T14:00:00.000Z'),
    });
    expect(rows.find((r) => r.complaintId === '12')?.handedOver).toEqual({
      to: 'an MA only complaint (the MA Only CTM)', step: 'D.5', lastSeenMs: Date.parse('2026-06-01T12:00:00.000Z'), answer: 'kept',
    });
    expect(rows.filter((r) => r.handedOver !== undefined)).toHaveLength(2);
  });

  it('keeps the hand-over of a row only where there is one: the rows not handed over leave it out', () => {
    const stored = JSON.parse(GOOD) as Stored;
    expect(stored.rows.map((r) => r.length)).toEqual([18, 18, 17, 17, 17]);
  });

  it('reads a row whose hand-over is stored as null as not handed over', () => {
    const view = readPopupView(edited((v) => v.rows[2]!.push(null)), META);
    expect(view?.rows[2]?.complaintId).toBe('13');
    expect(view?.rows[2]?.handedOver).toBeUndefined();
  });

  it('reads a next step whose source is CMS guidance or CTM Assist with that source', () => {
    const guidance = { kind: 'cms-guidance', which: 'CMS guidance on reassignments' };
    const ours = { kind: 'ctm-assist', reason: 'our reading of the SOP' };
    const view = readPopupView(edited((v) => {
      v.steps[0]!.provenance = guidance;
      v.steps[1]!.provenance = ours;
    }), META);
    expect(view?.rows.map((r) => r.step.provenance).slice(0, 2)).toEqual([guidance, ours]);
  });
});

describe('a stored row is refused when a value is not what the background writes', () => {
  const wrong: [string, keyof typeof FIELD, unknown][] = [
    ['the complaint ID is a number', 'complaintId', 11],
    ['the contract number is a number', 'contractNumber', 1234],
    ['the issue level is not a CTM level', 'issueLevel', 'high'],
    ['the scenario is not a letter A to P', 'scenario', 'Q'],
    ['the category is a number', 'category', 7],
    ['the clock is not running, paused or stopped', 'clock', 'ticking'],
    ['the status is not one a case has', 'status', 'archived'],
    ['the due moment is text', 'dueMs', '1780977599000'],
    ['the due date is a number', 'dueIso', 1780977599000],
    ['the due problem is a number', 'dueProblem', 5],
    ['whether the received date was used is text', 'usedReceivedDate', 'false'],
    ['the budget is text', 'budgetDays', '7'],
    ['the budget source is not one CTM Assist names', 'budgetSource', 'a guess'],
    ['the paused time is text', 'pausedMs', '84600000'],
    ['the paused time is below zero', 'pausedMs', -1],
    ['the running pauses are not a list', 'openPauses', 'none'],
    ['a running pause start is text', 'openPauses', ['1780531200000']],
    ['the next step is named by text', 'step', '0'],
    ['the next step is not among the stored ones', 'step', 99],
    ['the page address is a number', 'pageUrl', 5],
    ['the hand-over is only the text of where it goes', 'handedOver', 'CMS Issue'],
  ];

  it.each(wrong)('%s', (_, field, value) => {
    expect(readPopupView(edited((v) => (v.rows[0]![FIELD[field]] = value)), META)).toBeUndefined();
  });

  it('checks each of the 21 wrong values above', () => expect(wrong).toHaveLength(21));

  it('has more fields than a row has', () => {
    expect(readPopupView(edited((v) => v.rows[0]!.push(null)), META)).toBeUndefined();
  });

  it('is not a list of fields', () => {
    expect(readPopupView(edited((v) => (v.rows[0] = { 0: '11' } as unknown as unknown[])), META)).toBeUndefined();
  });
});

describe('a stored hand-over is refused when it lacks what the row shows or is not as written', () => {
  const good = { to: 'CMS Issue', step: 'C.4', lastSeenMs: 1780495200000, atMs: 1780408800000 };
  const wrong: [string, unknown][] = [
    ['where it goes is missing', { ...good, to: undefined }],
    ['where it goes is a number', { ...good, to: 5 }],
    ['the SOP item is missing', { ...good, step: undefined }],
    ['when the case was last seen is missing', { ...good, lastSeenMs: undefined }],
    ['when the case was last seen is text', { ...good, lastSeenMs: '1780495200000' }],
    ['the day it was handed over is text', { ...good, atMs: '1780408800000' }],
    ['the caseworker\'s answer is neither gone nor kept', { ...good, answer: 'maybe' }],
  ];

  it.each(wrong)('%s', (_, handedOver) => {
    expect(readPopupView(edited((v) => (v.rows[0]![FIELD.handedOver] = handedOver)), META)).toBeUndefined();
  });

  it('checks each of the 7 wrong hand-overs above', () => expect(wrong).toHaveLength(7));

  it('is read with the caseworker\'s answer gone', () => {
    const view = readPopupView(edited((v) => (v.rows[0]![FIELD.handedOver] = { ...good, answer: 'gone' })), META);
    expect(view?.rows[0]?.handedOver).toEqual({ ...good, answer: 'gone' });
  });
});

describe('a stored next step is refused when it is not as written (so no step shows without its source)', () => {
  const wrong: [string, (step: Record<string, unknown>) => void][] = [
    ['its text is missing', (s) => delete s.text],
    ['its text is a number', (s) => (s.text = 5)],
    ['its source is missing', (s) => delete s.provenance],
    ['its source is null', (s) => (s.provenance = null)],
    ['its SOP source names no item', (s) => (s.provenance = { kind: 'sop' })],
    ['its SOP item is a number', (s) => (s.provenance = { kind: 'sop', item: 4 })],
    ['its source carries the word of another kind', (s) => (s.provenance = { kind: 'cms-guidance', item: 'C.4' })],
    ['its source is of a kind CTM Assist does not know', (s) => (s.provenance = { kind: 'hearsay', item: 'C.4' })],
    // What a writer with no word for the kind would store: the text under the key "undefined".
    ['its unknown source carries its text under no word', (s) => (s.provenance = { kind: 'hearsay', undefined: 'C.4' })],
    ['its detail is null', (s) => (s.detail = null)],
    ['its detail is only text', (s) => (s.detail = 'Immediate Need: 2 days')],
    ['its return-to-CMS detail has no text', (s) => (s.detail = { kind: 'return-to-cms' })],
    ['its detail is of another kind', (s) => (s.detail = { kind: 'call-back', text: 'Immediate Need: 2 days' })],
    ['its SOP item is a number', (s) => (s.sop = 4)],
    ['what follows the wait is a number', (s) => (s.after = 5)],
    ['when the wait began is text', (s) => (s.waitingSince = '1780408800000')],
    ['it is empty', (s) => Object.keys(s).forEach((k) => delete s[k])],
  ];

  it.each(wrong)('%s', (_, change) => {
    expect(readPopupView(edited((v) => change(v.steps[0]!)), META)).toBeUndefined();
  });

  it('checks each of the 17 wrong steps above', () => expect(wrong).toHaveLength(17));

  it('even when no row names it', () => {
    expect(readPopupView(edited((v) => v.steps.push({ text: 'Call the enrollee', provenance: { kind: 'sop' } })), META)).toBeUndefined();
  });

  it('when the steps are null or not a list', () => {
    expect(readPopupView(edited((v) => (v.steps[2] = null as unknown as Record<string, unknown>)), META)).toBeUndefined();
    expect(readPopupView(edited((v) => (v.steps = 'none' as unknown as Record<string, unknown>[])), META)).toBeUndefined();
    expect(readPopupView(edited((v) => (v.steps = {} as unknown as Record<string, unknown>[])), META)).toBeUndefined();
  });
});

describe('the stored view as a whole is refused', () => {
  it('when a budget is text (urgent or no-level days)', () => {
    expect(readPopupView(edited((v) => (v.budgets = [null, '20'])), META)).toBeUndefined();
    expect(readPopupView(edited((v) => (v.budgets = ['5', null])), META)).toBeUndefined();
    expect(readPopupView(edited((v) => (v.budgets = [5, 20])), META)?.budgets).toEqual([5, 20]);
  });

  it('when storage holds something else than its text (a list holding the text)', () => {
    expect(readPopupView([GOOD], META)).toBeUndefined();
  });

  it('when neither the cases nor the view carry a revision (written before revisions)', () => {
    expect(readPopupView(edited((v) => delete v.rev), { v: 2 })).toBeUndefined();
  });

  it('when it is JSON but not an object (a number, a text, a list)', () => {
    expect(readPopupView('2', META)).toBeUndefined();
    expect(readPopupView('"rev-7"', META)).toBeUndefined();
    expect(readPopupView('[2]', META)).toBeUndefined();
  });
});
