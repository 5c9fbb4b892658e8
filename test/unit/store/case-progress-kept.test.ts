/**
 * Case progress as stored (case-progress.ts): exact entries after ticking and confirming a G path,
 * the exact words when saved ticks cannot be read, the 3000-case cap keeping the most recently
 * used, and a refused write said in words. Each test loads the module afresh (vi.resetModules):
 * the module keeps the last problem said until the worker restarts, and Stryker counts its
 * module-level code (the complaint-ID check) only when loaded inside a test.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enforceChromeQuota } from './chrome-quota';

const fresh = async () => {
  vi.resetModules();
  return import('../../../lib/store/case-progress');
};
const stored = async () => (await fakeBrowser.storage.local.get('caseProgress')).caseProgress as Record<string, unknown> | undefined;
const aside = async () => (await fakeBrowser.storage.local.get('caseProgress.unreadable'))['caseProgress.unreadable'] as { reason: string; data: unknown }[];

beforeEach(() => fakeBrowser.reset());

describe('saved checklist ticks that cannot be read', () => {
  it('entries under something other than a complaint number are set aside; the words count them', async () => {
    const { progressFor } = await fresh();
    const good = { picked: 'E', ticks: { 'E.2': true }, updatedAt: 1 };
    await fakeBrowser.storage.local.set({ caseProgress: { '4012345': good, x4012346: good, '4012347x': good } });
    const progress = await progressFor('4012345');
    expect(progress.problem).toBe('Saved checklist ticks of 2 complaints could not be read; they were kept aside (1 KB), the other cases keep theirs.');
    expect(await stored()).toEqual({ '4012345': good });
    expect(await aside()).toHaveLength(1);
    expect((await aside())[0]).toMatchObject({ reason: 'Saved checklist ticks of 2 complaints could not be read.', data: { x4012346: good, '4012347x': good } });
  });

  it('one damaged entry is said in the singular', async () => {
    const { progressFor } = await fresh();
    await fakeBrowser.storage.local.set({ caseProgress: { '4012348': { ticks: 'junk', updatedAt: 1 } } });
    expect((await progressFor('4012348')).problem).toBe(
      'Saved checklist ticks of 1 complaint could not be read; they were kept aside (1 KB), the other cases keep theirs.',
    );
  });

  it('ticks stored in no known form at all are set aside whole and the checklist starts afresh', async () => {
    const { progressFor } = await fresh();
    await fakeBrowser.storage.local.set({ caseProgress: ['junk'] });
    expect(await progressFor('4012349')).toEqual({ ticks: {}, problem: 'Saved checklist ticks could not be read; they were kept aside (1 KB) and the checklist starts afresh.' });
    expect((await aside()).map((e) => [e.reason, e.data])).toEqual([['Saved checklist ticks could not be read.', ['junk']]]);
    expect(await stored()).toEqual({});
  });
});

describe('what is stored after the caseworker ticks, picks and confirms', () => {
  it('a new tick keeps the steps already ticked', async () => {
    const { setTick } = await fresh();
    await setTick('4012350', 'A.1', true, 10);
    expect(await setTick('4012350', 'A.2', true, 20)).toEqual({ picked: undefined, ticks: { 'A.1': true, 'A.2': true } });
    expect(await stored()).toEqual({ '4012350': { ticks: { 'A.1': true, 'A.2': true }, updatedAt: 20 } });
  });

  it('progress without a confirmed path says nothing about a path', async () => {
    const { setTick, progressFor } = await fresh();
    await setTick('4012351', 'A.1', true, 10);
    const progress = await progressFor('4012351');
    expect(Object.keys(progress).sort()).toEqual(['picked', 'problem', 'ticks']);
  });

  it('G path: un-confirming keeps ticks and scenario and drops the path (SOP G: critical or non-critical RD)', async () => {
    const { pickScenario, pickBranch, setTick } = await fresh();
    await pickScenario('4012352', 'G', 10);
    await setTick('4012352', 'G.1', true, 20);
    await pickBranch('4012352', 'critical', 30);
    expect(await stored()).toEqual({ '4012352': { picked: 'G', ticks: { 'G.1': true }, branch: 'critical', branchAt: 30, updatedAt: 30 } });
    expect(await pickBranch('4012352', null, 40)).toEqual({ picked: 'G', ticks: { 'G.1': true } });
    expect(await stored()).toEqual({ '4012352': { picked: 'G', ticks: { 'G.1': true }, updatedAt: 40 } });
  });

  it('confirming a path stored without its moment takes now as the moment', async () => {
    const { pickBranch } = await fresh();
    await fakeBrowser.storage.local.set({ caseProgress: { '4012353': { ticks: {}, branch: 'non-critical', updatedAt: 5 } } });
    expect(await pickBranch('4012353', 'non-critical', 50)).toEqual({ picked: undefined, ticks: {}, branch: 'non-critical', branchAt: 50 });
  });

  it('at most 3000 cases are kept: the least recently used one goes first', async () => {
    const { setTick, PROGRESS_CAP } = await fresh();
    expect(PROGRESS_CAP).toBe(3000);
    const map: Record<string, unknown> = {};
    // 2999 stored: the first tick makes 3000 (all kept), the next 3001. Inserted newest first so the order kept depends on the moment, not on the order stored.
    map['5000000'] = { ticks: {}, updatedAt: 9999 };
    for (let i = 1; i < 2998; i++) map[String(5000000 + i)] = { ticks: {}, updatedAt: 100 + i };
    map['5999999'] = { ticks: {}, updatedAt: 1 };
    await fakeBrowser.storage.local.set({ caseProgress: map });
    await setTick('6000000', 'A.1', true, 20000);
    let now = (await stored())!;
    expect(Object.keys(now)).toHaveLength(3000);
    expect(now['5999999']).toEqual({ ticks: {}, updatedAt: 1 });
    await setTick('6000001', 'A.1', true, 20001);
    now = (await stored())!;
    expect(Object.keys(now)).toHaveLength(3000);
    expect(now['5999999']).toBeUndefined();
    expect(now['5000001']).toEqual({ ticks: {}, updatedAt: 101 });
    expect(now['5000000']).toEqual({ ticks: {}, updatedAt: 9999 });
    expect(now['6000001']).toEqual({ ticks: { 'A.1': true }, updatedAt: 20001 });
  });

  it('a tick the browser refuses to store is said in words', async () => {
    const { setTick } = await fresh();
    const stop = enforceChromeQuota(10);
    try {
      await expect(setTick('4012354', 'A.1', true, 10)).rejects.toThrow(
        'The tick could not be saved: the browser’s storage for CTM Assist is full. Clear the set-aside copies in the CTM Assist toolbar popup.',
      );
    } finally {
      stop();
    }
  });

  it('clearing when nothing was stuck writes no progress and empties the set-aside list', async () => {
    const { clearUnreadableProgress } = await fresh();
    await fakeBrowser.storage.local.set({ 'caseProgress.unreadable': [{ at: 't', reason: 'r', data: 1 }] });
    await clearUnreadableProgress();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
