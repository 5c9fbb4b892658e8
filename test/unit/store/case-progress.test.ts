import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearUnreadableProgress, progressFor, setTick } from '../../../lib/store/case-progress';
import { SET_ASIDE_MAX_COPIES, type SetAsideEntry } from '../../../lib/store/set-aside';

const aside = async () => ((await fakeBrowser.storage.local.get('caseProgress.unreadable'))['caseProgress.unreadable'] ?? []) as SetAsideEntry[];

beforeEach(() => fakeBrowser.reset());

describe('checklist ticks that cannot be read', () => {
  it('one bad entry is set aside alone: every other case keeps its ticks, and ticking still saves', async () => {
    await fakeBrowser.storage.local.set({
      caseProgress: {
        '4012345': { picked: 'E', ticks: { 'E.2': true }, updatedAt: 1 },
        '4019876': { ticks: 'garbage', updatedAt: 2 },
      },
    });
    const progress = await progressFor('4012345');
    expect(progress).toMatchObject({ picked: 'E', ticks: { 'E.2': true } });
    expect(progress.problem).toMatch(/ticks of 1 complaint could not be read; they were kept aside \(1 KB\), the other cases keep theirs/);
    expect((await aside()).map((e) => e.data)).toEqual([{ '4019876': { ticks: 'garbage', updatedAt: 2 } }]);
    await setTick('4019876', 'A.1', true);
    expect((await progressFor('4019876')).ticks).toEqual({ 'A.1': true });
    expect((await progressFor('4012345')).ticks).toEqual({ 'E.2': true });
  });

  it('a second corruption keeps the first set-aside copy', async () => {
    await fakeBrowser.storage.local.set({ caseProgress: 'first junk' });
    await progressFor('1');
    await fakeBrowser.storage.local.set({ caseProgress: 'second junk' });
    await progressFor('1');
    expect((await aside()).map((e) => e.data)).toEqual(['first junk', 'second junk']);
  });

  it('keeps the last copies within the bound and the newest says how many older ones were dropped', async () => {
    for (let i = 1; i <= SET_ASIDE_MAX_COPIES + 2; i++) {
      await fakeBrowser.storage.local.set({ caseProgress: `junk ${i}` });
      await progressFor('1');
    }
    const kept = await aside();
    expect(kept.map((e) => e.data)).toEqual(['junk 3', 'junk 4', 'junk 5', 'junk 6', 'junk 7']);
    expect(kept.at(-1)?.note).toMatch(/1 older set-aside copy was dropped/);
  });

  it('a copy kept aside by an older version (a bare value) is kept as the first copy', async () => {
    await fakeBrowser.storage.local.set({ 'caseProgress.unreadable': { '1': { ticks: 'old' } }, caseProgress: 'new junk' });
    await progressFor('1');
    expect((await aside()).map((e) => e.data)).toEqual([{ '1': { ticks: 'old' } }, 'new junk']);
  });

  it('ticks too large to keep aside stay in place and are not written over until cleared', async () => {
    const huge = 'z'.repeat(9 * 1024 * 1024);
    await fakeBrowser.storage.local.set({ caseProgress: huge });
    expect((await progressFor('1')).problem).toMatch(/too large to keep a copy aside.*cleared in the CTM Assist toolbar popup/);
    await expect(setTick('1', 'A.1', true)).rejects.toThrow(/new ticks are not saved until they are cleared/);
    expect((await fakeBrowser.storage.local.get('caseProgress')).caseProgress).toBe(huge);
    await clearUnreadableProgress();
    await setTick('1', 'A.1', true);
    expect(await progressFor('1')).toMatchObject({ ticks: { 'A.1': true }, problem: undefined });
  });
});
