/**
 * One complaint's history as the report reads it: its start date (assignment, else received), the
 * pauses of the clock (SOP I.4, J.4: the time clock stops while a complaint waits elsewhere), the
 * instant a resolution date counts at, and the due moment in the plan's zone (DOMAIN.md "Due moments").
 */
import { describe, expect, it } from 'vitest';
import type { ComplaintHistory, HistoryEvent } from '../../../lib/history/case-history';
import { complaintTimeline, dueMsAsOf, pausedAt, pausedWithin } from '../../../lib/report/complaint-timeline';

const NY = { timeZone: 'America/New_York' };
const DAY = 24 * 3_600_000;
const ms = (iso: string) => Date.parse(iso);
const seen: HistoryEvent = { t: 'seen', at: '2026-11-02T14:00:00.000Z' };
const ineed: HistoryEvent = { t: 'level', at: '2026-11-02T14:00:00.000Z', level: 'immediate-need' };
const pause = (at: string): HistoryEvent => ({ t: 'pause', at });
const resume = (at: string): HistoryEvent => ({ t: 'resume', at });
const resolved = (at: string, date?: string): HistoryEvent => (date ? { t: 'resolution', at, date } : { t: 'resolution', at });
/** Immediate Need assigned 11/02/2026: due 11/04 23:59:59 EST (SOP key 11, 2 calendar days). */
const DUE = ms('2026-11-05T04:59:59.000Z');
const assigned = (events: HistoryEvent[], extra: Partial<ComplaintHistory> = {}): ComplaintHistory => ({ assigned: '2026-11-02', events: [seen, ineed, ...events], ...extra });

