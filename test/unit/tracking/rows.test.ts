import { describe, expect, it } from 'vitest';
import { deadlineRow, deadlineRows } from '../../../lib/tracking/deadline-row';
import { casesDuePerDay, filterRows } from '../../../lib/tracking/filters';
import { detailProvenance, nextStep } from '../../../lib/tracking/next-step';
import { trackedCase } from '../../fixtures/tracked-case';

const NY = 'America/New_York';
const now = Date.parse('2026-06-03T16:00:00Z'); // 12:00 EDT on Wed 2026-06-03

const tc = trackedCase;

const cases = [
  tc('1'), // urgent: due 06-08
  tc('2', { issueLevel: 'immediate-need', assignedDate: '2026-05-30' }), // due 06-01: overdue
  tc('3', { issueLevel: 'immediate-need' }), // due 06-03 today
  tc('4', { issueLevel: 'none' }), // due 07-01
  tc('5', { assignedDate: undefined }), // no date
  tc('6', { status: 'done', doneByUser: true }),
];

describe('deadline rows', () => {
  const rows = deadlineRows(cases, { now, timeZone: NY });
  it('orders soonest due first, cases without a date last', () => {
    expect(rows.map((r) => r.complaintId)).toEqual(['2', '3', '1', '6', '4', '5']);
  });
  it('marks overdue only open running cases past due', () => {
    expect(rows.filter((r) => r.overdue).map((r) => r.complaintId)).toEqual(['2']);
  });
  it('says why a case has no due moment', () => {
    expect(rows.find((r) => r.complaintId === '5')?.dueProblem).toMatch(/no assignment or received date/);
  });
  it('shows the budget source for the UI', () => {
    expect(rows.find((r) => r.complaintId === '3')).toMatchObject({ budgetDays: 2, budgetSource: 'SOP key 11' });
  });
  it('moves the due moment by paused time and is not overdue while paused (SOP I.4)', () => {
    const paused = deadlineRow(
      tc('9', {
        issueLevel: 'immediate-need',
        assignedDate: '2026-05-30',
        clock: 'paused',
        reassignmentRequested: true,
        reassignmentReason: 'category',
        pauses: [{ from: '2026-05-31T16:00:00.000Z' }],
      }),
      { now, timeZone: NY },
    );
    expect(paused.overdue).toBe(false);
    expect(paused.pausedMs).toBe(3 * 86_400_000);
    expect(paused.dueIso).toBe('2026-06-04T23:59:59-04:00');
  });
});

describe('filters', () => {
  const rows = deadlineRows(cases, { now, timeZone: NY });
  const ids = (f: Parameters<typeof filterRows>[1]) => filterRows(rows, f, now, NY).map((r) => r.complaintId);
  it('overdue, today, this week, all, done', () => {
    expect(ids('overdue')).toEqual(['2']);
    expect(ids('today')).toEqual(['2', '3']);
    expect(ids('week')).toEqual(['2', '3', '1']);
    expect(ids('all')).toEqual(['2', '3', '1', '4', '5']);
    expect(ids('done')).toEqual(['6']);
  });
});

describe('cases due per day', () => {
  it('counts open cases on each of the next 14 days, overdue apart', () => {
    const rows = deadlineRows(cases, { now, timeZone: NY });
    const series = casesDuePerDay(rows, now, NY);
    expect(series.overdue).toBe(1);
    expect(series.days).toHaveLength(14);
    expect(series.days[0]).toEqual({ date: '2026-06-03', count: 1 });
    expect(series.days[5]).toEqual({ date: '2026-06-08', count: 1 });
    expect(series.days.reduce((n, d) => n + d.count, 0)).toBe(2);
  });
});

describe('next step', () => {
  // SOP L.3: "As a best practice, Plan A returns the complaint to CMS within 2 to 7 days, depending
  // on Issue Level." The range is the SOP's; a date for this case is our mapping, labelled as ours.
  it('L: return to CMS within 2 to 7 days as a best practice (SOP L.3); the date for the level is CTM Assist\'s mapping', () => {
    const step = nextStep(tc('1', { scenario: 'L', issueLevel: 'immediate-need' }), { now, timeZone: NY });
    expect(step.text).toMatch(/within 2 to 7 days, depending on the issue level/);
    expect(step.text).not.toMatch(/Jun 3/);
    expect(step.provenance).toEqual({ kind: 'sop', item: 'L.2–L.4' });
    expect(step.detail?.kind).toBe('return-to-cms');
    expect(detailProvenance(step.detail!, 'L').kind).toBe('ctm-assist');
    expect(step.detail?.text).toMatch(/Immediate Need: 2 days, by Jun 3, 11:59 PM/);
  });
  it('every next step says where it comes from: the SOP item, or CTM Assist with its reason', () => {
    const general = nextStep(tc('1'), { now, timeZone: NY });
    expect(general.provenance).toEqual({ kind: 'sop', item: 'E.1, K' });
    const done = nextStep(tc('1', { status: 'done', doneByUser: true }), { now, timeZone: NY });
    expect(done.provenance.kind).toBe('ctm-assist');
    const paused = nextStep(tc('1', { clock: 'paused', reassignmentRequested: true, reassignmentReason: 'category' }), { now, timeZone: NY });
    expect(paused.provenance).toEqual({ kind: 'sop', item: 'I.4' });
  });
  it('E: the next contact attempt (SOP E note)', () => {
    expect(nextStep(tc('1', { scenario: 'E', contactAttempts: 3 }), { now, timeZone: NY }).text).toMatch(/in writing/);
  });
  it('paused: waiting for CMS (SOP J.4)', () => {
    const step = nextStep(tc('1', { clock: 'paused', reassignmentRequested: true, reassignmentReason: 'issue-level' }), { now, timeZone: NY });
    expect(step).toMatchObject({ sop: 'J.4', text: expect.stringMatching(/issue level/) });
  });
  it('waiting for the RO shows how long (SOP A.3)', () => {
    const step = nextStep(
      tc('1', { reassignmentRequested: true, reassignmentReason: 'another-plan', reassignmentRequestedAt: '2026-06-01T16:00:00.000Z' }),
      { now, timeZone: NY },
    );
    expect(step.text).toMatch(/RO.*2 d so far/);
  });
});
