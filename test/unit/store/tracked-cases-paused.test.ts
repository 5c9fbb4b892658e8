/**
 * When unreadable tracked-case data cannot be kept aside (no room, or too large), it stays where
 * it is and tracking pauses: the exact words the caseworker reads, what stays stored, and how
 * "Clear the unreadable copy" starts tracking again. Also the messages of refused writes.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTrackedCaseStore } from '../../../lib/store/tracked-cases';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';
import { trackedCase } from '../../fixtures/tracked-case';

const tc = (id: string, extra: Partial<TrackedCase> = {}): TrackedCase => trackedCase(id, { contractNumber: 'S1234', ...extra });
const closed = (id: string) => tc(id, { resolutionDate: '2026-06-03', disposition: 'resolved', status: 'closed', clock: 'stopped' });
const local = async () => fakeBrowser.storage.local.get(null);
const CLEAR = 'They are left in place and nothing new is tracked; use “Clear the unreadable copy” in the CTM Assist toolbar popup to start tracking afresh.';
const NO_ROOM = "there is no room left in the browser's extension storage to keep a copy aside (1 KB)";
/** Half a megabyte more than the 8 MB kept aside at most. */
const HUGE = 'x'.repeat(8.5 * 1024 * 1024);

/** Every storage write is refused from now on, as when storage is full. */
const refuseWrites = () => vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('unreadable data that cannot be kept aside stays, and tracking pauses', () => {
  it('an unreadable case without room to keep it aside: the upsert is refused with the reason and the fix', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: { '21': tc('21'), '22': 'junk' }, trackedCases$: { v: 2 } });
    refuseWrites();
    const store = createTrackedCaseStore();
    expect(await store.upsert(tc('23'))).toEqual({
      ok: false,
      error: `1 tracked case could not be read and was set aside: 22, and ${NO_ROOM}. ${CLEAR}`,
    });
    expect(await store.load()).toEqual({
      cases: [tc('21')],
      problem: `1 tracked case could not be read and was set aside: 22, and ${NO_ROOM}. ${CLEAR}`,
      stuck: true,
    });
    vi.restoreAllMocks();
    expect(await local()).toEqual({ trackedCases: { '21': tc('21'), '22': 'junk' }, trackedCases$: { v: 2 } });
  });

  it('unreadable cases without room: the reason is cut at its first clause', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: 'garbage', trackedCases$: { v: 2 } });
    refuseWrites();
    const store = createTrackedCaseStore();
    expect(await store.load()).toEqual({
      cases: [],
      problem: `Stored tracked complaints could not be read, and ${NO_ROOM}. ${CLEAR}`,
      stuck: true,
    });
    // A paused store rewrites nothing on restamp.
    await store.restamp();
    vi.restoreAllMocks();
    expect(await local()).toEqual({ trackedCases: 'garbage', trackedCases$: { v: 2 } });
  });

  it('an unreadable version stamp without room: tracking pauses; clearing it reads the cases afresh', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: { '41': tc('41') }, trackedCases$: 'stamp' });
    refuseWrites();
    const store = createTrackedCaseStore();
    expect(await store.load()).toEqual({
      cases: [],
      problem: `The version stamp of the stored tracked cases could not be read, and ${NO_ROOM}. ${CLEAR}`,
      stuck: true,
    });
    vi.restoreAllMocks();
    expect(await local()).toEqual({ trackedCases: { '41': tc('41') }, trackedCases$: 'stamp' });
    await store.clearUnreadable();
    expect(await store.load()).toEqual({ cases: [tc('41')] });
    expect(await store.quarantined()).toEqual([]);
  });

  it('a newer version that cannot be kept aside stays, and each read says so', async () => {
    const future = { '31': { complaintId: '31', somethingNew: true } };
    await fakeBrowser.storage.local.set({ trackedCases: future, trackedCases$: { v: 3 } });
    refuseWrites();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = createTrackedCaseStore();
    const expected = {
      cases: [],
      problem: `Tracked cases were saved by a newer CTM Assist (storage version 3), and there is no room left in the browser's extension storage to keep a copy aside (1 KB). ${CLEAR}`,
      stuck: true,
    };
    expect(await store.load()).toEqual(expected);
    expect(await store.load()).toEqual(expected);
    vi.restoreAllMocks();
    expect(await local()).toEqual({ trackedCases: future, trackedCases$: { v: 3 } });
  });

  it('an archive too large to keep aside: closed cases stay in the working list, said once; clearing starts a new archive', async () => {
    await fakeBrowser.storage.local.set({ 'trackedCases.archive': HUGE });
    const store = createTrackedCaseStore();
    const result = await store.upsert(closed('8'));
    expect(result).toEqual({
      ok: true,
      case: closed('8'),
      problem: `The archive of closed complaints could not be read, and it is too large to keep a copy aside (8,704 KB; at most 8,192 KB are kept). ${CLEAR}`,
    });
    expect((await store.load()).cases).toEqual([closed('8')]);
    expect((await local())['trackedCases.archive']).toBe(HUGE);
    await store.clearUnreadable();
    expect((await local())['trackedCases.archive']).toEqual({});
    await store.upsert(closed('8'));
    expect(await store.archived()).toEqual([closed('8')]);
    expect((await store.load()).cases).toEqual([]);
  });
});

