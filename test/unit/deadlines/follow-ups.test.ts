import { describe, expect, it } from 'vitest';
import { accessRequestFollowUp, hpmsSetupExpected } from '../../../lib/deadlines/access-follow-ups';
import { contactAttemptStep, returnToCmsBy, waitingForRo } from '../../../lib/deadlines/follow-ups';
import { countdown } from '../../../lib/deadlines/countdown';
import { SCENARIOS } from '../../../lib/sop';

const RETURN = SCENARIOS.L.followUps.find((f) => f.kind === 'return-to-cms');
if (RETURN?.kind !== 'return-to-cms') throw new Error('L has no return-to-CMS follow-up');
const days = RETURN.days;

const NY = 'America/New_York';

describe('L: CIS or Congressional case returns to CMS within 2 to 7 days by issue level (SOP L.3)', () => {
  it('the days per level are CTM Assist\'s mapping of the SOP\'s range, and say so', () => {
    expect(days).toEqual({ 'immediate-need': 2, urgent: 7, none: 7 });
    expect(RETURN.daysFrom.kind).toBe('ctm-assist');
  });
  it('Immediate Need: 2 days', () => {
    expect(returnToCmsBy({ assignedDate: '2026-06-01', issueLevel: 'immediate-need', timeZone: NY, days })?.iso).toBe(
      '2026-06-03T23:59:59-04:00',
    );
  });
  it('Urgent and no level: 7 days', () => {
    expect(returnToCmsBy({ assignedDate: '2026-06-01', issueLevel: 'urgent', timeZone: NY, days })?.iso).toBe('2026-06-08T23:59:59-04:00');
    expect(returnToCmsBy({ assignedDate: '2026-06-01', timeZone: NY, days })?.days).toBe(7);
  });
  it('has no date without an assignment or received date', () => {
    expect(returnToCmsBy({ timeZone: NY, days })).toBeUndefined();
  });
});

describe('E: at least 3 contact attempts, the 4th in writing (SOP E note)', () => {
  it('asks for calls until 3 attempts are recorded', () => {
    expect(contactAttemptStep(0)).toMatchObject({ next: 'call', text: expect.stringContaining('1 of 3') });
    expect(contactAttemptStep(2)).toMatchObject({ next: 'call', text: expect.stringContaining('3 of 3') });
  });
  it('asks for the 4th attempt in writing, then to close', () => {
    expect(contactAttemptStep(3).next).toBe('write');
    expect(contactAttemptStep(4).next).toBe('close');
  });
});

describe('N: check access after 5 business days, write only after 6 (SOP N.1, N.2)', () => {
  it('counts business days from the day CMS confirmed receipt', () => {
    // Confirmed Monday 2026-06-08: 5 business days → Mon 06-15; 6th → Tue 06-16 (Juneteenth is Fri 06-19).
    const f = accessRequestFollowUp('2026-06-08', NY);
    expect(f.checkAccessOn).toBe('2026-06-15');
    expect(f.sixthBusinessDay).toBe('2026-06-16');
    expect(f.mayWriteFrom.iso).toBe('2026-06-17T00:00:00-04:00');
  });
  it('skips the observed July 4 holiday (Friday 2026-07-03)', () => {
    const f = accessRequestFollowUp('2026-06-29', NY);
    // Jun 30 (1), Jul 1 (2), Jul 2 (3), [Jul 3 observed], Jul 6 (4), Jul 7 (5), Jul 8 (6)
    expect(f.checkAccessOn).toBe('2026-07-07');
    expect(f.sixthBusinessDay).toBe('2026-07-08');
  });
});

describe('O: HPMS user set-up takes 2 weeks or longer (SOP O.2)', () => {
  it('expects access no earlier than 14 calendar days after the request', () => {
    expect(hpmsSetupExpected('2026-12-20', NY)).toMatchObject({ date: '2027-01-03', iso: '2027-01-03T00:00:00-05:00' });
  });
});

describe('reassignment waiting for the RO decision (SOP A.3: timestamps at request and decision)', () => {
  it('measures the time since the request was seen', () => {
    expect(waitingForRo('2026-06-01T12:00:00.000Z', Date.parse('2026-06-03T12:00:00Z'))).toBe(2 * 86_400_000);
    expect(waitingForRo(undefined, 0)).toBeUndefined();
  });
});

describe('countdown text', () => {
  const now = Date.parse('2026-06-01T12:00:00Z');
  it('reads as people speak', () => {
    expect(countdown(now + 5 * 3_600_000, now)).toBe('due in 5 h');
    expect(countdown(now + 26 * 3_600_000, now)).toBe('due in 1 d 2 h');
    expect(countdown(now + 10 * 86_400_000, now)).toBe('due in 10 d');
    expect(countdown(now + 20 * 60_000, now)).toBe('due in 20 min');
    expect(countdown(now - 2 * 86_400_000 - 1000, now)).toBe('overdue by 2 d');
  });
});
