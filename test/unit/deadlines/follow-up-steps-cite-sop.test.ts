/**
 * Follow-up steps as the caseworker reads them, each naming the SOP item it comes from, and the
 * budget source shown beside a due date.
 */
import { describe, expect, it, vi } from 'vitest';
import { accessRequestFollowUp, hpmsSetupExpected } from '../../../lib/deadlines/access-follow-ups';
import { contactAttemptStep, waitingForRo } from '../../../lib/deadlines/follow-ups';

const NY = 'America/New_York';

describe('contact attempts: at least 3, the 4th in writing, then close (SOP E note, repeated under K)', () => {
  it.each([
    [0, { next: 'call', text: 'Contact attempt 1 of 3; record its date and time in the note', sop: 'E note' }],
    [2, { next: 'call', text: 'Contact attempt 3 of 3; record its date and time in the note', sop: 'E note' }],
    [3, { next: 'write', text: 'Fourth attempt in writing; record its date', sop: 'E note' }],
    [4, { next: 'close', text: 'All attempts recorded; close the complaint as resolved', sop: 'E note' }],
    [7, { next: 'close', text: 'All attempts recorded; close the complaint as resolved', sop: 'E note' }],
  ] as const)('after %i recorded attempts the step says what to do next', (attempts, step) => {
    expect(contactAttemptStep(attempts)).toEqual(step);
  });
});

describe('access follow-ups name their SOP items', () => {
  it('check access and write to CMS (SOP N.1, N.2)', () => {
    expect(accessRequestFollowUp('2026-06-08', NY).sop).toBe('N.1, N.2');
  });
  it('HPMS user set-up takes 2 weeks or longer (SOP O.2)', () => {
    expect(hpmsSetupExpected('2026-06-08', NY)).toMatchObject({ date: '2026-06-22', sop: 'O.2' });
  });
});

describe('waiting for the RO decision (SOP A.3)', () => {
  it('shows no waiting time when the request time is missing or unreadable', () => {
    expect(waitingForRo('', Date.parse('2026-06-03T12:00:00Z'))).toBeUndefined();
    expect(waitingForRo('not a date', Date.parse('2026-06-03T12:00:00Z'))).toBeUndefined();
  });
});

describe('the budget source shown beside a due date', () => {
  // Imported afresh inside the test so that the source wording, built at import, is built under
  // the test that checks it.
  it('Urgent and no-level budgets say they are CMS guidance until the plan sets them; Immediate Need is the SOP (key 11)', async () => {
    vi.resetModules();
    const { budgetFor } = await import('../../../lib/deadlines/budgets');
    expect(budgetFor('urgent')).toEqual({ days: 7, source: 'CMS guidance (default; set in options)' });
    expect(budgetFor(undefined)).toEqual({ days: 30, source: 'CMS guidance (default; set in options)' });
    expect(budgetFor('urgent', { urgentDays: 5 })).toEqual({ days: 5, source: 'plan setting' });
    expect(budgetFor('immediate-need')).toEqual({ days: 2, source: 'SOP key 11' });
  });
});
