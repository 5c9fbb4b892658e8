import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import {
  ARCHIVE_KEY,
  createTrackedCaseStore,
  QUARANTINE_KEY,
  TRACKED_CASES_KEY,
} from '../../../lib/store/tracked-cases';
import type { QuarantineEntry } from '../../../lib/store/tracked-cases-quarantine';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';
import { trackedCase } from '../../fixtures/tracked-case';
import { enforceChromeQuota } from './chrome-quota';

const T0 = Date.parse('2026-06-01T12:00:00Z');

/** The shared fixture case, with a contract number. */
const tc = (id: string, extra: Partial<TrackedCase> = {}): TrackedCase => trackedCase(id, { contractNumber: 'S1234', ...extra });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('tracked-case store', () => {
  it('keeps every case when 100 tabs upsert at once', async () => {
    const store = createTrackedCaseStore();
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => store.upsert(tc(String(1000 + i)))));
    expect(results.every((r) => r.ok)).toBe(true);
    const { cases, problem } = await store.load();
    expect(problem).toBeUndefined();
    expect(cases.map((c) => c.complaintId).sort()).toEqual(Array.from({ length: 100 }, (_, i) => String(1000 + i)));
  });

  it('merges concurrent updates of the same case: first seen kept, latest facts win', async () => {
    const store = createTrackedCaseStore();
    const later = new Date(T0 + 60_000).toISOString();
    await Promise.all([
      store.upsert(tc('42')),
      store.upsert(tc('42', { issueLevel: 'immediate-need', firstSeen: later, lastSeen: later })),
    ]);
    const [only] = (await store.load()).cases;
    expect(only).toMatchObject({ complaintId: '42', issueLevel: 'immediate-need', firstSeen: new Date(T0).toISOString() });
  });

  it('rejects a malformed case at the boundary', async () => {
    const store = createTrackedCaseStore();
    const r = await store.upsert({ ...tc('1'), complaintId: 'abc' });
    expect(r.ok).toBe(false);
    expect((await store.load()).cases).toEqual([]);
  });

  it('stores nothing beyond the PHI-free schema, even if a sender adds more', async () => {
    const store = createTrackedCaseStore();
    const withExtra = { ...tc('9'), beneficiaryName: 'Jane Doe', summary: 'narrative' } as TrackedCase;
    await store.upsert(withExtra);
    const raw = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(raw).toContain('"complaintId":"9"');
    expect(raw).not.toContain('Jane Doe');
    expect(raw).not.toContain('narrative');
  });

  it('marks done and undoes it', async () => {
    const store = createTrackedCaseStore();
    await store.upsert(tc('7'));
    expect((await store.setDone('7', true))?.status).toBe('done');
    expect((await store.setDone('7', false))?.status).toBe('open');
  });

  it('moves a case closed as resolved to the archive and brings it back if the page reopens it', async () => {
    const store = createTrackedCaseStore();
    await store.upsert(tc('8', { resolutionDate: '2026-06-03', disposition: 'resolved', status: 'closed', clock: 'stopped' }));
    expect((await store.load()).cases).toEqual([]);
    expect((await store.archived()).map((c) => c.complaintId)).toEqual(['8']);
    const later = new Date(T0 + 3_600_000).toISOString();
    await store.upsert(tc('8', { lastSeen: later, firstSeen: later }));
    expect((await store.load()).cases.map((c) => c.complaintId)).toEqual(['8']);
    expect(await store.archived()).toEqual([]);
  });

  it('caps the working list, archiving the least recently seen, and trims the archive', async () => {
    const store = createTrackedCaseStore({ cap: 3, archiveCap: 2 });
    for (let i = 0; i < 6; i++) {
      const seen = new Date(T0 + i * 1000).toISOString();
      await store.upsert(tc(String(i + 1), { firstSeen: seen, lastSeen: seen }));
    }
    expect((await store.load()).cases.map((c) => c.complaintId).sort()).toEqual(['4', '5', '6']);
    expect((await store.archived()).map((c) => c.complaintId).sort()).toEqual(['2', '3']);
  });
});

