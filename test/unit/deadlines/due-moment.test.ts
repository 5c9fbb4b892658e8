import { describe, expect, it } from 'vitest';
import { budgetFor, budgetProvenance } from '../../../lib/deadlines/budgets';
import { dueMoment, NO_DATE_REASON } from '../../../lib/deadlines/due-moment';

const NY = 'America/New_York';

function iso(input: Parameters<typeof dueMoment>[0]): string {
  const r = dueMoment(input);
  if (!r.ok) throw new Error(r.reason);
  return r.iso;
}

describe('budgets by issue level', () => {
  it('Immediate Need is 2 calendar days from the SOP (SOP key 11)', () => {
    expect(budgetFor('immediate-need', { urgentDays: 5, noLevelDays: 20 })).toEqual({ days: 2, source: 'SOP key 11' });
  });
  it('Urgent and no level default to later CMS guidance, 7 and 30 days, and say so', () => {
    expect(budgetFor('urgent')).toEqual({ days: 7, source: 'CMS guidance (default; set in options)' });
    expect(budgetFor('none')).toEqual({ days: 30, source: 'CMS guidance (default; set in options)' });
    expect(budgetFor(undefined).days).toBe(30);
  });
  it('a plan setting overrides the Urgent and no-level defaults and is named as the source', () => {
    expect(budgetFor('urgent', { urgentDays: 5 })).toEqual({ days: 5, source: 'plan setting' });
    expect(budgetFor('none', { noLevelDays: 14 })).toEqual({ days: 14, source: 'plan setting' });
  });
  it('is marked the SOP’s only for Immediate Need (SOP key 11); Urgent and no-level budgets are CMS guidance, also when the plan set them', () => {
    expect(budgetProvenance('SOP key 11')).toBe('sop');
    expect(budgetProvenance('CMS guidance (default; set in options)')).toBe('cms-guidance');
    expect(budgetProvenance('plan setting')).toBe('cms-guidance');
  });
});

