/**
 * What one popup row says about a tracked case: its own facts, its due moment in the plan's time
 * zone, paused time added to it, and when it counts as overdue. Every row is built inside its
 * test, from fake cases (test/fixtures/tracked-case.ts).
 */
import { describe, expect, it } from 'vitest';
import { deadlineRow, rowAt, rowBasis } from '../../../lib/tracking/deadline-row';
import { filterRows } from '../../../lib/tracking/filters';
import { trackedCase as tc } from '../../fixtures/tracked-case';

const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const HOUR = 3_600_000;
const DAY = 86_400_000;
const now = Date.parse('2026-06-03T16:00:00Z'); // 12:00 EDT on Wed 2026-06-03
const NO_DATE = 'cannot compute: no assignment or received date';

describe('the facts a row shows', () => {
  it('carries the contract, issue level, scenario, category and the SOP item of its next step', () => {
    const row = deadlineRow(tc('41', { contractNumber: 'H1234', scenario: 'L', category: 'Enrollment', issueLevel: 'urgent' }), { now, timeZone: NY });
    expect(row).toMatchObject({
      complaintId: '41',
      contractNumber: 'H1234',
      issueLevel: 'urgent',
      scenario: 'L',
      category: 'Enrollment',
      clock: 'running',
      status: 'open',
      active: true,
      nextStepSop: 'L.2–L.4',
      nextStepProvenance: { kind: 'sop', item: 'L.2–L.4' },
      pageUrl: 'https://hpms.cms.gov/ctm?id=41',
    });
  });

  // SOP L.3 gives only the 2 to 7 day range; the date for the level is CTM Assist's mapping and says so.
  it('L: the return-to-CMS line beside the step, with its date for the level and its own provenance (SOP L.3)', () => {
    const row = deadlineRow(tc('41', { scenario: 'L', issueLevel: 'urgent' }), { now, timeZone: NY });
    expect(row.nextStepDetail).toEqual({
      kind: 'return-to-cms',
      text: 'Urgent: 7 days, by Jun 8, 11:59 PM',
      provenance: {
        kind: 'ctm-assist',
        reason: 'L.3 gives only the range; our mapping: Immediate Need 2 (its key 11 budget), Urgent and none 7',
      },
    });
  });

  it('a case without a scenario has no second line beside the step', () => {
    expect(deadlineRow(tc('43'), { now, timeZone: NY }).nextStepDetail).toBeUndefined();
  });
});

describe('the due moment in the plan time zone (DOMAIN.md "Due moments")', () => {
  it('is the end of the due day where the plan is: 23:59:59 Pacific for a plan set to Los Angeles', () => {
    const row = deadlineRow(tc('44'), { now, timeZone: LA });
    expect(row.dueIso).toBe('2026-06-08T23:59:59-07:00');
    expect(row.dueMs).toBe(Date.parse('2026-06-09T06:59:59Z'));
  });

  it('is Eastern when the settings name no time zone', () => {
    expect(deadlineRow(tc('44'), { now }).dueIso).toBe('2026-06-08T23:59:59-04:00');
  });

  it('the next step tells the moment a path was confirmed in the plan time zone (SOP G.6.c)', () => {
    const g = tc('42', { scenario: 'G', branch: 'non-critical', branchSince: '2026-06-02T17:30:00.000Z' });
    expect(deadlineRow(g, { now, timeZone: LA }).nextStep).toBe(
      'Waiting for IntegriGuard since Jun 2, 10:30 AM (when you confirmed the non-critical path): give the beneficiary a status update, and close the case in CTM once IntegriGuard reports the RD resolved',
    );
  });

  it('says when it came from the received date because the page showed no assignment date', () => {
    const row = deadlineRow(tc('45', { assignedDate: undefined, receivedDate: '2026-06-01' }), { now, timeZone: NY });
    expect(row).toMatchObject({ dueIso: '2026-06-08T23:59:59-04:00', usedReceivedDate: true, budgetDays: 7 });
  });
});

describe('a case without a date', () => {
  it('shows why there is no due moment, is not overdue and does not claim the received date', () => {
    const later = Date.parse('2027-01-01T00:00:00Z');
    const row = deadlineRow(tc('46', { assignedDate: undefined }), { now: later, timeZone: NY });
    expect(row).toMatchObject({ dueProblem: NO_DATE, usedReceivedDate: false, overdue: false, pausedMs: 0 });
    expect(row.dueMs).toBeUndefined();
    expect(row.dueIso).toBeUndefined();
    expect(filterRows([row], 'overdue', later, NY)).toEqual([]);
  });

  it('its stored basis (what the popup reads) records no received date and no due moment', () => {
    const basis = rowBasis(tc('46', { assignedDate: undefined }), { timeZone: NY });
    expect(basis).toMatchObject({ usedReceivedDate: false, pausedMs: 0, openPauses: [], dueProblem: NO_DATE });
    expect(basis.dueMs).toBeUndefined();
    expect(rowAt(basis, now, NY).usedReceivedDate).toBe(false);
  });

  it('a stored row missing half its due moment (damaged) shows no due moment rather than half of one', () => {
    const basis = rowBasis(tc('47'), { timeZone: NY });
    const noIso = rowAt({ ...basis, dueIso: undefined }, now, NY);
    expect([noIso.dueMs, noIso.dueIso, noIso.overdue]).toEqual([undefined, undefined, false]);
    const noMs = rowAt({ ...basis, dueMs: undefined }, now, NY);
    expect([noMs.dueMs, noMs.dueIso, noMs.overdue]).toEqual([undefined, undefined, false]);
  });
});

