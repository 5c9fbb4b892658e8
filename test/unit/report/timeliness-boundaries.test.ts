/**
 * Where the timeliness report draws its lines: on time at the exact due moment (SOP key 11:
 * Immediate Need within 2 calendar days; a resolution date counts at the end of that day at the
 * latest), resolutions on a period's first and last day, still open past due only for complaints
 * due in the period and only after the due moment, paused time up to the resolution (SOP I.4, J.4),
 * and which undatable complaints are listed to check.
 */
import { describe, expect, it } from 'vitest';
import type { ComplaintHistory, HistoryCases, HistoryEvent } from '../../../lib/history/case-history';
import { parsePeriod, type Period } from '../../../lib/report/periods';
import { timelinessReport } from '../../../lib/report/timeliness';

const NY = { timeZone: 'America/New_York' };
const DAY = 24 * 3_600_000;
const period = (key: string): Period => parsePeriod(key)!;
const LATER = Date.parse('2028-01-01T00:00:00Z');
/** Immediate Need assigned 11/02/2026: due 11/04 23:59:59 EST. */
const DUE = Date.parse('2026-11-05T04:59:59.000Z');

type Level = 'immediate-need' | 'urgent' | 'none';
function complaint(dates: { assigned?: string; received?: string }, level: Level, events: HistoryEvent[] = [], contract?: string): ComplaintHistory {
  const seen = '2026-10-01T14:00:00.000Z';
  return { ...(contract ? { contract } : {}), ...dates, events: [{ t: 'seen', at: seen }, { t: 'level', at: seen, level }, ...events] };
}
const resolved = (at: string, date: string): HistoryEvent => ({ t: 'resolution', at, date });
const figures = (r: ReturnType<typeof timelinessReport>, level: Level) => r.levels.find((l) => l.level === level)!.figures;

