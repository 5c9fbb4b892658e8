/**
 * The case history when what is stored cannot be read: what is kept aside (exact entry), what the
 * report page says (exact words), and what happens when it cannot even be kept aside ("stuck":
 * left in place, no new history written over it, until the caseworker clears it).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearUnreadableHistory,
  loadCaseHistory,
  onCaseHistoryChange,
  recordTrackedCases,
} from '../../../lib/store/case-history-store';
import { trackedCase } from '../../fixtures/tracked-case';
import { enforceChromeQuota } from './chrome-quota';

const NOW = Date.parse('2026-06-05T00:00:00.000Z');
const AT = '2026-06-05T09:00:00.000Z';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

/** A history entry as the background writes it, for one complaint. */
async function goodEntry(id: string): Promise<unknown> {
  await recordTrackedCases([trackedCase(id)], NOW);
  const history = (await stored('caseHistory')) as { cases: Record<string, unknown> };
  await fakeBrowser.storage.local.remove('caseHistory');
  return history.cases[id];
}

describe('case history that cannot be read is set aside, never wiped', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(AT));
  });
  afterEach(() => vi.useRealTimers());

  it('a history saved by a newer CTM Assist is kept aside with its version, and the history key is emptied', async () => {
    const newer = { v: 7, cases: { '4200002': { shape: 'newer' } } };
    await fakeBrowser.storage.local.set({ caseHistory: newer });
    const read = await loadCaseHistory();
    expect(read).toEqual({
      cases: {},
      problem: 'The case history was saved by a newer CTM Assist (version 7); update the extension to read it; it was kept aside (1 KB), not deleted.',
      keptAside: 1,
    });
    expect(await stored('caseHistory.unreadable')).toEqual([
      {
        at: AT,
        reason: 'The case history was saved by a newer CTM Assist (version 7); update the extension to read it.',
        bytes: 45,
        data: newer,
        version: 7,
      },
    ]);
    expect(await stored('caseHistory')).toBeUndefined();
  });

  it.each([
    ['a version that is not a number', { v: '1', cases: {} }, {}],
    ['an older version', { v: 0, cases: {} }, { version: 0 }],
    ['cases held as a list', { v: 1, cases: [] }, { version: 1 }],
    ['cases missing', { v: 1, cases: null }, { version: 1 }],
    ['no version at all', { cases: {} }, {}],
    ['a list instead of the history', [{ v: 1, cases: {} }], {}],
    ['a bare text', 'not a history', {}],
  ])('%s is kept aside as found (its version only when a number) and a new history starts', async (_label, raw, version) => {
    await fakeBrowser.storage.local.set({ caseHistory: raw });
    const read = await loadCaseHistory();
    expect(read.cases).toEqual({});
    expect(read.problem).toBe('The stored case history could not be read and a new one starts; it was kept aside (1 KB), not deleted.');
    expect(read.stuck).toBeUndefined();
    const aside = (await stored('caseHistory.unreadable')) as Record<string, unknown>[];
    expect(aside).toHaveLength(1);
    expect(aside[0]).toEqual({
      at: AT,
      reason: 'The stored case history could not be read and a new one starts.',
      bytes: JSON.stringify(raw).length,
      data: raw,
      ...version,
    });
    await recordTrackedCases([trackedCase('4200010')], NOW);
    expect(Object.keys((await loadCaseHistory()).cases)).toEqual(['4200010']);
  });

  it('complaint ids that are not CTM numbers are set aside with their history; the good one stays stored', async () => {
    const good = await goodEntry('4200011');
    const raw = { v: 1, cases: { '4200011': good, abc: good, x4200012: good, '4200013x': good, '123456789012345678901': good } };
    await fakeBrowser.storage.local.set({ caseHistory: raw });
    const read = await loadCaseHistory();
    expect(Object.keys(read.cases)).toEqual(['4200011']);
    expect(read.problem).toBe(
      'The history of 4 complaints could not be read (abc, x4200012, 4200013x, 123456789012345678901); the others are kept; it was kept aside (' +
        `${Math.max(1, Math.round(JSON.stringify({ abc: good, x4200012: good, '4200013x': good, '123456789012345678901': good }).length / 1024))} KB), not deleted.`,
    );
    expect(await stored('caseHistory')).toEqual({ v: 1, cases: { '4200011': good } });
    const aside = (await stored('caseHistory.unreadable')) as { data: unknown; version?: number }[];
    expect(aside).toHaveLength(1);
    expect(aside[0]!.data).toEqual({ abc: good, x4200012: good, '4200013x': good, '123456789012345678901': good });
    expect(aside[0]!.version).toBe(1);
  });

  it('an entry whose instants carry a time-zone offset (valid, not as the background writes them) is still read', async () => {
    const good = (await goodEntry('4200014')) as { events: { at: string }[] };
    const offset = { ...good, events: good.events.map((e) => ({ ...e, at: '2026-06-05T02:00:00+02:00' })) };
    await fakeBrowser.storage.local.set({ caseHistory: { v: 1, cases: { '4200014': offset } } });
    const read = await loadCaseHistory();
    expect(read).toEqual({ cases: { '4200014': offset }, keptAside: 0 });
  });

  it('names at most five damaged complaints in the message', async () => {
    const cases = Object.fromEntries(['4200021', '4200022', '4200023', '4200024', '4200025', '4200026'].map((id) => [id, { events: 'junk' }]));
    await fakeBrowser.storage.local.set({ caseHistory: { v: 1, cases } });
    const read = await loadCaseHistory();
    expect(read.cases).toEqual({});
    expect(read.problem).toBe(
      'The history of 6 complaints could not be read (4200021, 4200022, 4200023, 4200024, 4200025); the others are kept; it was kept aside (1 KB), not deleted.',
    );
    expect(await stored('caseHistory')).toEqual({ v: 1, cases: {} });
  });

  it('after the read that set it aside, each later read still says what is kept aside', async () => {
    await fakeBrowser.storage.local.set({ caseHistory: { v: 1, cases: { '4200031': { events: 'junk' } } } });
    await loadCaseHistory();
    const again = await loadCaseHistory();
    expect(again).toEqual({
      cases: {},
      problem:
        'Some case history data was set aside, not deleted (last on 2026-06-05; 1 KB kept): The history of 1 complaint could not be read (4200031); the others are kept.',
      keptAside: 1,
    });
  });

  it('recording with no case changed writes nothing', async () => {
    await recordTrackedCases([], NOW);
    expect(await stored('caseHistory')).toBeUndefined();
  });

  it('tells the report page when the history is written', async () => {
    const calls: number[] = [];
    const stop = onCaseHistoryChange(() => calls.push(1));
    await recordTrackedCases([trackedCase('4200041')], NOW);
    await vi.waitFor(() => expect(calls).toEqual([1]));
    stop();
  });
});