describe('problems found on the way are all said, each once', () => {
  it('an unreadable working case and an unreadable archived case: both messages, in order', async () => {
    await fakeBrowser.storage.local.set({
      trackedCases: { '21': tc('21'), '22': 'junk' },
      trackedCases$: { v: 2 },
      'trackedCases.archive': { '5': closed('5'), '6': 'junk' },
    });
    const store = createTrackedCaseStore();
    expect(await store.upsert(tc('23'))).toEqual({
      ok: true,
      case: tc('23'),
      problem: '1 tracked case could not be read and was set aside: 22. 1 archived case could not be read and was set aside: 6.',
    });
    expect((await store.upsert(tc('24'))).ok && 'quiet').toBe('quiet');
    expect(await store.upsert(tc('24'))).toEqual({ ok: true, case: tc('24') });
  });

  it('a case in the working list is merged there, not replaced by a stale archived copy', async () => {
    const early = tc('5', { firstSeen: '2026-05-01T12:00:00.000Z', lastSeen: '2026-05-01T12:00:00.000Z', issueLevel: 'immediate-need' });
    await fakeBrowser.storage.local.set({
      trackedCases: { '5': tc('5') },
      trackedCases$: { v: 2 },
      'trackedCases.archive': { '5': { ...early, status: 'closed', clock: 'stopped' } },
    });
    const store = createTrackedCaseStore();
    await store.upsert(tc('5'));
    expect((await store.load()).cases).toEqual([tc('5')]);
    expect((await local())['trackedCases.archive']).toEqual({ '5': { ...early, status: 'closed', clock: 'stopped' } });
  });
});

describe('refused writes are answers in words', () => {
  it('an upsert the browser refuses for want of room says storage is full', async () => {
    const store = createTrackedCaseStore();
    refuseWrites();
    expect(await store.upsert(tc('1'))).toEqual({
      ok: false,
      error: 'Tracking could not be saved: the browser’s storage for CTM Assist is full. Clear the set-aside copies in the CTM Assist toolbar popup.',
    });
  });

  it('a done mark the browser refuses throws the words for it', async () => {
    const store = createTrackedCaseStore();
    await store.upsert(tc('1'));
    refuseWrites();
    await expect(store.setDone('1', true)).rejects.toThrow(
      'The done mark could not be saved: the browser’s storage for CTM Assist is full. Clear the set-aside copies in the CTM Assist toolbar popup.',
    );
  });

  it('a hand-over answer the browser refuses throws the words for it', async () => {
    const store = createTrackedCaseStore();
    await store.upsert(tc('1', { reassignmentRequested: true }));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk on fire'));
    await expect(store.setHandOver('1', 'gone')).rejects.toThrow(
      'The handed-over answer could not be saved: the browser refused to store it. Close and reopen the page; if it persists, ask IT.',
    );
  });
});

describe('restamp', () => {
  it('with no cases stored, the popup rows are removed', async () => {
    await fakeBrowser.storage.local.set({ 'trackedCases.rows': { rows: [] } });
    const store = createTrackedCaseStore();
    await store.restamp();
    expect(await local()).toEqual({});
  });

  it('with no cases stored but an unreadable stamp set aside, the popup rows are still removed and no cases written', async () => {
    await fakeBrowser.storage.local.set({ trackedCases$: 'stamp', 'trackedCases.rows': 'old rows' });
    const store = createTrackedCaseStore();
    await store.restamp();
    const stored = await local();
    expect(Object.keys(stored)).toEqual(['trackedCases.quarantine']);
  });

  it('stored cases are written again under a fresh revision of this store', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: { '1': tc('1') }, trackedCases$: { v: 2, rev: 'r-other' } });
    const store = createTrackedCaseStore();
    await store.restamp();
    const stored = await local();
    expect(stored.trackedCases).toEqual({ '1': tc('1') });
    const { rev } = stored['trackedCases$'] as { rev: string };
    expect(rev).not.toBe('r-other');
    expect(store.wrote(rev)).toBe(true);
  });
});
