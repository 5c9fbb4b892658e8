/**
 * SOP G.4: the caseworker's confirmed path (critical or non-critical RD) is remembered per
 * complaint ID with the checklist progress, PHI-free, and can be changed or cleared.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pickBranch, pickScenario, progressFor, setTick } from '../../../lib/store/case-progress';
import { handleCaseSeen, handlePickBranch } from '../../../entrypoints/background/case-messages';
import { loadTrackedCases } from '../../../lib/store/tracked-cases';
import { SAMPLE_SETTINGS } from '../../fixtures/settings';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings: SAMPLE_SETTINGS });
});

describe('the confirmed RD path per complaint (SOP G.4)', () => {
  it('is kept with the complaint ID and when it was confirmed; re-confirming keeps the first moment', async () => {
    await pickScenario('4100808', 'G', 1000);
    await setTick('4100808', 'G.6.b', true, 1500);
    expect(await pickBranch('4100808', 'non-critical', 2000)).toMatchObject({ picked: 'G', branch: 'non-critical', ticks: { 'G.6.b': true } });
    await pickBranch('4100808', 'non-critical', 9000);
    expect(await progressFor('4100808')).toMatchObject({ branch: 'non-critical', branchAt: 2000 });
    expect(await progressFor('4100707')).toEqual({ ticks: {} });
    // Picking another scenario keeps the path for when G is worked again.
    expect(await pickScenario('4100808', 'L', 9500)).toMatchObject({ picked: 'L', branch: 'non-critical' });
  });

  it('can be changed and cleared by the caseworker', async () => {
    await pickBranch('4100808', 'non-critical', 2000);
    expect(await pickBranch('4100808', 'critical', 3000)).toMatchObject({ branch: 'critical', branchAt: 3000 });
    const cleared = await pickBranch('4100808', null, 4000);
    expect(cleared.branch).toBeUndefined();
    expect(cleared.branchAt).toBeUndefined();
  });

  it('stores only the complaint ID, the path and times (PHI-free)', async () => {
    await pickBranch('4100808', 'critical', 2000);
    const stored = (await fakeBrowser.storage.local.get('caseProgress')).caseProgress as Record<string, unknown>;
    expect(stored).toEqual({ '4100808': { ticks: {}, branch: 'critical', branchAt: 2000, updatedAt: 2000 } });
  });

  it('a message with anything but a path or null is refused', async () => {
    await expect(handlePickBranch({ complaintId: '4100808', branch: 'maybe' })).rejects.toThrow(/invalid message/);
    await expect(handlePickBranch({ complaintId: 'Jane Doe', branch: 'critical' })).rejects.toThrow(/invalid message/);
  });

  it('SOP G.6: the tracked case learns the confirmed path and since when, for the popup', async () => {
    const facts = { complaintId: '4100808', contractNumber: 'S1234', assignedDate: '2026-11-02', category: 'Retroactive Disenrollment' };
    await handlePickBranch({ complaintId: '4100808', branch: 'non-critical' });
    const { branchAt } = await progressFor('4100808');
    await handleCaseSeen({ facts, scenario: 'G', pageUrl: 'https://hpms.cms.gov/ctm?id=4100808' });
    const [tracked] = (await loadTrackedCases()).cases;
    expect(tracked).toMatchObject({ branch: 'non-critical', branchSince: new Date(branchAt!).toISOString() });
  });
});
