/**
 * Alert state the deadline alerts cannot read: what the caseworker is told, what is kept aside,
 * and that a value too large to copy blocks saves until they clear it in the popup. The data names
 * and the notification-id pattern are built when alert-state.ts loads, so the tests that depend
 * on them import it afresh.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const fresh = async () => {
  vi.resetModules();
  return import('../../../lib/store/alert-state');
};
const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const ALL_ON = { at24h: true, at4h: true, overdue: true };

beforeEach(() => fakeBrowser.reset());

describe('unreadable notification choices', () => {
  it('are kept aside with the reason, all alerts stay on, and the caseworker is told', async () => {
    const { loadAlertPrefsChecked } = await fresh();
    await fakeBrowser.storage.local.set({ alertPrefs: { at24h: 'no' } });
    expect(await loadAlertPrefsChecked()).toEqual({
      prefs: ALL_ON,
      problem: 'Saved notification choices could not be read; they were kept aside (1 KB).',
    });
    expect(await local('alertPrefs')).toBeUndefined();
    expect(await local('alertPrefs.unreadable')).toEqual([
      { at: expect.any(String), reason: 'Saved notification choices could not be read.', bytes: 14, data: { at24h: 'no' } },
    ]);
  });

  it('too large to keep aside: left in place, saves refused with the reason, until cleared in the popup', async () => {
    const { loadAlertPrefsChecked, saveAlertPrefs, clearUnreadableAlertState } = await fresh();
    const huge = 'x'.repeat(8 * 1024 * 1024 + 1);
    await fakeBrowser.storage.local.set({ alertPrefs: huge });
    const problem =
      'Saved notification choices could not be read, and it is too large to keep a copy aside (8,192 KB; at most 8,192 KB are kept); they are left in place and nothing new is saved until they are cleared in the CTM Assist toolbar popup.';
    expect(await loadAlertPrefsChecked()).toEqual({ prefs: ALL_ON, problem });
    await expect(saveAlertPrefs({ at24h: false, at4h: true, overdue: true })).rejects.toThrow(problem);
    expect(await local('alertPrefs')).toBe(huge);

    await clearUnreadableAlertState();
    expect(await local('alertPrefs')).toBeUndefined();
    expect(await local('alertPrefs.unreadable')).toBeUndefined();
    await saveAlertPrefs({ at24h: false, at4h: true, overdue: true });
    expect(await loadAlertPrefsChecked()).toEqual({ prefs: { at24h: false, at4h: true, overdue: true } });
  });

  it('clearing unreadable state leaves readable choices as they are and drops the set-aside copies', async () => {
    const { loadSentAlerts, saveAlertPrefs, clearUnreadableAlertState, loadAlertPrefs } = await fresh();
    await saveAlertPrefs({ at24h: true, at4h: false, overdue: true });
    await fakeBrowser.storage.local.set({ 'alerts.sent': 'junk' });
    expect((await loadSentAlerts()).size).toBe(0);
    expect(await local('alerts.sent.unreadable')).toEqual([
      { at: expect.any(String), reason: 'The record of notifications already shown could not be read.', bytes: 6, data: 'junk' },
    ]);
    await clearUnreadableAlertState();
    expect(await loadAlertPrefs()).toEqual({ at24h: true, at4h: false, overdue: true });
    expect(await local('alerts.sent.unreadable')).toBeUndefined();
  });
});

describe('the record of notifications already shown', () => {
  it('accepts only whole ids ctm:<complaint>:<24h|4h|overdue>; anything around them makes the record unreadable', async () => {
    const { loadSentAlerts } = await fresh();
    for (const id of ['xctm:1:24h', 'ctm:1:24hx', 'ctm:1:overdue now']) {
      await fakeBrowser.storage.local.set({ 'alerts.sent': ['ctm:2:4h', id] });
      expect(await loadSentAlerts()).toEqual(new Set());
    }
    expect(((await local('alerts.sent.unreadable')) as unknown[]).length).toBe(3);
    await fakeBrowser.storage.local.set({ 'alerts.sent': ['ctm:2:4h', 'ctm:3:overdue'] });
    expect(await loadSentAlerts()).toEqual(new Set(['ctm:2:4h', 'ctm:3:overdue']));
  });
});

describe('watching the notification choices', () => {
  it('calls back when the choices are saved, and not after the watch is stopped', async () => {
    const { saveAlertPrefs, watchAlertPrefs } = await fresh();
    const heard = vi.fn();
    const stop = watchAlertPrefs(heard);
    await saveAlertPrefs({ at24h: false, at4h: false, overdue: true });
    await expect.poll(() => heard.mock.calls.length).toBe(1);
    stop();
    await saveAlertPrefs({ at24h: true, at4h: false, overdue: true });
    await new Promise((r) => setTimeout(r, 20));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
