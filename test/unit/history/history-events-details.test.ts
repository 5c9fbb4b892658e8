/**
 * The case history's events in the cases a timeliness report depends on: a reassignment whose
 * reason changes, one without a reason, a done mark undone, a contract that changes, and which
 * complaints pruning keeps at exactly two years.
 */
import { describe, expect, it } from 'vitest';
import { HISTORY_MAX_AGE_MS, type HistoryCases } from '../../../lib/history/case-history';
import { historyEvents, knownState, pruneHistory, recordCase } from '../../../lib/history/history-events';
import { trackedCase } from '../../fixtures/tracked-case';

const T0 = '2026-06-01T12:00:00.000Z';
const T1 = '2026-06-02T09:00:00.000Z';
const T2 = '2026-06-04T15:30:00.000Z';
const NOW = Date.parse('2026-06-05T00:00:00.000Z');

describe('case history events: details a report depends on', () => {
  it('a reassignment request is dated when it was made; a new reason while still open is dated when the page showed it', () => {
    let h: HistoryCases = recordCase({}, trackedCase('1'), NOW);
    h = recordCase(h, trackedCase('1', { reassignmentRequested: true, reassignmentRequestedAt: T1, lastSeen: T2 }), NOW);
    expect(h['1']!.events.at(-1)).toEqual({ t: 'reassign', at: T1 });
    expect(knownState(h['1']!).reassign).toEqual({});
    const later = '2026-06-04T18:00:00.000Z';
    h = recordCase(h, trackedCase('1', { reassignmentRequested: true, reassignmentReason: 'cms-issue', reassignmentRequestedAt: T1, lastSeen: later }), NOW);
    expect(h['1']!.events.at(-1)).toEqual({ t: 'reassign', at: later, reason: 'cms-issue' });
    expect(knownState(h['1']!).reassign).toEqual({ reason: 'cms-issue' });
    // The same request seen again adds nothing.
    expect(recordCase(h, trackedCase('1', { reassignmentRequested: true, reassignmentReason: 'cms-issue', reassignmentRequestedAt: T1, lastSeen: later }), NOW)).toBe(h);
  });

  it('a request without its instant is dated when the page showed it', () => {
    const events = historyEvents(knownState({ events: [{ t: 'seen', at: T0 }] }), trackedCase('2', { issueLevel: undefined, reassignmentRequested: true, lastSeen: T2 }), NOW);
    expect(events).toEqual([{ t: 'reassign', at: T2 }]);
  });

  it('a done mark undone is recorded when it was undone, as open again', () => {
    let h = recordCase({}, trackedCase('3'), NOW);
    h = recordCase(h, trackedCase('3', { status: 'done', doneByUser: true, lastSeen: T1 }), NOW);
    const undoneAt = NOW + 60_000;
    h = recordCase(h, trackedCase('3', { status: 'open', lastSeen: T1 }), undoneAt);
    expect(h['3']!.events.slice(-2)).toEqual([
      { t: 'status', at: new Date(NOW).toISOString(), status: 'done' },
      { t: 'status', at: new Date(undoneAt).toISOString(), status: 'open' },
    ]);
  });

  it('a new contract or received date is kept even when no event is added; the events stay', () => {
    const h = recordCase({}, trackedCase('4', { contractNumber: 'S1234' }), NOW);
    const moved = recordCase(h, trackedCase('4', { contractNumber: 'H5678', receivedDate: '2026-05-30' }), NOW);
    expect(moved).not.toBe(h);
    expect(moved['4']).toMatchObject({ contract: 'H5678', received: '2026-05-30', assigned: '2026-06-01' });
    expect(moved['4']!.events).toEqual(h['4']!.events);
    expect(h['4']!.contract).toBe('S1234');
  });

  it('events are in time order, whichever field they come from', () => {
    const events = historyEvents(undefined, trackedCase('5', { firstSeen: T0, lastSeen: T2, scenario: 'J', pauses: [{ from: T1 }] }), NOW);
    expect(events.map((e) => e.at)).toEqual([T0, T1, T2, T2]);
    expect(events.map((e) => e.t)).toEqual(['seen', 'pause', 'level', 'scenario']);
  });

  it('pruning keeps a complaint last active exactly two years ago, drops one a moment older, and returns the same object when nothing goes', () => {
    const now = Date.parse('2026-06-01T00:00:00.000Z');
    const at = (ms: number) => new Date(ms).toISOString();
    const cases: HistoryCases = {
      '6': { events: [{ t: 'seen', at: at(now - HISTORY_MAX_AGE_MS) }] },
      '7': { events: [{ t: 'seen', at: at(now - HISTORY_MAX_AGE_MS - 1) }] },
    };
    expect(Object.keys(pruneHistory(cases, now))).toEqual(['6']);
    const young = { '6': cases['6']! };
    expect(pruneHistory(young, now)).toBe(young);
  });

  it('pruning keeps the most recently active complaints, by their newest event', () => {
    const cases: HistoryCases = {};
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    for (let i = 0; i < 5001; i++) cases[String(10_000 + i)] = { events: [{ t: 'seen', at: new Date(base + i * 60_000).toISOString() }] };
    // The oldest first seen, but active yesterday.
    cases['10000'] = { events: [{ t: 'seen', at: new Date(base).toISOString() }, { t: 'pause', at: '2026-05-31T00:00:00.000Z' }] };
    const kept = pruneHistory(cases, Date.parse('2026-06-01T00:00:00.000Z'));
    expect(Object.keys(kept)).toHaveLength(5000);
    expect(kept['10000']).toBeDefined();
    expect(kept['10001']).toBeUndefined();
  });
});
