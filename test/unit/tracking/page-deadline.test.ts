import { describe, expect, it } from 'vitest';
import { deadlineChange, pageDeadline } from '../../../lib/tracking/page-deadline';
import type { PanelDeadline } from '../../../lib/messages';

const FACTS = { complaintId: '4012345', assignedDate: '2026-11-02', issueLevel: 'urgent' as const, contractNumber: 'S1234' };

describe('pageDeadline: the due moment from the page alone', () => {
  it('is the end of (assignment + budget) in the plan zone, with its budget and clock', () => {
    expect(pageDeadline(FACTS, undefined, { schemaVersion: 1 })).toEqual({
      ok: true,
      iso: '2026-11-09T23:59:59-05:00',
      dueMs: Date.parse('2026-11-09T23:59:59-05:00'),
      clock: 'running',
      usedReceivedDate: false,
      budgetDays: 7,
      budgetSource: expect.stringMatching(/CMS/),
      pausedMs: 0,
    });
  });

  it('follows the settings it is given, a paused or closed page, and says why there is none', () => {
    const plan = pageDeadline(FACTS, undefined, { schemaVersion: 1, budgets: { urgentDays: 5 }, timeZone: 'America/Chicago' });
    expect(plan).toMatchObject({ iso: '2026-11-07T23:59:59-06:00', budgetSource: 'plan setting' });
    expect(pageDeadline({ ...FACTS, reassignmentRequested: true, reassignmentReason: 'category' }, undefined, { schemaVersion: 1 })).toMatchObject({ clock: 'paused' });
    expect(pageDeadline({ ...FACTS, resolutionDate: '2026-11-05', disposition: 'resolved' }, undefined, { schemaVersion: 1 })).toMatchObject({ clock: 'stopped' });
    expect(pageDeadline({ complaintId: '1' }, undefined, { schemaVersion: 1 })).toEqual({ ok: false, reason: expect.stringMatching(/no assignment or received date/) });
  });
});

describe('deadlineChange: why the background moved the figure', () => {
  const first = pageDeadline(FACTS, undefined, { schemaVersion: 1 }) as Extract<PanelDeadline, { ok: true }>;
  it('says nothing when the figure is the same', () => {
    expect(deadlineChange(first, first)).toBeUndefined();
  });
  it('names the policy when the policy sets the budgets, the plan settings otherwise, and paused time', () => {
    const later = pageDeadline(FACTS, undefined, { schemaVersion: 1, budgets: { urgentDays: 5 } });
    expect(deadlineChange(first, later, ['budgets'])).toBe(
      'The due date first shown from the page alone was 11/09/2026; it is now 11/07/2026: your organization’s policy sets this plan’s deadline settings.',
    );
    expect(deadlineChange(first, later)).toMatch(/this plan’s saved settings apply\.$/);
    const paused: PanelDeadline = { ...first, iso: '2026-11-12T23:59:59-05:00', dueMs: first.dueMs + 3 * 86_400_000, pausedMs: 3 * 86_400_000 };
    expect(deadlineChange(first, paused)).toMatch(/now 11\/12\/2026: the time the clock was paused \(SOP I\.4, J\.4\) is added\.$/);
  });
});

describe('the first paint follows the worked scenario on pauses', () => {
  it('SOP D.4: a D case with its category request keeps the clock running (only I.4 and J.4 state a pause)', () => {
    const facts = { complaintId: '1', assignedDate: '2026-11-02', issueLevel: 'urgent' as const, reassignmentRequested: true, reassignmentReason: 'category' as const };
    expect(pageDeadline(facts, 'D', { schemaVersion: 1 })).toMatchObject({ ok: true, clock: 'running' });
    expect(pageDeadline(facts, 'I', { schemaVersion: 1 })).toMatchObject({ ok: true, clock: 'paused' });
  });
});

