/** The popup reads the rows the store writes, under the same keys (without loading the store or zod). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentRows, readRowItems } from '../../../lib/store/popup-list';
import { createTrackedCaseStore } from '../../../lib/store/tracked-cases';
import { DEFAULT_LIMITS } from '../../../lib/store/tracked-cases-archive';
import { typicalCase } from '../../fixtures/typical-case';

describe('the popup’s read of the tracked-case store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sees exactly the cases the store wrote, without asking the background', async () => {
    const store = createTrackedCaseStore(DEFAULT_LIMITS, { settings: async () => ({}) });
    await store.upsert(typicalCase(1));
    await store.upsert(typicalCase(2));
    await store.viewWritten();
    const found = currentRows(await readRowItems(), {});
    expect(found?.view.rows.map((r) => r.complaintId).sort()).toEqual(['100001', '100002']);
  });

  it('leaves data of another version to the background (the single writer)', async () => {
    const store = createTrackedCaseStore(DEFAULT_LIMITS, { settings: async () => ({}) });
    await store.upsert(typicalCase(1));
    await store.viewWritten();
    await fakeBrowser.storage.local.set({ trackedCases$: { v: 9, rev: 'x' } });
    expect(currentRows(await readRowItems(), {})).toBeUndefined();
  });
});