describe('a complaint read for the report', () => {
  it('with no issue level or status seen yet, it is read as no issue level (30 days) and open', () => {
    const t = complaintTimeline('1', { assigned: '2026-11-02', events: [seen] }, NY);
    expect(t.level).toBe('none');
    expect(t.budget.days).toBe(30);
    expect(t.status).toBe('open');
    // 11/02 + 30 calendar days: 12/02 23:59:59 EST.
    expect(t.baseDueMs).toBe(ms('2026-12-03T04:59:59.000Z'));
  });

  it('starts from the assignment date, else from the received date standing in (flagged as such)', () => {
    const both = complaintTimeline('1', assigned([], { received: '2026-10-30' }), NY);
    expect(both).toMatchObject({ start: '2026-11-02', usedReceivedDate: false, baseDueMs: DUE });
    expect(complaintTimeline('1', assigned([]), NY)).toMatchObject({ start: '2026-11-02', usedReceivedDate: false });
    const received = complaintTimeline('1', { contract: 'H0001', received: '2026-10-30', events: [seen, ineed, { t: 'scenario', at: seen.at, scenario: 'E' }] }, NY);
    // 10/30 + 2 days: 11/01 23:59:59 EST (DST ended that morning).
    expect(received).toMatchObject({ contract: 'H0001', scenario: 'E', start: '2026-10-30', usedReceivedDate: true, baseDueMs: ms('2026-11-02T04:59:59.000Z') });
  });

  it('without an assignment or received date it has no start and no due moment, and is marked as not to be judged', () => {
    const t = complaintTimeline('7', { events: [seen, ineed] }, NY);
    expect(t).toStrictEqual({ id: '7', level: 'immediate-need', usedReceivedDate: false, budget: { days: 2, source: 'SOP key 11' }, pauses: [], status: 'open', problem: 'no-start-date' });
    expect(dueMsAsOf(t, DUE + DAY)).toBeUndefined();
  });

  it('resolved on its assignment day it is judged; resolved before its assignment date it is marked to check', () => {
    expect(complaintTimeline('1', assigned([resolved('2026-11-02T20:00:00.000Z', '2026-11-02')]), NY).problem).toBeUndefined();
    expect(complaintTimeline('1', assigned([resolved('2026-11-02T20:00:00.000Z', '2026-11-01')]), NY).problem).toBe('resolved-before-assignment');
  });

  it('a pause seen twice before the resume is one pause from the first; pause, resume, pause gives two pauses (SOP I.4, J.4)', () => {
    const twice = complaintTimeline('1', assigned([pause('2026-11-03T15:00:00.000Z'), pause('2026-11-03T18:00:00.000Z'), resume('2026-11-04T15:00:00.000Z')]), NY);
    expect(twice.pauses).toEqual([{ from: ms('2026-11-03T15:00:00.000Z'), to: ms('2026-11-04T15:00:00.000Z') }]);
    const two = complaintTimeline(
      '1',
      assigned([pause('2026-11-03T15:00:00.000Z'), resume('2026-11-03T18:00:00.000Z'), pause('2026-11-04T15:00:00.000Z'), resume('2026-11-04T16:00:00.000Z')]),
      NY,
    );
    expect(two.pauses).toEqual([
      { from: ms('2026-11-03T15:00:00.000Z'), to: ms('2026-11-03T18:00:00.000Z') },
      { from: ms('2026-11-04T15:00:00.000Z'), to: ms('2026-11-04T16:00:00.000Z') },
    ]);
  });

  it('a resume ends only an open pause: one without a pause, a second resume, or one timed before the pause changes nothing', () => {
    expect(complaintTimeline('1', assigned([resume('2026-11-03T15:00:00.000Z')]), NY).pauses).toEqual([]);
    const again = complaintTimeline('1', assigned([pause('2026-11-03T15:00:00.000Z'), resume('2026-11-03T18:00:00.000Z'), resume('2026-11-04T18:00:00.000Z')]), NY);
    expect(again.pauses).toEqual([{ from: ms('2026-11-03T15:00:00.000Z'), to: ms('2026-11-03T18:00:00.000Z') }]);
    const early = complaintTimeline('1', assigned([pause('2026-11-03T15:00:00.000Z'), resume('2026-11-03T14:00:00.000Z')]), NY);
    expect(early.pauses).toStrictEqual([{ from: ms('2026-11-03T15:00:00.000Z') }]);
    // Viewing the page while paused does not end the pause; the resume does.
    const viewed = complaintTimeline('1', assigned([pause('2026-11-03T15:00:00.000Z'), { t: 'seen', at: '2026-11-03T20:00:00.000Z' }, resume('2026-11-04T15:00:00.000Z')]), NY);
    expect(viewed.pauses).toEqual([{ from: ms('2026-11-03T15:00:00.000Z'), to: ms('2026-11-04T15:00:00.000Z') }]);
  });

  it('a resume at the very instant of the pause closes it with no paused time', () => {
    const t = complaintTimeline('1', assigned([pause('2026-11-03T15:00:00.000Z'), resume('2026-11-03T15:00:00.000Z')]), NY);
    expect(t.pauses).toEqual([{ from: ms('2026-11-03T15:00:00.000Z'), to: ms('2026-11-03T15:00:00.000Z') }]);
    expect(pausedAt(t, ms('2026-11-03T15:00:00.000Z'))).toBe(false);
    expect(dueMsAsOf(t, DUE + DAY)).toBe(DUE);
  });

  it('a resolution date seen on that day counts when it was seen, from local midnight on', () => {
    const at = (seenAt: string) => complaintTimeline('1', assigned([resolved(seenAt, '2026-11-04')]), NY).resolvedMs;
    expect(at('2026-11-04T15:00:00.000Z')).toBe(ms('2026-11-04T15:00:00.000Z'));
    expect(at('2026-11-04T05:00:00.000Z')).toBe(ms('2026-11-04T05:00:00.000Z'));
  });

  it('a resolution date seen on a later day, or ahead of its day, counts at the end of that date in the plan’s zone', () => {
    const at = (seenAt: string) => complaintTimeline('1', assigned([resolved(seenAt, '2026-11-04')]), NY).resolvedMs;
    expect(at('2026-11-06T15:00:00.000Z')).toBe(DUE);
    expect(at('2026-11-03T15:00:00.000Z')).toBe(DUE);
    // 11/03 23:59:59 EST: still the day before.
    expect(at('2026-11-04T04:59:59.000Z')).toBe(DUE);
  });

  it('a resolution date later removed from the page leaves the complaint unresolved', () => {
    const t = complaintTimeline('1', assigned([resolved('2026-11-04T15:00:00.000Z', '2026-11-04'), resolved('2026-11-05T15:00:00.000Z')]), NY);
    expect(t.resolution).toBeUndefined();
    expect(t.resolvedMs).toBeUndefined();
  });

  it('the due moment moves by every pause up to the resolution, or up to the as-at moment while unresolved', () => {
    const open = complaintTimeline('1', assigned([pause('2026-11-03T15:00:00.000Z')]), NY);
    expect(dueMsAsOf(open, ms('2026-11-04T15:00:00.000Z'))).toBe(DUE + DAY);
    // Resolved while paused: the pause stops counting at the resolution, however late the report is read.
    const resolvedWhilePaused = complaintTimeline('1', assigned([pause('2026-11-03T15:00:00.000Z'), resolved('2026-11-04T15:00:00.000Z', '2026-11-04')]), NY);
    expect(dueMsAsOf(resolvedWhilePaused, ms('2026-11-20T15:00:00.000Z'))).toBe(DUE + DAY);
    expect(dueMsAsOf(resolvedWhilePaused, ms('2026-11-03T21:00:00.000Z'))).toBe(DUE + DAY / 4);
  });

  it('the clock is paused from the pause’s start up to, not including, its resume; an open pause lasts', () => {
    const t = complaintTimeline('1', assigned([pause('2026-11-03T15:00:00.000Z'), resume('2026-11-03T18:00:00.000Z'), pause('2026-11-05T15:00:00.000Z')]), NY);
    expect(pausedAt(t, ms('2026-11-03T14:59:59.000Z'))).toBe(false);
    expect(pausedAt(t, ms('2026-11-03T15:00:00.000Z'))).toBe(true);
    expect(pausedAt(t, ms('2026-11-03T17:59:59.000Z'))).toBe(true);
    expect(pausedAt(t, ms('2026-11-03T18:00:00.000Z'))).toBe(false);
    expect(pausedAt(t, ms('2026-11-04T15:00:00.000Z'))).toBe(false);
    expect(pausedAt(t, ms('2026-12-31T15:00:00.000Z'))).toBe(true);
    expect(pausedAt(complaintTimeline('1', assigned([]), NY), DUE)).toBe(false);
  });

  it('paused time in a window counts only the part of each pause inside it; an open pause runs to the window’s end', () => {
    const pauses = [{ from: 0, to: 10 }, { from: 20, to: 30 }, { from: 40 }];
    expect(pausedWithin(pauses, 5, 45)).toBe(5 + 10 + 5);
    expect(pausedWithin(pauses, 50, 60)).toBe(10);
    expect(pausedWithin(pauses, 12, 18)).toBe(0);
  });
});
