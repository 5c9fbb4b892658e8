import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changedCases, watchCaseHistory } from '../../../entrypoints/background/history-recorder';
import { clearUnreadableHistory, loadCaseHistory, recordTrackedCases } from '../../../lib/store/case-history-store';
import { createTrackedCaseStore } from '../../../lib/store/tracked-cases';
import { trackedCase } from '../../fixtures/tracked-case';

const NOW = Date.parse('2026-06-05T00:00:00.000Z');

describe('case history storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('records and reads back, under a versioned key', async () => {
    await recordTrackedCases([trackedCase('4200001')], NOW);
    const stored = (await fakeBrowser.storage.local.get('caseHistory')).caseHistory as { v: number };
    expect(stored.v).toBe(1);
    const read = await loadCaseHistory();
    expect(Object.keys(read.cases)).toEqual(['4200001']);
    expect(read.problem).toBeUndefined();
  });

  it('a history saved by a newer CTM Assist is set aside, said, and a new one starts', async () => {
    const newer = { v: 7, cases: { '4200002': { shape: 'newer' } } };
    await fakeBrowser.storage.local.set({ caseHistory: newer });
    const read = await loadCaseHistory();
    expect(read.problem).toMatch(/newer CTM Assist \(version 7\)/);
    expect(read.keptAside).toBe(1);
    expect(JSON.stringify(await fakeBrowser.storage.local.get('caseHistory.unreadable'))).toContain('newer');
    await recordTrackedCases([trackedCase('4200003')], NOW);
    expect(Object.keys((await loadCaseHistory()).cases)).toEqual(['4200003']);
  });

  it('one damaged complaint is set aside alone; the others stay', async () => {
    await recordTrackedCases([trackedCase('4200004')], NOW);
    const stored = (await fakeBrowser.storage.local.get('caseHistory')).caseHistory as { v: number; cases: Record<string, unknown> };
    await fakeBrowser.storage.local.set({ caseHistory: { ...stored, cases: { ...stored.cases, '4200005': { events: 'junk' } } } });
    const read = await loadCaseHistory();
    expect(Object.keys(read.cases)).toEqual(['4200004']);
    expect(read.problem).toMatch(/history of 1 complaint could not be read \(4200005\)/);
    await clearUnreadableHistory();
    expect((await loadCaseHistory()).keptAside).toBe(0);
  });

  it('the background records what the tracked-case store writes, including a case closed into the archive', async () => {
    const stop = watchCaseHistory();
    const store = createTrackedCaseStore();
    await store.upsert(trackedCase('4200006'));
    await store.upsert(trackedCase('4200006', { resolutionDate: '2026-06-03', disposition: 'resolved', lastSeen: '2026-06-03T14:00:00.000Z' }));
    // The recorder runs after the storage events; let its queue drain.
    await new Promise((r) => setTimeout(r, 50));
    await loadCaseHistory();
    stop();
    const events = (await loadCaseHistory()).cases['4200006']!.events;
    expect(events.map((e) => e.t)).toEqual(['seen', 'level', 'resolution', 'status']);
    expect(events.at(-1)).toMatchObject({ status: 'closed' });
  });

  it('a storage write that changed no case in what the history keeps is not compared again', () => {
    const tc = trackedCase('4200007');
    expect(changedCases({ trackedCases: { oldValue: { '4200007': tc }, newValue: { '4200007': { ...tc } } } }, 'local')).toEqual([]);
    expect(changedCases({ trackedCases: { oldValue: {}, newValue: { '4200007': tc } } }, 'local')).toHaveLength(1);
    expect(changedCases({ trackedCases: { newValue: { '4200007': { complaintId: '4200007', junk: true } } } }, 'local')).toEqual([]);
  });
});
