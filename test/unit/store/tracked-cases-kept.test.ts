/**
 * What the tracked-case store keeps and says, with exact values: the problem messages a caseworker
 * reads when stored cases were set aside, the done and hand-over answers, and the archive's caps
 * (closed cases move there, the least recently seen archived ones go, active cases never do).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { createTrackedCaseStore, QUARANTINE_KEY, TRACKED_CASES_KEY } from '../../../lib/store/tracked-cases';
import { enforceLimits, readArchive } from '../../../lib/store/tracked-cases-archive';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';
import { trackedCase } from '../../fixtures/tracked-case';

const seenAt = (minute: number) => new Date(Date.parse('2026-06-01T12:00:00Z') + minute * 60_000).toISOString();
const tc = (id: string, extra: Partial<TrackedCase> = {}): TrackedCase => trackedCase(id, { contractNumber: 'S1234', ...extra });
const closed = (id: string, extra: Partial<TrackedCase> = {}) =>
  tc(id, { resolutionDate: '2026-06-03', disposition: 'resolved', status: 'closed', clock: 'stopped', ...extra });
const local = async () => fakeBrowser.storage.local.get(null);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('stored cases that cannot be read are set aside and said in words', () => {
  it('cases a newer CTM Assist saved: the exact message, kept aside with their stamp, and new tracking starts', async () => {
    const future = { '31': { complaintId: '31', somethingNew: true } };
    await fakeBrowser.storage.local.set({ trackedCases: future, trackedCases$: { v: 3, rev: 'r-future' } });
    const store = createTrackedCaseStore();
    const { cases, problem } = await store.load();
    expect(cases).toEqual([]);
    expect(problem).toBe(
      'Tracked cases were saved by a newer CTM Assist (storage version 3); they were set aside, not deleted. Update the extension to get them back.',
    );
    const aside = await store.quarantined();
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatchObject({ version: 3, data: future, meta: { v: 3, rev: 'r-future' } });
    // Said once: the next load is quiet.
    expect(await store.load()).toEqual({ cases: [] });
  });

  it('a version stamp that is not an object of numbers is set aside with its size and the cases are kept', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: { '41': tc('41') }, trackedCases$: { v: 'two' } });
    const store = createTrackedCaseStore();
    const { cases, problem } = await store.load();
    expect(problem).toBe(
      'The version stamp of the stored tracked cases could not be read; it was kept aside (1 KB) and the cases were checked as they are.',
    );
    expect(cases.map((c) => c.complaintId)).toEqual(['41']);
    expect((await store.quarantined()).map((e) => e.data)).toEqual([{ v: 'two' }]);
  });

  it('a version stamp without a version is read as it is: nothing set aside, nothing said', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: { '42': tc('42') }, trackedCases$: { v: 2 } });
    await fakeBrowser.storage.local.set({ trackedCases$: { rev: 'r-old' } });
    const store = createTrackedCaseStore();
    const loaded = await store.load();
    expect(loaded.problem).toBeUndefined();
    expect(await store.quarantined()).toEqual([]);
  });

  it('two unreadable cases: counted in the plural and named', async () => {
    await fakeBrowser.storage.local.set({
      trackedCases: { '21': tc('21'), '22': { complaintId: '22', clock: 'sideways' }, '23': 'junk' },
      trackedCases$: { v: 2 },
    });
    const store = createTrackedCaseStore();
    const { cases, problem } = await store.load();
    expect(cases.map((c) => c.complaintId)).toEqual(['21']);
    expect(problem).toBe('2 tracked cases could not be read and were set aside: 22, 23.');
  });

  it('one unreadable case: counted in the singular and named', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: { '21': tc('21'), '22': 'junk' }, trackedCases$: { v: 2 } });
    const store = createTrackedCaseStore();
    expect((await store.load()).problem).toBe('1 tracked case could not be read and was set aside: 22.');
  });

  it('names at most five of many unreadable cases', async () => {
    const junk = Object.fromEntries(['51', '52', '53', '54', '55', '56', '57'].map((id) => [id, 'junk']));
    await fakeBrowser.storage.local.set({ trackedCases: junk, trackedCases$: { v: 2 } });
    const store = createTrackedCaseStore();
    expect((await store.load()).problem).toBe('7 tracked cases could not be read and were set aside: 51, 52, 53, 54, 55.');
  });

  it('a case stored under another complaint ID than its own is set aside, not shown under the wrong number', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: { '61': tc('62') }, trackedCases$: { v: 2 } });
    const store = createTrackedCaseStore();
    const { cases, problem } = await store.load();
    expect(cases).toEqual([]);
    expect(problem).toBe('1 tracked case could not be read and was set aside: 61.');
  });

  it('the problem found at start and the stored cases both come back on the first load', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: { '43': tc('43') }, trackedCases$: 'stamp' });
    const store = createTrackedCaseStore();
    const loaded = await store.load();
    expect(loaded.cases.map((c) => c.complaintId)).toEqual(['43']);
    expect(loaded.problem).toBe(
      'The version stamp of the stored tracked cases could not be read; it was kept aside (1 KB) and the cases were checked as they are.',
    );
  });

  it('with no cases stored, a problem found at start is still said', async () => {
    await fakeBrowser.storage.local.set({ trackedCases$: 'stamp' });
    const store = createTrackedCaseStore();
    expect(await store.load()).toEqual({
      cases: [],
      problem: 'The version stamp of the stored tracked cases could not be read; it was kept aside (1 KB) and the cases were checked as they are.',
    });
  });
});

describe('what a page sends', () => {
  it('an invalid case is refused with the first reason, and nothing is stored', async () => {
    const store = createTrackedCaseStore();
    const result = await store.upsert({ ...tc('1'), complaintId: 'abc' });
    expect(result).toEqual({ ok: false, error: 'Invalid tracked case: Invalid input' });
    expect(await local()).toEqual({});
  });

  it('a valid case is stored under its complaint ID with the current version stamp', async () => {
    const store = createTrackedCaseStore();
    const result = await store.upsert(tc('71'));
    expect(result).toEqual({ ok: true, case: tc('71') });
    const stored = await local();
    expect(stored.trackedCases).toEqual({ '71': tc('71') });
    expect(stored['trackedCases$']).toEqual({ v: 2, rev: expect.any(String) });
  });
});

describe('the caseworker marks cases done or answers about a handed-over case', () => {
  it('done and undone are stored', async () => {
    const store = createTrackedCaseStore();
    await store.upsert(tc('7'));
    await store.setDone('7', true);
    expect((await storage.getItem<Record<string, TrackedCase>>(TRACKED_CASES_KEY))?.['7']).toMatchObject({ status: 'done', doneByUser: true });
    await store.setDone('7', false);
    expect((await storage.getItem<Record<string, TrackedCase>>(TRACKED_CASES_KEY))?.['7']).toMatchObject({ status: 'open', doneByUser: false });
  });

  it('a case not tracked cannot be marked done: undefined, and no case appears', async () => {
    const store = createTrackedCaseStore();
    expect(await store.setDone('404', true)).toBeUndefined();
    expect((await store.load()).cases).toEqual([]);
  });

  it('"gone" marks a handed-over case done, with the answer kept', async () => {
    const store = createTrackedCaseStore();
    await store.upsert(tc('81', { reassignmentRequested: true }));
    const answered = await store.setHandOver('81', 'gone');
    expect(answered).toEqual({ ...tc('81', { reassignmentRequested: true }), handOverAnswer: 'gone', doneByUser: true, status: 'done' });
    expect((await store.load()).cases).toEqual([answered]);
  });

  it('"kept" keeps a handed-over case open, with the answer kept', async () => {
    const store = createTrackedCaseStore();
    await store.upsert(tc('82', { reassignmentRequested: true }));
    const answered = await store.setHandOver('82', 'kept');
    expect(answered).toEqual({ ...tc('82', { reassignmentRequested: true }), handOverAnswer: 'kept' });
    expect((await store.load()).cases).toEqual([answered]);
  });

  it('an answer about a case not tracked is undefined and stores no case', async () => {
    const store = createTrackedCaseStore();
    expect(await store.setHandOver('404', 'gone')).toBeUndefined();
    expect((await store.load()).cases).toEqual([]);
  });

  it('when tracking is paused by data that cannot be kept aside, a done mark or hand-over answer fails with the reason', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: 'garbage', trackedCases$: { v: 2 } });
    const refuse = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    const store = createTrackedCaseStore();
    await expect(store.setDone('1', true)).rejects.toThrow(/^Stored tracked complaints could not be read, and .*Clear the unreadable copy/);
    await expect(store.setHandOver('1', 'gone')).rejects.toThrow(/^Stored tracked complaints could not be read, and .*Clear the unreadable copy/);
    refuse.mockRestore();
  });
});

describe('the store tells its own writes from others', () => {
  it('knows the revisions of its last 20 writes, not older ones, and no one else’s', async () => {
    const store = createTrackedCaseStore();
    const revs: string[] = [];
    for (let i = 0; i < 21; i++) {
      await store.upsert(tc(String(100 + i)));
      revs.push(((await local())['trackedCases$'] as { rev: string }).rev);
    }
    expect(new Set(revs).size).toBe(21);
    expect(store.wrote(revs[0])).toBe(false);
    expect(store.wrote(revs[1])).toBe(true);
    expect(store.wrote(revs[20])).toBe(true);
    expect(store.wrote('someone-else')).toBe(false);
    expect(store.wrote(undefined)).toBe(false);
    expect(createTrackedCaseStore().wrote(revs[20])).toBe(false);
  });

  it('calls a watcher back when the cases change', async () => {
    const store = createTrackedCaseStore();
    const seen = vi.fn();
    const stop = store.watch(seen);
    await store.upsert(tc('91'));
    await vi.waitFor(() => expect(seen).toHaveBeenCalledTimes(1));
    stop();
  });
});

describe('the archive and its caps', () => {
  it('closed and left-plan cases move to the archive; open, done and paused ones stay', async () => {
    const map = {
      '1': closed('1'),
      '2': tc('2', { status: 'left-plan', clock: 'stopped' }),
      '3': tc('3'),
      '4': tc('4', { status: 'done', doneByUser: true }),
    };
    expect(await enforceLimits(map, { cap: 10, archiveCap: 10 })).toBeUndefined();
    expect(Object.keys(map)).toEqual(['3', '4']);
    expect(Object.keys((await readArchive()).archive).sort()).toEqual(['1', '2']);
  });

  it('beyond the cap, done cases are archived first, then the least recently seen', async () => {
    // Neither complaint-ID order nor last-seen order alone picks the two that go.
    const map: Record<string, TrackedCase> = {
      '11': tc('11', { lastSeen: seenAt(3) }),
      '12': tc('12', { lastSeen: seenAt(2) }),
      '13': tc('13', { lastSeen: seenAt(9), status: 'done', doneByUser: true }),
      '14': tc('14', { lastSeen: seenAt(1) }),
    };
    await enforceLimits(map, { cap: 2, archiveCap: 10 });
    expect(Object.keys(map).sort()).toEqual(['11', '12']);
    expect(Object.keys((await readArchive()).archive).sort()).toEqual(['13', '14']);
  });

  it('the archive keeps its newest up to the cap; active cases are never dropped for it', async () => {
    await fakeBrowser.storage.local.set({
      // The lowest complaint ID is the newest, so only sorting by last seen finds the oldest.
      'trackedCases.archive': { '1': closed('1', { lastSeen: seenAt(5) }), '2': closed('2', { lastSeen: seenAt(1) }) },
    });
    const map: Record<string, TrackedCase> = { '3': closed('3', { lastSeen: seenAt(3) }), '4': tc('4', { lastSeen: seenAt(0) }) };
    await enforceLimits(map, { cap: 10, archiveCap: 2 });
    expect(Object.keys(map)).toEqual(['4']);
    expect(Object.keys((await readArchive()).archive).sort()).toEqual(['1', '3']);
  });

  it('an archive below its cap loses nothing', async () => {
    await fakeBrowser.storage.local.set({
      'trackedCases.archive': { '1': closed('1', { lastSeen: seenAt(1) }), '2': closed('2', { lastSeen: seenAt(2) }) },
    });
    const map: Record<string, TrackedCase> = { '3': closed('3', { lastSeen: seenAt(3) }) };
    await enforceLimits(map, { cap: 10, archiveCap: 4 });
    expect(Object.keys((await readArchive()).archive).sort()).toEqual(['1', '2', '3']);
  });

  it('closed cases do not count toward the working cap: the open case stays', async () => {
    const map: Record<string, TrackedCase> = { '1': closed('1'), '2': tc('2', { status: 'left-plan', clock: 'stopped' }), '3': tc('3') };
    await enforceLimits(map, { cap: 1, archiveCap: 10 });
    expect(Object.keys(map)).toEqual(['3']);
    expect(Object.keys((await readArchive()).archive).sort()).toEqual(['1', '2']);
  });

  it('an archive exactly at its cap loses nothing', async () => {
    const map: Record<string, TrackedCase> = { '1': closed('1', { lastSeen: seenAt(1) }), '2': closed('2', { lastSeen: seenAt(2) }) };
    await enforceLimits(map, { cap: 10, archiveCap: 2 });
    expect(Object.keys((await readArchive()).archive).sort()).toEqual(['1', '2']);
  });

  it('nothing to move writes no archive', async () => {
    const map: Record<string, TrackedCase> = { '1': tc('1') };
    expect(await enforceLimits(map, { cap: 1, archiveCap: 1 })).toBeUndefined();
    expect(await local()).toEqual({});
  });

  it('an empty archive key reads as an empty archive, nothing said', async () => {
    expect(await readArchive()).toEqual({ archive: {} });
  });

  it('unreadable archived cases: counted, named (five at most) and set aside; readable ones stay', async () => {
    const junk = Object.fromEntries(['51', '52', '53', '54', '55', '56'].map((id) => [id, 'junk']));
    await fakeBrowser.storage.local.set({ 'trackedCases.archive': { ...junk, '5': closed('5'), '9': closed('8') } });
    const read = await readArchive();
    expect(read).toEqual({ archive: { '5': closed('5') }, problem: '7 archived cases could not be read and were set aside: 9, 51, 52, 53, 54.' });
  });

  it('one unreadable archived case is said in the singular', async () => {
    await fakeBrowser.storage.local.set({ 'trackedCases.archive': { '5': closed('5'), '6': 'junk' } });
    expect((await readArchive()).problem).toBe('1 archived case could not be read and was set aside: 6.');
  });

  it('an archive that is not a map is kept aside with its size and a new archive starts', async () => {
    await fakeBrowser.storage.local.set({ 'trackedCases.archive': 'garbage' });
    expect(await readArchive()).toEqual({
      archive: {},
      problem: 'The archive of closed complaints could not be read; it was kept aside (1 KB) and a new archive starts.',
    });
    expect(await storage.getItem(QUARANTINE_KEY)).toHaveLength(1);
  });
});
