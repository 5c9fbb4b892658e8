import { describe, expect, it } from 'vitest';
import { HISTORY_MAX_COMPLAINTS, HISTORY_MAX_EVENTS, type HistoryCases } from '../../../lib/history/case-history';
import { historyEvents, knownState, pruneHistory, recordCase } from '../../../lib/history/history-events';
import { trackedCase } from '../../fixtures/tracked-case';

const T0 = '2026-06-01T12:00:00.000Z';
const T1 = '2026-06-02T09:00:00.000Z';
const T2 = '2026-06-04T15:30:00.000Z';
const NOW = Date.parse('2026-06-05T00:00:00.000Z');

describe('case history events', () => {
  it('a complaint first seen records first seen and its issue level, then nothing when seen again unchanged', () => {
    const tc = trackedCase('4100001', { contractNumber: 'S1234' });
    const once = recordCase({}, tc, NOW);
    expect(once['4100001']!.events).toEqual([
      { t: 'seen', at: T0 },
      { t: 'level', at: T0, level: 'urgent' },
    ]);
    expect(once['4100001']!.contract).toBe('S1234');
    expect(once['4100001']!.assigned).toBe('2026-06-01');
    expect(recordCase(once, { ...tc, lastSeen: T1 }, NOW)).toBe(once);
  });

  it('records a level change, the scenario, a reassignment with its reason, the pause and its end', () => {
    let h: HistoryCases = recordCase({}, trackedCase('4100002', { issueLevel: 'immediate-need' }), NOW);
    h = recordCase(
      h,
      trackedCase('4100002', {
        issueLevel: 'immediate-need',
        scenario: 'J',
        reassignmentRequested: true,
        reassignmentReason: 'issue-level',
        reassignmentRequestedAt: T1,
        clock: 'paused',
        pauses: [{ from: T1 }],
        lastSeen: T1,
      }),
      NOW,
    );
    h = recordCase(h, trackedCase('4100002', { issueLevel: 'urgent', scenario: 'J', pauses: [{ from: T1, to: T2 }], lastSeen: T2 }), NOW);
    expect(h['4100002']!.events.slice(2)).toEqual([
      { t: 'scenario', at: T1, scenario: 'J' },
      { t: 'reassign', at: T1, reason: 'issue-level' },
      { t: 'pause', at: T1 },
      { t: 'level', at: T2, level: 'urgent' },
      { t: 'reassign-end', at: T2 },
      { t: 'resume', at: T2 },
    ]);
  });

  it('records the resolution date as shown, its clearing, the closing, and a done mark at the moment it was made', () => {
    let h = recordCase({}, trackedCase('4100003'), NOW);
    h = recordCase(h, trackedCase('4100003', { resolutionDate: '2026-06-03', disposition: 'resolved', status: 'closed', clock: 'stopped', lastSeen: T1 }), NOW);
    h = recordCase(h, trackedCase('4100003', { lastSeen: T2 }), NOW);
    h = recordCase(h, trackedCase('4100003', { lastSeen: T2, status: 'done', doneByUser: true }), NOW);
    expect(h['4100003']!.events.slice(2)).toEqual([
      { t: 'resolution', at: T1, date: '2026-06-03' },
      { t: 'status', at: T1, status: 'closed' },
      { t: 'resolution', at: T2 },
      { t: 'status', at: T2, status: 'open' },
      { t: 'status', at: new Date(NOW).toISOString(), status: 'done' },
    ]);
    expect(knownState(h['4100003']!).status).toBe('done');
  });

  it('a case tracked before the history existed gets its first-seen instant and every pause from the tracked case', () => {
    const tc = trackedCase('4100004', { firstSeen: T0, lastSeen: T2, pauses: [{ from: T1, to: T2 }] });
    expect(historyEvents(undefined, tc, NOW)).toEqual([
      { t: 'seen', at: T0 },
      { t: 'pause', at: T1 },
      { t: 'level', at: T2, level: 'urgent' },
      { t: 'resume', at: T2 },
    ]);
  });

  it('never stores a field the schema does not name (no category, URL or note)', () => {
    const h = recordCase({}, trackedCase('4100005', { category: 'Enrollment', subcategory: 'Retro' }), NOW);
    const text = JSON.stringify(h);
    expect(text).not.toContain('Enrollment');
    expect(text).not.toContain('hpms.cms.gov');
  });

  it('a case seen again after its reassignment ended or its pause was lifted adds nothing more', () => {
    let h = recordCase({}, trackedCase('4100007', { reassignmentRequested: true, reassignmentRequestedAt: T0, pauses: [{ from: T0 }] }), NOW);
    const settled = trackedCase('4100007', { pauses: [{ from: T0, to: T1 }], lastSeen: T1 });
    h = recordCase(h, settled, NOW);
    expect(h['4100007']!.events.slice(-2)).toEqual([
      { t: 'reassign-end', at: T1 },
      { t: 'resume', at: T1 },
    ]);
    expect(knownState(h['4100007']!)).toMatchObject({ resumes: new Set([T1]) });
    expect(knownState(h['4100007']!).reassign).toBeUndefined();
    expect(recordCase(h, { ...settled, lastSeen: T2 }, NOW)).toBe(h);
  });

  it('a later sight that does not show the contract or dates keeps the ones known and changes nothing', () => {
    const h = recordCase({}, trackedCase('4100008', { contractNumber: 'S1234', receivedDate: '2026-05-30' }), NOW);
    const again = recordCase(h, trackedCase('4100008', { contractNumber: undefined, receivedDate: undefined, assignedDate: undefined, lastSeen: T1 }), NOW);
    expect(again).toBe(h);
    expect(again['4100008']).toMatchObject({ contract: 'S1234', received: '2026-05-30', assigned: '2026-06-01' });
  });

  it('keeps at most the event cap per complaint, the first seen always', () => {
    let h = recordCase({}, trackedCase('4100006'), NOW);
    for (let i = 0; i < HISTORY_MAX_EVENTS + 20; i++) {
      const at = new Date(Date.parse(T1) + i * 60_000).toISOString();
      h = recordCase(h, trackedCase('4100006', { lastSeen: at, scenario: i % 2 ? 'I' : 'J' }), NOW);
    }
    const events = h['4100006']!.events;
    expect(events).toHaveLength(HISTORY_MAX_EVENTS);
    expect(events[0]).toEqual({ t: 'seen', at: T0 });
  });

  it('prunes complaints older than 2 years, then the oldest beyond 5,000', () => {
    const cases: HistoryCases = {};
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    for (let i = 0; i < HISTORY_MAX_COMPLAINTS + 3; i++) cases[String(5_000_000 + i)] = { events: [{ t: 'seen', at: new Date(start + i * 60_000).toISOString() }] };
    cases['4000000'] = { events: [{ t: 'seen', at: '2023-06-01T00:00:00.000Z' }] };
    const kept = pruneHistory(cases, Date.parse('2026-06-01T00:00:00.000Z'));
    expect(Object.keys(kept)).toHaveLength(HISTORY_MAX_COMPLAINTS);
    expect(kept['4000000']).toBeUndefined();
    for (const id of ['5000000', '5000001', '5000002']) expect(kept[id]).toBeUndefined();
    expect(kept['5000003']).toBeDefined();
  });
});
