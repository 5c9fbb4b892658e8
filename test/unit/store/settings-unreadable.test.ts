/**
 * The caseworker's own stored settings as the options page and the panel load them: what applies,
 * what is kept aside (never silently deleted), and the exact words shown when they cannot be read.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  clearStoredSettings,
  loadSettings,
  saveSettings,
  settingsItem,
  unreadableSettingsItem,
  watchSettings,
} from '../../../lib/store/settings-item';

const noPolicy = async () => ({});

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('stored settings that cannot be read', () => {
  it('three problems: all three are named, then the copy is kept aside unchanged', async () => {
    const stored = { schemaVersion: 1, a: 1, b: 2, c: 3 };
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await loadSettings(noPolicy)).toEqual({
      settings: { schemaVersion: 1 },
      unreadable: 'kept',
      problem:
        'The stored settings could not be read (a: is not a known setting. b: is not a known setting. c: is not a known setting.) They are kept aside unchanged; import a valid settings file to replace them.',
    });
    expect(await unreadableSettingsItem.getValue()).toEqual(stored);
    expect(await settingsItem.getValue()).toEqual(stored);
  });

  it('five problems: the first three are named and the rest counted', async () => {
    await fakeBrowser.storage.local.set({ settings: { schemaVersion: 1, a: 1, b: 2, c: 3, d: 4, e: 5 } });
    expect((await loadSettings(noPolicy)).problem).toBe(
      'The stored settings could not be read (a: is not a known setting. b: is not a known setting. c: is not a known setting. And 2 more.) They are kept aside unchanged; import a valid settings file to replace them.',
    );
  });

  it('browser storage that cannot be read: the defaults apply, nothing is kept aside, and the page says how to replace them', async () => {
    vi.spyOn(settingsItem, 'getValue').mockRejectedValue(new Error('IO error'));
    expect(await loadSettings(noPolicy)).toEqual({
      settings: { schemaVersion: 1 },
      unreadable: 'not-kept',
      problem:
        'The stored settings could not be read from browser storage. The defaults apply; on the options page, save or import settings to replace them.',
    });
    expect(await unreadableSettingsItem.getValue()).toBeNull();
  });

  it('a storage answer of undefined counts as no settings saved yet: defaults, no problem', async () => {
    vi.spyOn(settingsItem, 'getValue').mockResolvedValue(undefined);
    expect(await loadSettings(noPolicy)).toEqual({ settings: { schemaVersion: 1 } });
    expect(await unreadableSettingsItem.getValue()).toBeNull();
  });

  it('the set-aside copy does not fit (storage full): the defaults apply and the page offers to clear them', async () => {
    await fakeBrowser.storage.local.set({ settings: { schemaVersion: 1, a: 1 } });
    vi.spyOn(unreadableSettingsItem, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await loadSettings(noPolicy)).toEqual({
      settings: { schemaVersion: 1 },
      unreadable: 'not-kept',
      problem:
        "The stored settings could not be read (a: is not a known setting.) They could not be kept aside: the browser's storage for this extension is full. The defaults apply; on the options page, save or import settings to replace them, or clear them.",
    });
  });
});

describe('huge stored settings (far beyond any settings file)', () => {
  // The size limit and the MB wording are set when settings-item.ts loads: each test imports it afresh.
  const fresh = async () => {
    vi.resetModules();
    return import('../../../lib/store/settings-item');
  };
  // {"schemaVersion":1,"organization":""} is 37 characters of JSON around the name.
  const ofJsonLength = (chars: number) => ({ schemaVersion: 1, organization: 'x'.repeat(chars - 37) });

  it('exactly 256 KB of JSON is still kept aside', async () => {
    const { loadSettings, unreadableSettingsItem } = await fresh();
    const stored = ofJsonLength(262_144);
    expect(JSON.stringify(stored).length).toBe(262_144);
    await fakeBrowser.storage.local.set({ settings: stored });
    const loaded = await loadSettings(noPolicy);
    expect(loaded.unreadable).toBe('kept');
    expect(await unreadableSettingsItem.getValue()).toEqual(stored);
  });

  it('one character more is not copied (it would only fill the quota); the size is said in MB', async () => {
    const { loadSettings, unreadableSettingsItem } = await fresh();
    await fakeBrowser.storage.local.set({ settings: ofJsonLength(262_145) });
    expect(await loadSettings(noPolicy)).toEqual({
      settings: { schemaVersion: 1 },
      unreadable: 'not-kept',
      problem:
        'The stored settings could not be read (organization: is longer than 200 characters.) At 0.3 MB they are far larger than any settings file, too large to keep a copy aside. The defaults apply; on the options page, save or import settings to replace them, or clear them.',
    });
    expect(await unreadableSettingsItem.getValue()).toBeNull();
  });

  it('3 MB of settings: the size is said as 3.0 MB', async () => {
    const { loadSettings } = await fresh();
    await fakeBrowser.storage.local.set({ settings: ofJsonLength(3 * 1_048_576) });
    expect((await loadSettings(noPolicy)).problem).toMatch(/ At 3\.0 MB they are far larger /);
  });

  it('a value whose size cannot be measured is not copied and is said to be of unmeasurable size', async () => {
    const { loadSettings, settingsItem, unreadableSettingsItem } = await fresh();
    vi.spyOn(settingsItem, 'getValue').mockResolvedValue({ schemaVersion: 1, organization: 1n });
    const loaded = await loadSettings(noPolicy);
    expect(loaded.unreadable).toBe('not-kept');
    expect(loaded.problem).toBe(
      'The stored settings could not be read (organization: has the wrong type or value.) At an unmeasurable size they are far larger than any settings file, too large to keep a copy aside. The defaults apply; on the options page, save or import settings to replace them, or clear them.',
    );
    expect(await unreadableSettingsItem.getValue()).toBeNull();
  });
});

describe('clearing and watching the own settings', () => {
  it('clearing removes the stored settings; the defaults apply afterwards', async () => {
    await saveSettings({ schemaVersion: 1, organization: 'Sample Plan' });
    await clearStoredSettings();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    expect(await loadSettings(noPolicy)).toEqual({ settings: { schemaVersion: 1 } });
  });

  it('a policy with only problems (nothing usable) is still reported, with the own settings unchanged', async () => {
    await saveSettings({ schemaVersion: 1, organization: 'Sample Plan' });
    expect(await loadSettings(async () => ({ colour: 'red' }))).toEqual({
      settings: { schemaVersion: 1, organization: 'Sample Plan' },
      own: { schemaVersion: 1, organization: 'Sample Plan' },
      managed: { values: {}, locked: [], problems: ['Policy setting colour is not a CTM Assist setting; it is ignored.'] },
    });
  });

  it('after the watch is stopped, a save no longer calls back', async () => {
    let calls = 0;
    const stop = watchSettings(() => calls++);
    stop();
    await saveSettings({ schemaVersion: 1, organization: 'Sample Plan' });
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toBe(0);
  });
});