describe('the first paint of a case that left the plan', () => {
  it('stops the clock when the page shows it reassigned to "CMS Issue" or another contract (SOP A.4, C.4)', () => {
    expect(pageDeadline({ ...FACTS, contractNumber: 'CMS' }, undefined, { schemaVersion: 1 })).toMatchObject({ ok: true, clock: 'stopped' });
    expect(pageDeadline({ ...FACTS, contractNumber: 'H9999' }, undefined, { schemaVersion: 1, contracts: ['S1234'] })).toMatchObject({ ok: true, clock: 'stopped' });
    expect(pageDeadline(FACTS, undefined, { schemaVersion: 1, contracts: ['S1234'] })).toMatchObject({ ok: true, clock: 'running' });
  });
});

describe('deadlineChange: the exact words for each kind of change', () => {
  type Ok = Extract<PanelDeadline, { ok: true }>;
  const first: Ok = {
    ok: true,
    iso: '2026-11-09T23:59:59-05:00',
    dueMs: Date.parse('2026-11-09T23:59:59-05:00'),
    clock: 'running',
    usedReceivedDate: false,
    budgetDays: 7,
    budgetSource: 'CMS guidance',
    pausedMs: 0,
  };
  const lead = (to: string) => `The due date first shown from the page alone was 11/09/2026; it is now ${to}: `;
  const saved = 'this plan’s saved settings apply.';
  const policy = 'your organization’s policy sets this plan’s deadline settings.';

  it('says nothing when either side has no due moment', () => {
    const none: PanelDeadline = { ok: false, reason: 'no assignment or received date' };
    expect(deadlineChange(none, first)).toBeUndefined();
    expect(deadlineChange(first, none)).toBeUndefined();
    expect(deadlineChange(none, none)).toBeUndefined();
  });

  it('a budget of other days from the same source: the saved settings, or the policy when it sets the budgets', () => {
    const answer: Ok = { ...first, iso: '2026-11-07T23:59:59-05:00', budgetDays: 5 };
    expect(deadlineChange(first, answer)).toBe(lead('11/07/2026') + saved);
    expect(deadlineChange(first, answer, ['budgets'])).toBe(lead('11/07/2026') + policy);
    expect(deadlineChange(first, answer, ['timeZone'])).toBe(lead('11/07/2026') + saved);
  });

  it('a budget of the same days from another source: the policy when it sets the budgets', () => {
    const answer: Ok = { ...first, iso: '2026-11-10T23:59:59-05:00', budgetSource: 'plan setting' };
    expect(deadlineChange(first, answer, ['budgets'])).toBe(lead('11/10/2026') + policy);
  });

  it('another time zone, same date: the saved settings, or the policy when it sets the time zone', () => {
    const answer: Ok = { ...first, iso: '2026-11-09T23:59:59-06:00' };
    expect(deadlineChange(first, answer)).toBe(lead('11/09/2026') + saved);
    expect(deadlineChange(first, answer, ['timeZone'])).toBe(lead('11/09/2026') + policy);
    expect(deadlineChange(first, answer, ['budgets'])).toBe(lead('11/09/2026') + saved);
  });

  it('another date in the same offset with the same budget: the saved settings', () => {
    expect(deadlineChange(first, { ...first, iso: '2026-11-10T23:59:59-05:00' })).toBe(lead('11/10/2026') + saved);
  });

  it('paused time and a changed budget: both reasons, joined', () => {
    const answer: Ok = { ...first, iso: '2026-11-10T23:59:59-05:00', budgetDays: 5, pausedMs: 3 * 86_400_000 };
    expect(deadlineChange(first, answer)).toBe(`${lead('11/10/2026')}the time the clock was paused (SOP I.4, J.4) is added, and ${saved}`);
  });

  it('a change no reason on the page explains: the background knows more', () => {
    expect(deadlineChange(first, { ...first, iso: '2026-11-09T17:00:00-05:00' })).toBe(
      lead('11/09/2026') + 'the background worker knows more about this case than the page shows.',
    );
  });
});
