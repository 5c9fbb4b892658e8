/**
 * What the tracked-case store starts from: version-1 data migrated (entries it cannot use skipped,
 * the rest kept), the default caps, the storage keys the popup reads first, and the popup's rows
 * stored before "view written" resolves.
 *
 * Several tests load the store modules afresh (vi.resetModules + import) because the migration
 * table, the default caps, the popup's read keys and the "clear" hint are built at import: only a
 * fresh import inside a test counts them for mutation testing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTrackedCaseStore } from '../../../lib/store/tracked-cases';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';
import { trackedCase } from '../../fixtures/tracked-case';

const tc = (id: string, extra: Partial<TrackedCase> = {}): TrackedCase => trackedCase(id, { contractNumber: 'S1234', ...extra });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('version-1 data is migrated', () => {
  it('each usable entry becomes a case keyed by complaint ID, not done, with its clock from its status; unusable entries are skipped', async () => {
    await fakeBrowser.storage.local.set({
      trackedCases: [
        null,
        7,
        'junk',
        { complaintId: 13, status: 'open', pageUrl: 'https://x/13', lastSeen: '2026-05-03T10:00:00.000Z' },
        { complaintId: '', status: 'open', pageUrl: 'https://x/0', lastSeen: '2026-05-03T10:00:00.000Z' },
        { complaintId: '12', contractNumber: 'S1234', status: 'closed', pageUrl: 'https://x/2', lastSeen: '2026-05-02T10:00:00.000Z' },
      ],
    });
    vi.resetModules();
    const fresh = await import('../../../lib/store/tracked-cases');
    const { cases, problem } = await fresh.createTrackedCaseStore().load();
    expect(problem).toBeUndefined();
    expect(cases).toEqual([
      {
        complaintId: '12',
        contractNumber: 'S1234',
        pageUrl: 'https://x/2',
        clock: 'stopped',
        pauses: [],
        status: 'closed',
        doneByUser: false,
        firstSeen: '2026-05-02T10:00:00.000Z',
        lastSeen: '2026-05-02T10:00:00.000Z',
      },
    ]);
    expect((await fakeBrowser.storage.local.get('trackedCases$'))['trackedCases$']).toEqual({ v: 2 });
  });

  it('cases already keyed by complaint ID but without a stamp are kept as they are', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: { '5': tc('5') } });
    const { cases, problem } = await createTrackedCaseStore().load();
    expect(problem).toBeUndefined();
    expect(cases).toEqual([tc('5')]);
  });
});

describe('built at import', () => {
  it('the working list keeps 2000 cases and the archive 5000 by default', async () => {
    vi.resetModules();
    const { DEFAULT_LIMITS } = await import('../../../lib/store/tracked-cases-archive');
    expect(DEFAULT_LIMITS).toEqual({ cap: 2000, archiveCap: 5000 });
  });

  it('the popup first reads its rows, the cases’ stamp and every set-aside list', async () => {
    vi.resetModules();
    const { POPUP_VIEW_READ_KEYS } = await import('../../../lib/store/tracked-cases-keys');
    expect(POPUP_VIEW_READ_KEYS).toEqual([
      'trackedCases.rows',
      'trackedCases$',
      'trackedCases.quarantine',
      'caseProgress.unreadable',
      'accessFollowUps.unreadable',
      'alertPrefs.unreadable',
      'alerts.sent.unreadable',
    ]);
  });

  it('data that cannot be kept aside names the popup button that clears it', async () => {
    vi.resetModules();
    const { setAside } = await import('../../../lib/store/tracked-cases-quarantine');
    const result = await setAside('Something could not be read.', 'x'.repeat(8.5 * 1024 * 1024), undefined, []);
    expect(result).toEqual({
      problem:
        'Something could not be read, and it is too large to keep a copy aside (8,704 KB; at most 8,192 KB are kept). They are left in place and nothing new is tracked; use “Clear the unreadable copy” in the CTM Assist toolbar popup to start tracking afresh.',
      stuck: true,
    });
  });
});

describe('set-aside copies carry only what is known', () => {
  it('a copy without a version or stamp has no such fields', async () => {
    const { setAside } = await import('../../../lib/store/tracked-cases-quarantine');
    expect(await setAside('Something could not be read.', 'junk', undefined, [])).toEqual({ problem: 'Something could not be read.' });
    const [entry] = (await fakeBrowser.storage.local.get('trackedCases.quarantine'))['trackedCases.quarantine'] as object[];
    expect(Object.keys(entry ?? {}).sort()).toEqual(['at', 'bytes', 'data', 'reason']);
  });
});

describe('the popup’s rows', () => {
  it('are stored by the time the store says its views are written, even when settings come late', async () => {
    const settings = () => new Promise<Record<string, never>>((resolve) => setTimeout(() => resolve({}), 30));
    const store = createTrackedCaseStore({ cap: 10, archiveCap: 10 }, { settings });
    await store.upsert(tc('1'));
    await store.viewWritten();
    expect(typeof (await fakeBrowser.storage.local.get('trackedCases.rows'))['trackedCases.rows']).toBe('string');
  });

  it('a store without a popup view stores no rows', async () => {
    const store = createTrackedCaseStore();
    await store.upsert(tc('1'));
    await store.viewWritten();
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual(['trackedCases', 'trackedCases$']);
  });
});

describe('the background’s one store', () => {
  it('tracks, marks done and loads through the shorthands, and keeps the popup’s rows with the caseworker’s own settings', async () => {
    vi.resetModules();
    const fresh = await import('../../../lib/store/tracked-cases');
    expect(await fresh.upsertTrackedCase(tc('1'))).toEqual({ ok: true, case: tc('1') });
    expect(await fresh.setTrackedCaseDone('1', true)).toMatchObject({ complaintId: '1', status: 'done', doneByUser: true });
    expect(await fresh.loadTrackedCases()).toEqual({ cases: [{ ...tc('1'), status: 'done', doneByUser: true }] });
    expect(fresh.trackedCaseStore()).toBe(fresh.trackedCaseStore());
    await fresh.trackedCaseStore().viewWritten();
    const rows = (await fakeBrowser.storage.local.get('trackedCases.rows'))['trackedCases.rows'];
    expect(typeof rows).toBe('string');
    expect(rows).toContain(((await fakeBrowser.storage.local.get('trackedCases$'))['trackedCases$'] as { rev: string }).rev);
  });
});
