/**
 * The timeliness report from hand-made histories: due moments in the plan's zone (DOMAIN.md "Due
 * moments"), pauses added whole (SOP I.4, J.4), the latest issue level's budget from the same
 * assignment date, and the edge cases of month ends, DST and the last minute of the due day.
 */
import { describe, expect, it } from 'vitest';
import type { ComplaintHistory, HistoryCases, HistoryEvent } from '../../../lib/history/case-history';
import { parsePeriod, type Period } from '../../../lib/report/periods';
import { timelinessReport } from '../../../lib/report/timeliness';

const NY = { timeZone: 'America/New_York' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const period = (key: string): Period => parsePeriod(key)!;
/** Long after every period below: nothing is "as at now". */
const LATER = Date.parse('2028-01-01T00:00:00Z');

function complaint(assigned: string, level: 'immediate-need' | 'urgent' | 'none', events: HistoryEvent[] = [], contract = 'S1234'): ComplaintHistory {
  const seen = `${assigned}T14:00:00.000Z`;
  return { contract, assigned, events: [{ t: 'seen', at: seen }, { t: 'level', at: seen, level }, ...events] };
}
const resolved = (at: string, date: string): HistoryEvent => ({ t: 'resolution', at, date });

describe('timeliness report', () => {
  it('counts resolved, on time and late per issue level, with median and worst lateness and the late complaints listed', () => {
    const cases: HistoryCases = {
      // Immediate Need assigned 11/02: due 11/04 23:59:59 EST (SOP key 11).
      '1': complaint('2026-11-02', 'immediate-need', [resolved('2026-11-04T20:00:00.000Z', '2026-11-04')]),
      '2': complaint('2026-11-02', 'immediate-need', [resolved('2026-11-05T15:00:00.000Z', '2026-11-05')]),
      '3': complaint('2026-11-02', 'immediate-need', [resolved('2026-11-08T15:00:00.000Z', '2026-11-07')]),
      '4': complaint('2026-11-02', 'urgent', [resolved('2026-11-06T15:00:00.000Z', '2026-11-06')]),
    };
    const r = timelinessReport(cases, period('2026-11'), NY, LATER);
    const ineed = r.levels.find((l) => l.level === 'immediate-need')!;
    expect(ineed.budget).toEqual({ days: 2, source: 'SOP key 11' });
    expect(ineed.provenance).toBe('sop');
    expect(ineed.figures).toMatchObject({ resolved: 3, onTime: 1, late: 2 });
    // 2: seen 11/05 10:00 EST, due 11/04 23:59:59 → 10 h 0 min 1 s late; 3: end of 11/07, 3 days late.
    expect(ineed.figures.lateWorstMs).toBe(3 * DAY);
    expect(ineed.figures.lateMedianMs).toBe((10 * HOUR + 1000 + 3 * DAY) / 2);
    const urgent = r.levels.find((l) => l.level === 'urgent')!;
    expect(urgent.provenance).toBe('cms-guidance');
    expect(urgent.figures).toMatchObject({ resolved: 1, onTime: 1, late: 0 });
    expect(r.late.map((l) => [l.id, l.state, l.dueIso, l.resolution])).toEqual([
      ['3', 'late', '2026-11-04T23:59:59-05:00', '2026-11-07'],
      ['2', 'late', '2026-11-04T23:59:59-05:00', '2026-11-05'],
    ]);
    expect(r.contracts).toEqual([{ contract: 'S1234', figures: expect.objectContaining({ resolved: 4, onTime: 2, late: 2 }) }]);
  });

  it('a complaint resolved on the due day at 11:59 PM in the plan’s zone is on time; a minute after midnight is late', () => {
    const LA = { timeZone: 'America/Los_Angeles' };
    const cases: HistoryCases = {
      // Urgent assigned 06/01: due 06/08 23:59:59 PDT = 06/09 06:59:59 UTC.
      '1': complaint('2026-06-01', 'urgent', [resolved('2026-06-09T06:59:00.000Z', '2026-06-08')]),
      '2': complaint('2026-06-01', 'urgent', [resolved('2026-06-09T07:01:00.000Z', '2026-06-09')]),
    };
    const r = timelinessReport(cases, period('2026-06'), LA, LATER);
    const urgent = r.levels.find((l) => l.level === 'urgent')!.figures;
    expect(urgent).toMatchObject({ resolved: 2, onTime: 1, late: 1 });
    expect(r.late[0]).toMatchObject({ id: '2', lateMs: 61_000, dueIso: '2026-06-08T23:59:59-07:00' });
  });

  it('due moments across a DST change keep the end of the local day (spring forward and fall back)', () => {
    const cases: HistoryCases = {
      // Urgent assigned 03/10/2027 (EST): DST starts 03/14, so it is due 03/17 23:59:59 EDT.
      '1': complaint('2027-03-10', 'urgent', [resolved('2027-03-18T03:30:00.000Z', '2027-03-17')]),
      // Immediate Need assigned 10/31/2026: DST ends 11/01; due 11/02 23:59:59 EST.
      '2': complaint('2026-10-31', 'immediate-need', [resolved('2026-11-03T04:30:00.000Z', '2026-11-02')]),
    };
    const march = timelinessReport(cases, period('2027-03'), NY, LATER);
    // Due 03/17 23:59:59 EDT (-04:00) = 03/18 03:59:59 UTC: 23:30 EDT is on time.
    expect(march.levels.find((l) => l.level === 'urgent')!.figures).toMatchObject({ resolved: 1, onTime: 1 });
    const nov = timelinessReport(cases, period('2026-11'), NY, LATER);
    // 11/02 23:30 EST = 11/03 04:30 UTC, due 11/03 04:59:59 UTC: on time.
    expect(nov.levels.find((l) => l.level === 'immediate-need')!.figures).toMatchObject({ resolved: 1, onTime: 1, late: 0 });
  });

  it('a pause across a month end is split between the months and moves the due moment by the whole pause', () => {
    const cases: HistoryCases = {
      // Immediate Need assigned 01/29/2027: due 01/31 23:59:59 EST; paused 01/30 12:00 → 02/02 12:00 EST (3 days).
      '1': complaint('2027-01-29', 'immediate-need', [
        { t: 'pause', at: '2027-01-30T17:00:00.000Z' },
        { t: 'resume', at: '2027-02-02T17:00:00.000Z' },
        // Resolved 02/03 at 10:00 EST: due moved to 02/03 23:59:59, on time.
        resolved('2027-02-03T15:00:00.000Z', '2027-02-03'),
      ]),
    };
    const jan = timelinessReport(cases, period('2027-01'), NY, LATER);
    const feb = timelinessReport(cases, period('2027-02'), NY, LATER);
    const level = (r: typeof jan) => r.levels.find((l) => l.level === 'immediate-need')!.figures;
    expect(level(jan).pausedMs).toBe(1.5 * DAY);
    expect(level(feb).pausedMs).toBe(1.5 * DAY);
    expect(level(jan).openPastDue).toBe(0);
    expect(level(feb)).toMatchObject({ resolved: 1, onTime: 1, late: 0 });
    expect(timelinessReport(cases, period('2027-Q1'), NY, LATER).levels.find((l) => l.level === 'immediate-need')!.figures.pausedMs).toBe(3 * DAY);
  });

  it('a level changed mid-case counts under the new level, due from the same assignment date with its budget', () => {
    const cases: HistoryCases = {
      // Immediate Need, then Urgent (SOP J): due 11/02 + 7 = 11/09, not 11/04.
      '1': complaint('2026-11-02', 'immediate-need', [{ t: 'level', at: '2026-11-03T15:00:00.000Z', level: 'urgent' }, resolved('2026-11-08T15:00:00.000Z', '2026-11-08')]),
    };
    const r = timelinessReport(cases, period('2026-11'), NY, LATER);
    expect(r.levels.find((l) => l.level === 'urgent')!.figures).toMatchObject({ resolved: 1, onTime: 1 });
    expect(r.levels.find((l) => l.level === 'immediate-need')!.figures.resolved).toBe(0);
  });

  it('a resolution date before the assignment date is listed to check and counted neither on time nor late', () => {
    const cases: HistoryCases = {
      '1': complaint('2026-11-10', 'urgent', [resolved('2026-11-10T15:00:00.000Z', '2026-11-03')]),
    };
    const r = timelinessReport(cases, period('2026-11'), NY, LATER);
    expect(r.levels.find((l) => l.level === 'urgent')!.figures).toMatchObject({ resolved: 0, onTime: 0, late: 0 });
    expect(r.toCheck).toEqual([{ id: '1', contract: 'S1234', start: '2026-11-10', resolution: '2026-11-03', problem: 'resolved-before-assignment' }]);
  });

  it('still open past due: due in the period and unresolved at its end, not while paused, not after leaving the plan; judged as at now in the current period', () => {
    const cases: HistoryCases = {
      '1': complaint('2026-11-02', 'immediate-need'),
      '2': complaint('2026-11-02', 'immediate-need', [{ t: 'pause', at: '2026-11-03T15:00:00.000Z' }]),
      '3': complaint('2026-11-02', 'immediate-need', [{ t: 'status', at: '2026-11-03T15:00:00.000Z', status: 'left-plan' }]),
      // Resolved in December, late: open past due at the end of November.
      '4': complaint('2026-11-02', 'immediate-need', [resolved('2026-12-02T15:00:00.000Z', '2026-12-02')]),
      // Urgent assigned 11/18: due 11/25, past due once November is over, not yet on 11/20.
      '5': complaint('2026-11-18', 'urgent'),
    };
    const r = timelinessReport(cases, period('2026-11'), NY, LATER);
    expect(r.levels.find((l) => l.level === 'immediate-need')!.figures.openPastDue).toBe(2);
    expect(r.late.filter((l) => l.state === 'open-past-due').map((l) => l.id).sort()).toEqual(['1', '4', '5']);
    expect(r.leftPlan).toBe(1);
    const midMonth = timelinessReport(cases, period('2026-11'), NY, Date.parse('2026-11-20T12:00:00Z'));
    expect(midMonth.levels.find((l) => l.level === 'urgent')!.figures.openPastDue).toBe(0);
    expect(midMonth.late.find((l) => l.id === '1')!.lateMs).toBe(Date.parse('2026-11-20T12:00:00Z') - Date.parse('2026-11-05T04:59:59Z'));
  });

  it('groups by scenario and gives 12 months of on-time and late bars per issue level', () => {
    const cases: HistoryCases = {
      '1': complaint('2026-11-02', 'urgent', [{ t: 'scenario', at: '2026-11-02T15:00:00.000Z', scenario: 'E' }, resolved('2026-11-04T15:00:00.000Z', '2026-11-04')]),
      '2': complaint('2026-05-02', 'none', [resolved('2026-07-02T15:00:00.000Z', '2026-07-02')]),
    };
    const r = timelinessReport(cases, period('2026-Q4'), NY, LATER);
    expect(r.scenarios.map((s) => s.scenario)).toEqual(['E']);
    expect(r.months.map((m) => m.month)).toEqual([
      '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12',
    ]);
    expect(r.months[10]!.levels.urgent).toEqual({ onTime: 1, late: 0 });
    // None: assigned 05/02, due 06/01; resolved 07/02: late.
    expect(r.months[6]!.levels.none).toEqual({ onTime: 0, late: 1 });
  });
});
