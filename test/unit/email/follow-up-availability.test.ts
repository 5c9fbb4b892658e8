import { describe, expect, it } from 'vitest';
import { followUpAvailability, isoDateIn } from '../../../lib/email/follow-up-availability';

describe('N follow-up availability (SOP N.1, N.2)', () => {
  it('skips weekends and a weekday federal holiday (Veterans Day 2026)', () => {
    const a = followUpAvailability('2026-11-09', '2026-11-18');
    expect(a).toMatchObject({ ok: true, checkAccessOn: '2026-11-17', sixthBusinessDay: '2026-11-18', availableFrom: '2026-11-19', available: false });
  });
  it('skips Thanksgiving', () => {
    expect(followUpAvailability('2026-11-20', '2026-12-01')).toMatchObject({ sixthBusinessDay: '2026-12-01', available: false });
    expect(followUpAvailability('2026-11-20', '2026-12-02')).toMatchObject({ available: true });
  });
  it('skips a Saturday holiday observed on Friday (July 4, 2026 → July 3)', () => {
    expect(followUpAvailability('2026-07-01', '2026-07-10')).toMatchObject({ sixthBusinessDay: '2026-07-10', availableFrom: '2026-07-11' });
  });
  it('SOP N.2: before 6 business days it says from which date; after, it offers the email', () => {
    const early = followUpAvailability('2026-11-09', '2026-11-10');
    expect(early.ok && early.available).toBe(false);
    expect(early.message).toContain('2026-11-19');
    expect(early.message).toContain('2026-11-17'); // SOP N.1: when to check for access
    const later = followUpAvailability('2026-11-09', '2026-12-01');
    expect(later.ok && later.available).toBe(true);
  });
  it('says so when the confirmation date cannot be read', () => {
    expect(followUpAvailability('11/09/2026', '2026-11-10')).toMatchObject({ ok: false });
    expect(followUpAvailability('2026-02-30', '2026-03-10')).toMatchObject({ ok: false });
  });
  it('SOP N.2: says in words why the email waits, and when it may go', () => {
    expect(followUpAvailability('2026-11-09', '2026-11-18').message).toBe(
      'SOP N.2: write to CMS only after 6 business days. Check for access on 2026-11-17 (SOP N.1); this email is offered from 2026-11-19.',
    );
    expect(followUpAvailability('2026-11-09', '2026-11-19').message).toBe('Six business days have passed since CMS confirmed receipt on 2026-11-09 (SOP N.2).');
  });
  it('asks for the confirmation date in the form it reads', () => {
    expect(followUpAvailability('11/09/2026', '2026-11-10')).toEqual({ ok: false, message: 'Enter the date CMS confirmed receipt of the request (YYYY-MM-DD).' });
  });
  it('refuses the year 0000, which no calendar shows', () => {
    expect(followUpAvailability('0000-01-01', '2026-11-10')).toEqual({ ok: false, message: 'Enter the date CMS confirmed receipt of the request (YYYY-MM-DD).' });
  });
  it('says so when today cannot be read, rather than offering or holding the email', () => {
    expect(followUpAvailability('2026-11-09', '2026-13-01')).toEqual({ ok: false, message: 'Today’s date could not be read.' });
  });
  it('reads today in the plan’s time zone', () => {
    const lateEvening = new Date('2026-11-10T03:30:00Z'); // 22:30 on 11/09 in New York
    expect(isoDateIn(lateEvening, 'America/New_York')).toBe('2026-11-09');
    expect(isoDateIn(lateEvening, 'UTC')).toBe('2026-11-10');
  });
});