// SOP I.4, J.4: the clock stops while CMS decides a category or issue-level change; the due
// moment moves by the time it stood still.
describe('paused time moves the due moment (SOP I.4, J.4)', () => {
  it('adds each ended pause; a pause recorded as ending before it began, or with an unreadable time, adds nothing', () => {
    const paused = tc('48', {
      pauses: [
        { from: '2026-06-02T00:00:00.000Z', to: '2026-06-03T00:00:00.000Z' },
        { from: '2026-06-04T12:00:00.000Z', to: '2026-06-04T06:00:00.000Z' },
        { from: 'not a time', to: '2026-06-05T00:00:00.000Z' },
        { from: '2026-06-05T00:00:00.000Z', to: 'not a time' },
      ],
    });
    const basis = rowBasis(paused, { timeZone: NY });
    expect(basis.pausedMs).toBe(DAY);
    expect(basis.openPauses).toEqual([]);
    const row = rowAt(basis, now, NY);
    expect(row.pausedMs).toBe(DAY);
    expect(row.dueIso).toBe('2026-06-09T23:59:59-04:00');
    expect(row.dueMs).toBe(Date.parse('2026-06-10T03:59:59Z'));
  });

  it('a pause still running adds the time since it began; one dated after now adds nothing yet', () => {
    const paused = tc('49', {
      clock: 'paused',
      reassignmentRequested: true,
      reassignmentReason: 'category',
      pauses: [{ from: '2026-06-01T16:00:00.000Z' }, { from: '2026-06-04T16:00:00.000Z' }, { from: 'not a time' }],
    });
    const basis = rowBasis(paused, { timeZone: NY });
    expect(basis.openPauses).toEqual([Date.parse('2026-06-01T16:00:00.000Z'), Date.parse('2026-06-04T16:00:00.000Z')]);
    const row = rowAt(basis, now, NY);
    expect(row.pausedMs).toBe(2 * DAY);
    expect(row.dueIso).toBe('2026-06-10T23:59:59-04:00');
  });

  it('the basis stored as JSON for the popup gives the same row', () => {
    const paused = tc('49', { clock: 'paused', pauses: [{ from: '2026-06-01T16:00:00.000Z' }, { from: 'not a time' }] });
    const stored = JSON.parse(JSON.stringify(rowBasis(paused, { timeZone: NY }))) as ReturnType<typeof rowBasis>;
    expect(rowAt(stored, now, NY).dueIso).toBe('2026-06-10T23:59:59-04:00');
  });
});

describe('overdue', () => {
  const dueMs = Date.parse('2026-06-09T03:59:59Z'); // tc default: Urgent, assigned 2026-06-01, due 06-08 23:59:59 EDT
  it('not at the due second itself, from the second after', () => {
    expect(deadlineRow(tc('50'), { now: dueMs, timeZone: NY }).overdue).toBe(false);
    expect(deadlineRow(tc('50'), { now: dueMs + 1000, timeZone: NY }).overdue).toBe(true);
  });
  it('never for a case marked done, closed, or whose clock is paused or stopped (SOP I.4, J.4)', () => {
    const later = dueMs + 10 * DAY;
    const rows = [
      tc('51', { status: 'done', doneByUser: true }),
      tc('52', { status: 'closed', resolutionDate: '2026-06-05' }),
      tc('53', { clock: 'paused' }),
      tc('54', { clock: 'stopped' }),
    ].map((c) => deadlineRow(c, { now: later, timeZone: NY }));
    expect(rows.map((r) => [r.complaintId, r.overdue])).toEqual([
      ['51', false],
      ['52', false],
      ['53', false],
      ['54', false],
    ]);
  });
});

describe('a handed-over case (SOP C.4)', () => {
  const handedOver = { scenario: 'C', reassignmentRequested: true, reassignmentReason: 'cms-issue' } as const;
  it('without the moment the request was first seen, shows no hand-over date', () => {
    const row = deadlineRow(tc('55', handedOver), { now, timeZone: NY });
    expect(row.handedOver).toEqual({ to: 'CMS Issue', step: 'C.4', lastSeenMs: Date.parse('2026-06-01T12:00:00.000Z') });
  });
  it('with it, shows that date and the caseworker\'s answer', () => {
    const row = deadlineRow(tc('55', { ...handedOver, reassignmentRequestedAt: '2026-06-02T14:00:00.000Z', handOverAnswer: 'kept' }), { now, timeZone: NY });
    expect(row.handedOver).toEqual({
      to: 'CMS Issue',
      step: 'C.4',
      lastSeenMs: Date.parse('2026-06-01T12:00:00.000Z'),
      atMs: Date.parse('2026-06-02T14:00:00.000Z'),
      answer: 'kept',
    });
  });
});

it('the same case is due three hours later in Los Angeles than in New York', () => {
  const ny = deadlineRow(tc('56'), { now, timeZone: NY }).dueMs!;
  const la = deadlineRow(tc('56'), { now, timeZone: LA }).dueMs!;
  expect(la - ny).toBe(3 * HOUR);
});