describe('timeliness report boundaries', () => {
  it('a resolution date of the due day seen days later counts at 11:59:59 PM, the due moment itself: on time in the figures and the chart (SOP key 11)', () => {
    const cases: HistoryCases = { '1': complaint({ assigned: '2026-11-02' }, 'immediate-need', [resolved('2026-11-06T15:00:00.000Z', '2026-11-04')]) };
    const r = timelinessReport(cases, period('2026-11'), NY, LATER);
    expect(figures(r, 'immediate-need')).toMatchObject({ resolved: 1, onTime: 1, late: 0 });
    expect(r.late).toEqual([]);
    const zero = { onTime: 0, late: 0 };
    for (const m of r.months) {
      expect(m.levels).toEqual({ 'immediate-need': m.month === '2026-11' ? { onTime: 1, late: 0 } : zero, urgent: zero, none: zero });
    }
  });

  it('a complaint resolved on the period’s first or last day counts in it; the day before or after does not, and is not open then', () => {
    const cases: HistoryCases = {
      // Urgent, 7 days: due 11/04, resolved ahead of it in October.
      '1': complaint({ assigned: '2026-10-28' }, 'urgent', [resolved('2026-10-31T15:00:00.000Z', '2026-10-31')]),
      '2': complaint({ assigned: '2026-10-28' }, 'urgent', [resolved('2026-11-01T15:00:00.000Z', '2026-11-01')]),
      '3': complaint({ assigned: '2026-11-25' }, 'urgent', [resolved('2026-11-30T15:00:00.000Z', '2026-11-30')]),
      '4': complaint({ assigned: '2026-11-29' }, 'urgent', [resolved('2026-12-01T15:00:00.000Z', '2026-12-01')]),
    };
    const nov = timelinessReport(cases, period('2026-11'), NY, LATER);
    expect(figures(nov, 'urgent')).toMatchObject({ resolved: 2, onTime: 2, late: 0, openPastDue: 0 });
    expect(nov.late).toEqual([]);
    expect(figures(timelinessReport(cases, period('2026-10'), NY, LATER), 'urgent').resolved).toBe(1);
    expect(figures(timelinessReport(cases, period('2026-12'), NY, LATER), 'urgent').resolved).toBe(1);
  });

  it('a complaint due the month before and still open is counted open past due in that month, not again in the next', () => {
    // Urgent assigned 10/20: due 10/27.
    const cases: HistoryCases = { '1': complaint({ assigned: '2026-10-20' }, 'urgent') };
    expect(figures(timelinessReport(cases, period('2026-10'), NY, LATER), 'urgent').openPastDue).toBe(1);
    const nov = timelinessReport(cases, period('2026-11'), NY, LATER);
    expect(figures(nov, 'urgent').openPastDue).toBe(0);
    expect(nov.late).toEqual([]);
  });

  it('a due moment moved by a pause to exactly midnight starting the month belongs to that month', () => {
    // Immediate Need assigned 10/29: due 10/31 23:59:59 EDT; a one-second pause moves it to 11/01 00:00:00 EDT.
    const cases: HistoryCases = {
      '1': complaint({ assigned: '2026-10-29' }, 'immediate-need', [
        { t: 'pause', at: '2026-10-30T14:00:00.000Z' },
        { t: 'resume', at: '2026-10-30T14:00:01.000Z' },
      ]),
    };
    expect(figures(timelinessReport(cases, period('2026-10'), NY, LATER), 'immediate-need').openPastDue).toBe(0);
    const nov = timelinessReport(cases, period('2026-11'), NY, LATER);
    expect(figures(nov, 'immediate-need').openPastDue).toBe(1);
    expect(nov.late[0]!.dueIso).toBe('2026-11-01T00:00:00-04:00');
  });

  it('an open complaint is not past due at its due moment, only after it', () => {
    const cases: HistoryCases = { '1': complaint({ assigned: '2026-11-02' }, 'immediate-need') };
    expect(figures(timelinessReport(cases, period('2026-11'), NY, DUE), 'immediate-need').openPastDue).toBe(0);
    const second = timelinessReport(cases, period('2026-11'), NY, DUE + 1000);
    expect(figures(second, 'immediate-need').openPastDue).toBe(1);
    expect(second.late[0]).toMatchObject({ id: '1', state: 'open-past-due', lateMs: 1000 });
  });

  it('a complaint resolved while paused has paused time up to its resolution, not to the period’s end (SOP I.4, J.4)', () => {
    const cases: HistoryCases = {
      '1': complaint({ assigned: '2026-11-02' }, 'immediate-need', [{ t: 'pause', at: '2026-11-03T15:00:00.000Z' }, resolved('2026-11-04T15:00:00.000Z', '2026-11-04')]),
    };
    const r = timelinessReport(cases, period('2026-11'), NY, LATER);
    expect(figures(r, 'immediate-need')).toMatchObject({ resolved: 1, onTime: 1, pausedMs: DAY });
  });

  it('complaints whose dates allow no verdict are listed to check when resolved in the period, first and last day included, and counted nowhere', () => {
    const cases: HistoryCases = {
      '1': complaint({}, 'immediate-need', [resolved('2026-10-31T15:00:00.000Z', '2026-10-31')]),
      '2': complaint({}, 'immediate-need', [resolved('2026-11-01T15:00:00.000Z', '2026-11-01')], 'S0001'),
      '3': complaint({}, 'immediate-need', [resolved('2026-11-30T15:00:00.000Z', '2026-11-30')]),
      '4': complaint({}, 'immediate-need', [resolved('2026-12-01T15:00:00.000Z', '2026-12-01')]),
      '5': complaint({}, 'immediate-need'),
      '6': complaint({ assigned: '2026-11-10' }, 'urgent', [resolved('2026-11-10T15:00:00.000Z', '2026-11-03')], 'S0001'),
    };
    const r = timelinessReport(cases, period('2026-11'), NY, LATER);
    expect(r.toCheck).toStrictEqual([
      { id: '2', contract: 'S0001', resolution: '2026-11-01', problem: 'no-start-date' },
      { id: '3', resolution: '2026-11-30', problem: 'no-start-date' },
      { id: '6', contract: 'S0001', start: '2026-11-10', resolution: '2026-11-03', problem: 'resolved-before-assignment' },
    ]);
    for (const level of r.levels) expect(level.figures).toMatchObject({ resolved: 0, openPastDue: 0 });
    expect(r.late).toEqual([]);
  });
});
