/**
 * What the deadline line says when a case has no start date, and which zone a due moment is in
 * when the plan names none (New York: DOMAIN.md "Due moments", our choice, not the SOP's).
 *
 * The modules are imported afresh inside the tests so that their constants, built at import, are
 * built under the tests that check them.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshDueMoment() {
  vi.resetModules();
  return import('../../../lib/deadlines/due-moment');
}

describe('the due moment a caseworker is shown', () => {
  it('says why there is none when the case has neither an assignment nor a received date', async () => {
    const { dueMoment } = await freshDueMoment();
    expect(dueMoment({ issueLevel: 'urgent' })).toEqual({ ok: false, reason: 'cannot compute: no assignment or received date' });
  });
  it('is 23:59:59 New York time when the plan names no zone (Immediate Need: 2 calendar days, SOP key 11)', async () => {
    const { dueMoment } = await freshDueMoment();
    expect(dueMoment({ assignedDate: '2026-01-05', issueLevel: 'immediate-need' })).toMatchObject({
      ok: true,
      iso: '2026-01-07T23:59:59-05:00',
      budget: { days: 2, source: 'SOP key 11' },
    });
  });
});
