/** The popup reads the store's storage directly (without loading the store or zod). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTrackedCaseStore } from '../../../lib/store/tracked-cases';
import { readTrackedCasesView } from '../../../lib/store/tracked-cases-view';
import { typicalCase } from '../../bench/typical-case';

describe('the popup view of the tracked-case store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sees exactly the cases the store wrote, without asking the background', async () => {
    const store = createTrackedCaseStore();
    await store.upsert(typicalCase(1));
    await store.upsert(typicalCase(2));
    const view = await readTrackedCasesView();
    expect('cases' in view && view.cases.map((c) => c.complaintId).sort()).toEqual(['100001', '100002']);
  });

  it('leaves data of another version to the background (the single writer)', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: { '1': typicalCase(1) }, trackedCases$: { v: 9 } });
    expect(await readTrackedCasesView()).toEqual({ needsBackground: true });
  });
});