describe('versions, migration and damaged data', () => {
  it('migrates version-1 data (an array without clock or pauses) and keeps every case', async () => {
    await fakeBrowser.storage.local.set({
      trackedCases: [
        { complaintId: '11', contractNumber: 'S1234', issueLevel: 'urgent', assignedDate: '2026-05-01', status: 'open', pageUrl: 'https://x/1', lastSeen: '2026-05-01T10:00:00.000Z' },
        { complaintId: '12', status: 'closed', pageUrl: 'https://x/2', lastSeen: '2026-05-02T10:00:00.000Z' },
      ],
    });
    const store = createTrackedCaseStore();
    const { cases, problem } = await store.load();
    expect(problem).toBeUndefined();
    const byId = Object.fromEntries(cases.map((c) => [c.complaintId, c]));
    expect(byId['11']).toMatchObject({ clock: 'running', status: 'open', pauses: [], firstSeen: '2026-05-01T10:00:00.000Z' });
    expect(byId['12']).toMatchObject({ clock: 'stopped', status: 'closed' });
    expect(await storage.getMeta(TRACKED_CASES_KEY)).toMatchObject({ v: 2 });
  });

  it('sets corrupt entries aside, reports them and keeps the readable ones', async () => {
    const good = tc('21');
    await fakeBrowser.storage.local.set({
      trackedCases: { '21': good, '22': { complaintId: '22', clock: 'sideways' } },
      trackedCases$: { v: 2 },
    });
    const store = createTrackedCaseStore();
    const { cases, problem } = await store.load();
    expect(cases.map((c) => c.complaintId)).toEqual(['21']);
    expect(problem).toMatch(/1 tracked case could not be read.*22/);
    const q = (await storage.getItem<QuarantineEntry[]>(QUARANTINE_KEY)) ?? [];
    expect(q[0]?.data).toEqual({ '22': { complaintId: '22', clock: 'sideways' } });
  });

  it('keeps unreadable data aside instead of wiping it', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: 'garbage', trackedCases$: { v: 2 } });
    const store = createTrackedCaseStore();
    expect((await store.load()).problem).toMatch(/could not be read; they were kept aside \(1 KB\)/);
    expect((await store.quarantined())[0]?.data).toBe('garbage');
  });

  it('keeps data of a newer version aside and reports it, with no error in the console', async () => {
    const future = { '31': { complaintId: '31', somethingNew: true } };
    await fakeBrowser.storage.local.set({ trackedCases: future, trackedCases$: { v: 9 } });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = createTrackedCaseStore();
    const { cases, problem } = await store.load();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    expect(cases).toEqual([]);
    expect(problem).toMatch(/newer CTM Assist \(storage version 9\)/);
    const [entry] = await store.quarantined();
    expect(entry).toMatchObject({ version: 9, data: future });
    // New tracking works again afterwards and the set-aside copy stays.
    await store.upsert(tc('32'));
    expect((await store.load()).cases.map((c) => c.complaintId)).toEqual(['32']);
    expect(await store.quarantined()).toHaveLength(1);
    expect(await storage.getItem(ARCHIVE_KEY)).toBeNull();
  });
});