describe('case history that cannot even be kept aside stays in place ("stuck")', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(AT));
  });
  afterEach(() => vi.useRealTimers());

  const huge = { v: 9, cases: { pad: 'x'.repeat(8 * 1024 * 1024) } };
  const tooLarge =
    'The case history was saved by a newer CTM Assist (version 9); update the extension to read it, and it is too large to keep a copy aside (8,192 KB; at most 8,192 KB are kept). It is left in place and no new history is recorded until it is cleared on the report page.';

  it('too large to keep aside: said in words, left in place, noted once in the set-aside list', async () => {
    await fakeBrowser.storage.local.set({ caseHistory: huge });
    const read = await loadCaseHistory();
    expect(read.problem).toBe(tooLarge);
    expect(read.stuck).toBe(true);
    expect(read.cases).toEqual({});
    expect(read.keptAside).toBe(1);
    await loadCaseHistory();
    expect(await stored('caseHistory.unreadable')).toEqual([{ at: AT, reason: tooLarge, bytes: 0, data: null }]);
    expect(((await stored('caseHistory')) as { v: number }).v).toBe(9);
  });

  it('no new history is written over it: recording refuses with the same words', async () => {
    await fakeBrowser.storage.local.set({ caseHistory: huge });
    await expect(recordTrackedCases([trackedCase('4200051')], NOW)).rejects.toThrow(tooLarge);
    expect(((await stored('caseHistory')) as { v: number }).v).toBe(9);
  });

  it('clearing on the report page starts a new history and empties the set-aside list', async () => {
    await fakeBrowser.storage.local.set({ caseHistory: huge });
    await loadCaseHistory();
    await clearUnreadableHistory();
    expect(await stored('caseHistory')).toEqual({ v: 1, cases: {} });
    expect(await stored('caseHistory.unreadable')).toBeUndefined();
    expect(await loadCaseHistory()).toEqual({ cases: {}, keptAside: 0 });
  });

  it('clearing while nothing is stuck leaves the readable history as it is', async () => {
    await recordTrackedCases([trackedCase('4200052')], NOW);
    const before = await stored('caseHistory');
    await clearUnreadableHistory();
    expect(await stored('caseHistory')).toEqual(before);
  });

  it('no room in the browser storage to keep a copy: said in words, with its size', async () => {
    const raw = { v: 1, cases: 'damaged' };
    await fakeBrowser.storage.local.set({ caseHistory: raw });
    const stop = enforceChromeQuota(100);
    try {
      const read = await loadCaseHistory();
      expect(read.problem).toBe(
        "The stored case history could not be read and a new one starts, and there is no room left in the browser's extension storage to keep a copy aside (1 KB). It is left in place and no new history is recorded until it is cleared on the report page.",
      );
      expect(read.stuck).toBe(true);
    } finally {
      stop();
    }
    expect(await stored('caseHistory')).toEqual(raw);
  });

  it('a history write the browser refuses is reported as storage trouble in words', async () => {
    const stop = enforceChromeQuota(10);
    try {
      await expect(recordTrackedCases([trackedCase('4200053')], NOW)).rejects.toThrow(
        'The case history could not be saved: the browser’s storage for CTM Assist is full. Clear the set-aside copies in the CTM Assist toolbar popup.',
      );
    } finally {
      stop();
    }
  });
});
