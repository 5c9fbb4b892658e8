/** Which date a due moment counts from, and whether the panel says it stood in the received date. */
import { describe, expect, it } from 'vitest';
import { dueMoment } from '../../../lib/deadlines/due-moment';

const NY = 'America/New_York';

describe('the date a due moment counts from', () => {
  it('with both dates shown, counts from the assignment date and does not say it used the received date', () => {
    const r = dueMoment({ receivedDate: '2026-01-01', assignedDate: '2026-01-05', issueLevel: 'urgent', timeZone: NY });
    expect(r).toMatchObject({ ok: true, iso: '2026-01-12T23:59:59-05:00', usedReceivedDate: false });
  });

  it('with only the received date, counts from it and says so', () => {
    const r = dueMoment({ receivedDate: '2026-01-01', issueLevel: 'urgent', timeZone: NY });
    expect(r).toMatchObject({ ok: true, iso: '2026-01-08T23:59:59-05:00', usedReceivedDate: true });
  });

  it('with neither date, says it cannot compute rather than guessing', () => {
    expect(dueMoment({ issueLevel: 'urgent', timeZone: NY })).toEqual({ ok: false, reason: 'cannot compute: no assignment or received date' });
  });
});
