/**
 * The store keeps the popup's view beside the cases, and the popup uses it only while it is
 * current; otherwise it asks the background for the cases, so the view is never wrong.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changedBehindStore } from '../../../entrypoints/background/popup-view-keeper';
import { createTrackedCaseStore } from '../../../lib/store/tracked-cases';
import { DEFAULT_LIMITS } from '../../../lib/store/tracked-cases-archive';
import { currentRows, readRowItems } from '../../../lib/store/popup-list';
import { deadlineRows } from '../../../lib/tracking/deadline-row';
import { popupViewRows, type ViewSettings } from '../../../lib/tracking/popup-view';
import { typicalCase } from '../../fixtures/typical-case';

const NOW = Date.parse('2026-06-15T16:00:00Z');

let settings: ViewSettings;
const makeStore = () => createTrackedCaseStore(DEFAULT_LIMITS, { settings: async () => settings });

async function storeWithCases(count = 5) {
  const store = makeStore();
  for (let i = 0; i < count; i++) await store.upsert(typicalCase(i));
  await store.viewWritten();
  return store;
}

/** The rows the popup would draw from; undefined: it asks the background instead. */
const read = async (given: ViewSettings | undefined = settings) => currentRows(await readRowItems(), given);

describe('the popup view the store keeps', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    settings = {};
  });

  it('is written after each write and gives the rows of the stored cases', async () => {
    const store = await storeWithCases();
    const found = await read();
    if (!found) throw new Error('expected the view');
    const { cases } = await store.load();
    expect(popupViewRows(found.view, NOW)).toEqual(deadlineRows(cases, { now: NOW }));
  });

  it('follows mark done and undo', async () => {
    const store = await storeWithCases();
    await store.setDone('100002', true);
    await store.viewWritten();
    let found = await read();
    expect(found?.view.rows.find((r) => r.complaintId === '100002')?.status).toBe('done');
    await store.setDone('100002', false);
    await store.viewWritten();
    found = await read();
    expect(found?.view.rows.find((r) => r.complaintId === '100002')?.status).toBe('open');
  });

  it('is passed over while its revision is behind the cases’ (a write whose view is not in yet)', async () => {
    await storeWithCases();
    const { trackedCases$: meta } = await fakeBrowser.storage.local.get('trackedCases$');
    await fakeBrowser.storage.local.set({ trackedCases$: { ...(meta as object), rev: 'someone-else' } });
    expect(await read()).toBeUndefined();
  });

  it('is passed over when the cases were written without a revision (not by the store)', async () => {
    await storeWithCases();
    await fakeBrowser.storage.local.set({ trackedCases: { '1': { ...typicalCase(1), complaintId: '1' } }, trackedCases$: { v: 2 } });
    expect(await read()).toBeUndefined();
  });

  it('is passed over when missing or damaged', async () => {
    await storeWithCases();
    await fakeBrowser.storage.local.set({ 'trackedCases.rows': '{"v":1,' });
    expect(await read()).toBeUndefined();
    await fakeBrowser.storage.local.remove('trackedCases.rows');
    expect(await read()).toBeUndefined();
  });

  it('is passed over when made with other settings, and used again once rebuilt with them', async () => {
    const store = await storeWithCases();
    const changed: ViewSettings = { timeZone: 'America/Chicago', budgets: { urgentDays: 3 } };
    expect(await read(changed)).toBeUndefined();
    // The rows then come from the cases the background answers with, with the new settings.
    const fallback = await store.load();
    const urgent = deadlineRows(fallback.cases, { now: NOW, ...changed }).find((r) => r.issueLevel === 'urgent')!;
    expect(urgent.budgetDays).toBe(3);
    settings = changed;
    await store.restamp();
    await store.viewWritten();
    const found = await read(changed);
    if (!found) throw new Error('expected the rebuilt view');
    expect(popupViewRows(found.view, NOW)).toEqual(deadlineRows(fallback.cases, { now: NOW, ...changed }));
  });

  it('is used before the settings are known (the popup checks it against them once they are)', async () => {
    await storeWithCases();
    expect(await read(undefined)).toBeDefined();
  });

  it('leaves a newer storage version to the background, as before', async () => {
    await storeWithCases();
    const { trackedCases$: meta } = await fakeBrowser.storage.local.get('trackedCases$');
    await fakeBrowser.storage.local.set({ trackedCases$: { ...(meta as object), v: 3 } });
    expect(await read()).toBeUndefined();
  });

  it('reports data set aside, as the cases do', async () => {
    await storeWithCases();
    await fakeBrowser.storage.local.set({ 'trackedCases.quarantine': [{ at: '2026-06-01T00:00:00.000Z', reason: 'Unreadable.', data: 1 }] });
    const found = await read();
    expect(found?.problem).toMatch(/set aside, not deleted/);
  });

  it('is removed by a restamp when there are no cases', async () => {
    const store = await storeWithCases();
    await fakeBrowser.storage.local.remove(['trackedCases', 'trackedCases$']);
    await store.restamp();
    expect((await fakeBrowser.storage.local.get('trackedCases.rows'))['trackedCases.rows']).toBeUndefined();
  });

  it('a restamp sets damaged cases aside and rebuilds the view from the rest', async () => {
    const store = await storeWithCases(2);
    const { trackedCases } = await fakeBrowser.storage.local.get('trackedCases');
    await fakeBrowser.storage.local.set({ trackedCases: { ...(trackedCases as object), 9: 'garbage' } });
    await store.restamp();
    await store.viewWritten();
    const found = await read();
    expect(found?.view.rows.map((r) => r.complaintId).sort()).toEqual(['100000', '100001']);
    expect(found?.problem).toMatch(/set aside/);
  });
});

describe('telling the store’s writes from anyone else’s', () => {
  const wrote = (rev: unknown) => rev === 'mine';
  it('a write of the cases with the store’s revision is its own', () => {
    expect(changedBehindStore({ trackedCases: {}, trackedCases$: { newValue: { v: 2, rev: 'mine' } } }, 'local', wrote)).toBe(false);
  });
  it('the cases alone, the meta without the store’s revision, or their removal are not', () => {
    expect(changedBehindStore({ trackedCases: {} }, 'local', wrote)).toBe(true);
    expect(changedBehindStore({ trackedCases: {}, trackedCases$: { newValue: { v: 2 } } }, 'local', wrote)).toBe(true);
    expect(changedBehindStore({ trackedCases$: { newValue: { v: 2, rev: 'other' } } }, 'local', wrote)).toBe(true);
    expect(changedBehindStore({ trackedCases: {}, trackedCases$: {} }, 'local', wrote)).toBe(true);
  });
  it('other keys and areas do not concern it', () => {
    expect(changedBehindStore({ settings: {} }, 'local', wrote)).toBe(false);
    expect(changedBehindStore({ 'trackedCases.rows': {} }, 'local', wrote)).toBe(false);
    expect(changedBehindStore({ trackedCases: {} }, 'managed', wrote)).toBe(false);
  });
});