describe('due moment: end of day (assignment date + budget) in the plan time zone', () => {
  it('matches the DOMAIN.md example: Immediate Need assigned 11/02/2026 → 2026-11-04T23:59:59-05:00', () => {
    const r = dueMoment({ assignedDate: '2026-11-02', issueLevel: 'immediate-need', timeZone: NY });
    expect(r).toMatchObject({ ok: true, iso: '2026-11-04T23:59:59-05:00', usedReceivedDate: false });
    if (r.ok) expect(r.due.toISOString()).toBe('2026-11-05T04:59:59.000Z');
  });

  it('falls back to the received date and says so', () => {
    const r = dueMoment({ receivedDate: '2026-03-02', issueLevel: 'urgent', timeZone: NY });
    expect(r).toMatchObject({ ok: true, iso: '2026-03-09T23:59:59-04:00', usedReceivedDate: true });
  });

  it('prefers the assignment date when both are shown', () => {
    expect(iso({ receivedDate: '2026-01-01', assignedDate: '2026-01-05', issueLevel: 'urgent', timeZone: NY })).toBe(
      '2026-01-12T23:59:59-05:00',
    );
  });

  it('cannot compute without any date, and says why', () => {
    expect(dueMoment({ issueLevel: 'urgent', timeZone: NY })).toEqual({ ok: false, reason: NO_DATE_REASON });
  });

  it('spring forward: assigned before the March DST change, due after it at 23:59:59 EDT', () => {
    // 2026-03-08 02:00 EST → EDT
    expect(iso({ assignedDate: '2026-03-07', issueLevel: 'immediate-need', timeZone: NY })).toBe('2026-03-09T23:59:59-04:00');
    expect(iso({ assignedDate: '2026-03-08', issueLevel: 'none', timeZone: NY })).toBe('2026-04-07T23:59:59-04:00');
  });

  it('fall back: assigned before the November DST change, due after it at 23:59:59 EST', () => {
    // 2026-11-01 02:00 EDT → EST
    expect(iso({ assignedDate: '2026-10-31', issueLevel: 'immediate-need', timeZone: NY })).toBe('2026-11-02T23:59:59-05:00');
    expect(iso({ assignedDate: '2026-10-25', issueLevel: 'urgent', timeZone: NY })).toBe('2026-11-01T23:59:59-05:00');
  });

  it('crosses month and year ends', () => {
    expect(iso({ assignedDate: '2026-01-30', issueLevel: 'immediate-need', timeZone: NY })).toBe('2026-02-01T23:59:59-05:00');
    expect(iso({ assignedDate: '2026-12-30', issueLevel: 'immediate-need', timeZone: NY })).toBe('2027-01-01T23:59:59-05:00');
    expect(iso({ assignedDate: '2026-12-15', issueLevel: 'none', timeZone: NY })).toBe('2027-01-14T23:59:59-05:00');
  });

  it('counts the leap day of 2028', () => {
    expect(iso({ assignedDate: '2028-02-27', issueLevel: 'immediate-need', timeZone: NY })).toBe('2028-02-29T23:59:59-05:00');
    expect(iso({ assignedDate: '2028-02-28', issueLevel: 'immediate-need', timeZone: NY })).toBe('2028-03-01T23:59:59-05:00');
    expect(iso({ assignedDate: '2027-02-28', issueLevel: 'immediate-need', timeZone: NY })).toBe('2027-03-02T23:59:59-05:00');
  });

  it('uses the plan time zone: Los Angeles, Honolulu (no DST), Phoenix (no DST)', () => {
    expect(iso({ assignedDate: '2026-03-07', issueLevel: 'immediate-need', timeZone: 'America/Los_Angeles' })).toBe(
      '2026-03-09T23:59:59-07:00',
    );
    expect(iso({ assignedDate: '2026-03-07', issueLevel: 'immediate-need', timeZone: 'Pacific/Honolulu' })).toBe(
      '2026-03-09T23:59:59-10:00',
    );
    expect(iso({ assignedDate: '2026-07-01', issueLevel: 'immediate-need', timeZone: 'America/Phoenix' })).toBe(
      '2026-07-03T23:59:59-07:00',
    );
  });

  it('defaults to America/New_York when no zone is given', () => {
    expect(iso({ assignedDate: '2026-07-01', issueLevel: 'immediate-need' })).toBe('2026-07-03T23:59:59-04:00');
  });

  it('recomputes from the same assignment date when the issue level changes (SOP J)', () => {
    const before = iso({ assignedDate: '2026-05-04', issueLevel: 'immediate-need', timeZone: NY });
    const after = iso({ assignedDate: '2026-05-04', issueLevel: 'urgent', timeZone: NY });
    expect(before).toBe('2026-05-06T23:59:59-04:00');
    expect(after).toBe('2026-05-11T23:59:59-04:00');
  });

  it('applies configured budgets', () => {
    expect(iso({ assignedDate: '2026-05-04', issueLevel: 'urgent', timeZone: NY, budgets: { urgentDays: 3 } })).toBe(
      '2026-05-07T23:59:59-04:00',
    );
  });
});

describe('instants shown in the plan time zone', () => {
  it('formats any instant with the offset in force at that instant, like formatISO', async () => {
    const { isoIn, dateIn } = await import('../../../lib/deadlines/end-of-day');
    const { TZDate } = await import('@date-fns/tz');
    const { formatISO } = await import('date-fns');
    const zones = ['America/New_York', 'America/Phoenix', 'Pacific/Honolulu', 'Asia/Kolkata', 'UTC'];
    // Hourly across the 2026 autumn DST change and a sample through the year.
    const instants = [
      ...Array.from({ length: 48 }, (_, i) => Date.parse('2026-10-31T12:00:00Z') + i * 3_600_000),
      ...Array.from({ length: 24 }, (_, i) => Date.parse('2026-01-01T00:00:00Z') + i * 15 * 86_400_000),
    ];
    for (const zone of zones) {
      for (const ms of instants) {
        const expected = formatISO(new TZDate(ms, zone));
        expect(isoIn(ms, zone)).toBe(expected);
        expect(dateIn(ms, zone)).toBe(expected.slice(0, 10));
      }
    }
  });
});
