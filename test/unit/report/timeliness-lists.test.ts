/**
 * What the timeliness report lists and in what order: the complaint count, median and worst
 * lateness, which contracts and scenarios get a row (those without one under "—"), the late
 * complaints (most late first, then by complaint ID) with the dates known, and the complaints to
 * check by ID, however the history happens to be stored.
 */
import { describe, expect, it } from 'vitest';
import type { ComplaintHistory, HistoryCases, HistoryEvent } from '../../../lib/history/case-history';
import { complaintTimelines } from '../../../lib/report/complaint-timeline';
import { parsePeriod } from '../../../lib/report/periods';
import { reportOfTimelines, timelinessReport } from '../../../lib/report/timeliness';

const NY = { timeZone: 'America/New_York' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOV = parsePeriod('2026-11')!;
const LATER = Date.parse('2028-01-01T00:00:00Z');

type Level = 'immediate-need' | 'urgent' | 'none';
function complaint(dates: { assigned?: string; received?: string }, level: Level, events: HistoryEvent[] = [], contract?: string): ComplaintHistory {
  const seen = '2026-10-01T14:00:00.000Z';
  return { ...(contract ? { contract } : {}), ...dates, events: [{ t: 'seen', at: seen }, { t: 'level', at: seen, level }, ...events] };
}
/** Seen long after: the resolution counts at the end of `date`. */
const resolvedOn = (date: string): HistoryEvent => ({ t: 'resolution', at: '2026-12-20T15:00:00.000Z', date });
const scenarioE: HistoryEvent = { t: 'scenario', at: '2026-11-02T15:00:00.000Z', scenario: 'E' };

describe('timeliness report lists', () => {
  it('counts every complaint in the history, those that left the plan included', () => {
    const cases: HistoryCases = {
      '1': complaint({ assigned: '2026-11-02' }, 'urgent'),
      '2': complaint({ assigned: '2026-11-02' }, 'urgent'),
      '3': complaint({ assigned: '2026-11-02' }, 'urgent', [{ t: 'status', at: '2026-11-03T15:00:00.000Z', status: 'left-plan' }]),
    };
    const r = timelinessReport(cases, NOV, NY, LATER);
    expect(r.complaints).toBe(3);
    expect(r.leftPlan).toBe(1);
  });

  it('median and worst lateness come from the late complaints whatever their order; a level with none late shows neither', () => {
    // Immediate Need assigned 11/02: due 11/04 23:59:59; resolved 4, 1, 3 and 2 days late.
    const cases: HistoryCases = {
      '1': complaint({ assigned: '2026-11-02' }, 'immediate-need', [resolvedOn('2026-11-08')], 'H0001'),
      '2': complaint({ assigned: '2026-11-02' }, 'immediate-need', [resolvedOn('2026-11-05')], 'H0001'),
      '3': complaint({ assigned: '2026-11-02' }, 'immediate-need', [resolvedOn('2026-11-07')], 'H0001'),
      '4': complaint({ assigned: '2026-11-02' }, 'immediate-need', [resolvedOn('2026-11-06')], 'H0002'),
      '5': complaint({ assigned: '2026-11-02' }, 'urgent', [resolvedOn('2026-11-05')], 'H0003'),
    };
    const r = timelinessReport(cases, NOV, NY, LATER);
    expect(r.levels.find((l) => l.level === 'immediate-need')!.figures).toMatchObject({ late: 4, lateMedianMs: 2.5 * DAY, lateWorstMs: 4 * DAY });
    expect(r.contracts.find((c) => c.contract === 'H0001')!.figures).toMatchObject({ late: 3, lateMedianMs: 3 * DAY, lateWorstMs: 4 * DAY });
    expect(r.levels.find((l) => l.level === 'urgent')!.figures).toStrictEqual({ resolved: 1, onTime: 1, late: 0, openPastDue: 0, pausedMs: 0 });
    expect(r.late.map((l) => l.id)).toEqual(['1', '3', '4', '2']);
  });

  it('a contract or scenario gets a row when it has a resolution, an open past due complaint or paused time in the period; none of them goes under "—"', () => {
    const cases: HistoryCases = {
      '1': complaint({ assigned: '2026-11-02' }, 'urgent', [scenarioE, resolvedOn('2026-11-05')], 'S0001'),
      '2': complaint({ assigned: '2026-11-02' }, 'immediate-need', [], 'S0001'),
      // Urgent assigned 11/25, due 12/02; paused from 11/26 10:00 EST to the end of November.
      '3': complaint({ assigned: '2026-11-25' }, 'urgent', [{ t: 'pause', at: '2026-11-26T15:00:00.000Z' }], 'S0002'),
      '4': complaint({ assigned: '2026-10-01' }, 'urgent', [resolvedOn('2026-10-05')], 'S0003'),
      '5': complaint({ assigned: '2026-11-02' }, 'urgent', [resolvedOn('2026-11-05')]),
    };
    const r = timelinessReport(cases, NOV, NY, LATER);
    const paused = Date.parse('2026-12-01T05:00:00Z') - Date.parse('2026-11-26T15:00:00Z');
    expect(r.contracts).toEqual([
      { contract: 'S0001', figures: expect.objectContaining({ resolved: 1, openPastDue: 1, pausedMs: 0 }) },
      { contract: 'S0002', figures: expect.objectContaining({ resolved: 0, openPastDue: 0, pausedMs: paused }) },
      { contract: '—', figures: expect.objectContaining({ resolved: 1, openPastDue: 0 }) },
    ]);
    expect(r.scenarios).toEqual([
      { scenario: 'E', figures: expect.objectContaining({ resolved: 1, openPastDue: 0, pausedMs: 0 }) },
      { scenario: '—', figures: expect.objectContaining({ resolved: 1, openPastDue: 1, pausedMs: paused }) },
    ]);
  });

  it('contracts, late complaints and complaints to check are listed in order however the history is stored; equally late ones by complaint ID', () => {
    const cases: HistoryCases = {
      // Immediate Need assigned 11/02, resolution date 11/06: each exactly 2 days late.
      '1001': complaint({ assigned: '2026-11-02' }, 'immediate-need', [resolvedOn('2026-11-06')], 'S0001'),
      '1002': complaint({ assigned: '2026-11-02' }, 'immediate-need', [resolvedOn('2026-11-06')], 'S0002'),
      '1003': complaint({ assigned: '2026-11-02' }, 'immediate-need', [resolvedOn('2026-11-06')], 'S0003'),
      '1004': complaint({ assigned: '2026-11-02' }, 'immediate-need', [resolvedOn('2026-11-09')], 'S0003'),
      '2001': complaint({}, 'urgent', [resolvedOn('2026-11-10')]),
      '2002': complaint({}, 'urgent', [resolvedOn('2026-11-10')]),
      '2003': complaint({}, 'urgent', [resolvedOn('2026-11-10')]),
    };
    const byId = new Map(complaintTimelines(cases, NY).map((t) => [t.id, t]));
    const stored = ['1002', '2002', '1003', '2003', '1001', '2001', '1004'].map((id) => byId.get(id)!);
    const r = reportOfTimelines(stored, NOV, NY, LATER);
    expect(r.contracts.map((c) => c.contract)).toEqual(['S0001', 'S0002', 'S0003']);
    expect(r.late.map((l) => [l.id, l.lateMs])).toEqual([
      ['1004', 5 * DAY],
      ['1001', 2 * DAY],
      ['1002', 2 * DAY],
      ['1003', 2 * DAY],
    ]);
    expect(r.toCheck.map((c) => c.id)).toEqual(['2001', '2002', '2003']);
  });

  it('each late complaint shows the contract, scenario, start and resolution dates it has, and no others', () => {
    const cases: HistoryCases = {
      // Resolved 11/05 at 10:00 EST, due 11/04 23:59:59: 10 h and 1 s late.
      '1': complaint({ assigned: '2026-11-02' }, 'immediate-need', [scenarioE, { t: 'resolution', at: '2026-11-05T15:00:00.000Z', date: '2026-11-05' }], 'S0001'),
      // Only the received date known; never resolved: late as at the end of November.
      '2': complaint({ received: '2026-11-02' }, 'immediate-need'),
    };
    const r = timelinessReport(cases, NOV, NY, LATER);
    expect(r.late).toStrictEqual([
      {
        id: '2',
        level: 'immediate-need',
        start: '2026-11-02',
        usedReceivedDate: true,
        dueIso: '2026-11-04T23:59:59-05:00',
        state: 'open-past-due',
        lateMs: Date.parse('2026-12-01T05:00:00Z') - Date.parse('2026-11-05T04:59:59Z'),
      },
      {
        id: '1',
        contract: 'S0001',
        level: 'immediate-need',
        scenario: 'E',
        start: '2026-11-02',
        usedReceivedDate: false,
        dueIso: '2026-11-04T23:59:59-05:00',
        resolution: '2026-11-05',
        state: 'late',
        lateMs: 10 * HOUR + 1000,
      },
    ]);
  });
});
