/**
 * The background's answers when storage is damaged or full: always an answer that says what is
 * wrong and how to fix it (never a throw the pages turn into "reload").
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCaseSeen, handleSetTick } from '../../../entrypoints/background/case-messages';
import { handleClearUnreadable, handleTrackedCases } from '../../../entrypoints/background/popup-messages';
import { troubleMessage } from '../../../lib/store/storage-trouble';
import { enforceChromeQuota } from '../store/chrome-quota';

const page = (complaintId: string) => ({
  facts: { complaintId, issueLevel: 'urgent', assignedDate: '2026-06-01' },
  pageUrl: `https://hpms.cms.gov/ctm?id=${complaintId}`,
});

beforeEach(() => fakeBrowser.reset());

describe('damaged tracked-case storage', () => {
  it('a set-aside list that is not a list and junk cases: the page is tracked, and the panel and popup say what was kept aside', async () => {
    await fakeBrowser.storage.local.set({ 'trackedCases.quarantine': { not: 'a list' }, trackedCases: 'junk', trackedCases$: { v: 2 } });
    const context = await handleCaseSeen(page('4100101'));
    expect(context.trackingProblem).toMatch(/Stored tracked complaints could not be read; they were kept aside \(1 KB\)/);
    expect(context.trackingProblem).not.toMatch(/reload/i);
    const answer = await handleTrackedCases();
    expect(answer.cases.map((c) => c.complaintId)).toEqual(['4100101']);
    expect(answer).toMatchObject({ problem: expect.stringMatching(/set aside, not deleted/), clear: 'set-aside' });
    const cleared = await handleClearUnreadable();
    expect(cleared).toEqual({ cases: [expect.objectContaining({ complaintId: '4100101' })] });
    expect((await fakeBrowser.storage.local.get('trackedCases.quarantine'))['trackedCases.quarantine']).toBeUndefined();
  });
});

describe('storage too small for a set-aside copy', () => {
  let stopQuota: () => void = () => undefined;
  beforeEach(() => {
    stopQuota = enforceChromeQuota();
    return () => stopQuota();
  });

  it('9 MB of junk in trackedCases: tracking waits, the panel names the fix, the popup offers it, and clearing restarts tracking', async () => {
    await fakeBrowser.storage.local.set({ trackedCases: 'x'.repeat(9 * 1024 * 1024), trackedCases$: { v: 2 } });
    const context = await handleCaseSeen(page('4100102'));
    expect(context.trackingProblem).toMatch(/too large to keep a copy aside.*Clear the unreadable copy/);
    expect(context.deadline).toMatchObject({ ok: true });
    const answer = await handleTrackedCases();
    expect(answer).toMatchObject({ cases: [], clear: 'unreadable' });
    await handleClearUnreadable();
    expect((await handleCaseSeen(page('4100102'))).trackingProblem).toBeUndefined();
    expect((await handleTrackedCases()).cases.map((c) => c.complaintId)).toEqual(['4100102']);
  });

  it('a tick that does not fit is refused with the reason, which the panel shows instead of "reload"', async () => {
    stopQuota();
    await fakeBrowser.storage.local.set({ filler: 'f'.repeat(4096) });
    stopQuota = enforceChromeQuota(4096 + 40);
    const failure = await handleSetTick({ complaintId: '4100103', stepId: 'A.1', done: true }).catch((e: unknown) => e);
    expect(troubleMessage(failure)).toMatch(/The tick could not be saved: the browser’s storage for CTM Assist is full/);
  });
});