describe('a damaged archive or set-aside list', () => {
  const closed = (id: string) => tc(id, { resolutionDate: '2026-06-03', disposition: 'resolved', status: 'closed', clock: 'stopped' });

  it('closing a case while the archive holds a string archives the case, keeps the string aside and says so', async () => {
    await fakeBrowser.storage.local.set({ 'trackedCases.archive': 'garbage' });
    const store = createTrackedCaseStore();
    const result = await store.upsert(closed('8'));
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.problem).toMatch(/archive of closed complaints could not be read; it was kept aside/);
    expect((await store.archived()).map((c) => c.complaintId)).toEqual(['8']);
    expect((await store.quarantined()).map((e) => e.data)).toEqual(['garbage']);
  });

  it('closing a case while the archive holds [] stores a small archive keyed by complaint ID', async () => {
    await fakeBrowser.storage.local.set({ 'trackedCases.archive': [] });
    const store = createTrackedCaseStore();
    const result = await store.upsert(closed('4100101'));
    expect(result.ok).toBe(true);
    const stored = (await fakeBrowser.storage.local.get('trackedCases.archive'))['trackedCases.archive'];
    expect(Array.isArray(stored)).toBe(false);
    expect(Object.keys(stored as object)).toEqual(['4100101']);
  });

  it('sets aside an unreadable archived case and keeps the others', async () => {
    await fakeBrowser.storage.local.set({ 'trackedCases.archive': { '5': tc('5'), '6': { complaintId: '6', clock: 1 } } });
    const store = createTrackedCaseStore();
    await store.upsert(closed('7'));
    expect((await store.archived()).map((c) => c.complaintId).sort()).toEqual(['5', '7']);
    expect((await store.quarantined())[0]?.data).toEqual({ '6': { complaintId: '6', clock: 1 } });
  });

  it('a set-aside list that is not a list is kept, as a copy of its own, beside the next one', async () => {
    await fakeBrowser.storage.local.set({ 'trackedCases.quarantine': 'junk', trackedCases: 'garbage', trackedCases$: { v: 2 } });
    const store = createTrackedCaseStore();
    const { problem } = await store.load();
    expect(problem).toMatch(/could not be read; they were kept aside/);
    expect((await store.quarantined()).map((e) => e.data)).toEqual(['junk', 'garbage']);
    expect((await store.upsert(tc('9'))).ok).toBe(true);
  });
});

describe('telling the caseworker', () => {
  it('data set aside by a background read (the popup view rebuild) is told to the next complaint page', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: 'garbage', trackedCases$: { v: 2 } });
    const store = createTrackedCaseStore();
    await store.restamp();
    const result = await store.upsert(tc('1'));
    expect(result).toMatchObject({ ok: true, problem: expect.stringMatching(/could not be read; they were kept aside/) });
    expect((await store.upsert(tc('2'))).ok && (await store.upsert(tc('2')))).not.toHaveProperty('problem');
  });
});

describe('storage quota', () => {
  let stopQuota: () => void = () => undefined;
  beforeEach(() => {
    stopQuota = enforceChromeQuota();
    return () => stopQuota();
  });

  it('6 MB of junk in trackedCases is kept aside within the quota and tracking starts afresh', async () => {
    const junk = 'x'.repeat(6 * 1024 * 1024);
    await fakeBrowser.storage.local.set({ trackedCases: junk, trackedCases$: { v: 2 } });
    const store = createTrackedCaseStore();
    const first = await store.upsert(tc('1'));
    expect(first).toMatchObject({ ok: true, problem: expect.stringMatching(/Stored tracked complaints could not be read; they were kept aside \(6,144 KB\)/) });
    expect((await store.load()).cases.map((c) => c.complaintId)).toEqual(['1']);
    expect((await store.quarantined())[0]?.data).toBe(junk);
  });

  it('junk too large to keep aside stays in place, tracking pauses with the fix named, and clearing it restarts tracking', async () => {
    const junk = 'x'.repeat(9 * 1024 * 1024);
    await fakeBrowser.storage.local.set({ trackedCases: junk, trackedCases$: { v: 2 } });
    const store = createTrackedCaseStore();
    const result = await store.upsert(tc('1'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/too large to keep a copy aside \(9,216 KB.*Clear the unreadable copy/);
    expect(await storage.getItem(TRACKED_CASES_KEY)).toBe(junk);
    expect(await store.load()).toMatchObject({ cases: [], stuck: true });
    await store.clearUnreadable();
    expect((await store.upsert(tc('1'))).ok).toBe(true);
    expect((await store.load()).cases.map((c) => c.complaintId)).toEqual(['1']);
  });

  it('a write refused for want of room is an answer that says so, not a throw', async () => {
    stopQuota();
    await fakeBrowser.storage.local.set({ 'caseProgress.unreadable': 'y'.repeat(1024 * 1024) });
    stopQuota = enforceChromeQuota(1024 * 1024 + 100);
    const store = createTrackedCaseStore();
    const result = await store.upsert(tc('1'));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/storage for CTM Assist is full/) });
  });
});
