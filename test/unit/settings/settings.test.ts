import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseSettingsFile, settingsFileText, validateSettings, validateSettingsByKey } from '../../../lib/settings';
import { clearStoredSettings, loadSettings, saveSettings, settingsItem, unreadableSettingsItem } from '../../../lib/store/settings-item';
import { SAMPLE_SETTINGS } from '../../fixtures/settings';

// The documented example of TEST-HOOKS.md.
const EXAMPLE = SAMPLE_SETTINGS;

describe('the settings file (TEST-HOOKS.md, version 1)', () => {
  it('accepts the documented example and round-trips it', () => {
    const result = parseSettingsFile(JSON.stringify(EXAMPLE));
    expect(result).toEqual({ ok: true, settings: EXAMPLE });
    expect(parseSettingsFile(settingsFileText(EXAMPLE as never))).toEqual(result);
  });

  it('needs only schemaVersion', () => {
    expect(validateSettings({ schemaVersion: 1 })).toEqual({ ok: true, settings: { schemaVersion: 1 } });
  });

  it('upper-cases and trims contract numbers', () => {
    const result = validateSettings({ schemaVersion: 1, contracts: [' s1234 '] });
    expect(result.ok && result.settings.contracts).toEqual(['S1234']);
  });

  it.each([
    [{ schemaVersion: 1, contracts: ['S1234', 'Z9999'] }, /^contracts\[1\]: "Z9999" is not a contract number/],
    [{ schemaVersion: 1, contracts: ['S123'] }, /^contracts\[0\]: "S123" is not a contract number/],
    [{ schemaVersion: 1, mailboxes: { leadRegionalOffice: 'not an address' } }, /^mailboxes\.leadRegionalOffice: "not an address" is not an email address/],
    [{ schemaVersion: 1, mailboxes: { other: 'x@example.gov' } }, /^mailboxes\.other: is not a known setting/],
    [{ schemaVersion: 1, timeZone: 'Mars/Olympus' }, /^timeZone: "Mars\/Olympus" is not a known time zone/],
    [{ schemaVersion: 1, colour: 'blue' }, /^colour: is not a known setting/],
    [{ schemaVersion: 1, organization: 42 }, /^organization: /],
    [{ schemaVersion: 1, budgets: { urgentDays: 0 } }, /^budgets\.urgentDays: must be a positive number/],
    [{ contracts: [] }, /^schemaVersion: /],
    [{ schemaVersion: 2 }, /^schemaVersion: 2 was written by a newer CTM Assist/],
    [[1, 2], /must be a JSON object/],
  ])('rejects %j naming the key', (input, message) => {
    const result = validateSettings(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join(' ')).toMatch(message);
  });

  it('rejects text that is not JSON', () => {
    const result = parseSettingsFile('{ "schemaVersion": 1, ');
    expect(!result.ok && result.errors[0]).toMatch(/^Not valid JSON/);
  });
});

describe('settings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ settings: { schemaVersion: 1 } });
  });

  it('reads back what was saved', async () => {
    await saveSettings(EXAMPLE as never);
    expect((await loadSettings()).settings).toEqual(EXAMPLE);
  });

  it('keeps unreadable stored settings aside and reports them, without wiping them', async () => {
    await settingsItem.setValue({ schemaVersion: 7, organization: 'Future Plan' });
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({ schemaVersion: 1 });
    expect(loaded.problem).toMatch(/could not be read.*newer CTM Assist.*kept aside/);
    expect(await settingsItem.getValue()).toEqual({ schemaVersion: 7, organization: 'Future Plan' });
    expect(await unreadableSettingsItem.getValue()).toEqual({ schemaVersion: 7, organization: 'Future Plan' });
  });

  it('still loads when unreadable settings cannot be kept aside (storage quota), says so and can clear them', async () => {
    const bad = { schemaVersion: 1, organization: 'Acme', colour: 'blue' };
    await settingsItem.setValue(bad);
    vi.spyOn(unreadableSettingsItem, 'setValue').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({ schemaVersion: 1 });
    expect(loaded.unreadable).toBe('not-kept');
    expect(loaded.problem).toMatch(/could not be kept aside: the browser's storage for this extension is full/);
    expect(await settingsItem.getValue()).toEqual(bad);
    await clearStoredSettings();
    expect(await loadSettings()).toEqual({ settings: { schemaVersion: 1 } });
  });

  it('does not try to copy aside megabytes of junk, and says why', async () => {
    const huge = { schemaVersion: 1, organization: 'x'.repeat(6_000_000), colour: 'blue' };
    await settingsItem.setValue(huge);
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({ schemaVersion: 1 });
    expect(loaded.unreadable).toBe('not-kept');
    expect(loaded.problem).toMatch(/At 5\.7 MB .* too large to keep a copy aside/);
    // The message names the fault without repeating a value of megabytes.
    expect(loaded.problem!.length).toBeLessThan(2_000);
    expect(await unreadableSettingsItem.getValue()).toBeNull();
    expect(await settingsItem.getValue()).toEqual(huge);
  });

  it('still loads when the stored settings cannot be read at all', async () => {
    vi.spyOn(settingsItem, 'getValue').mockRejectedValue(new Error('IO error'));
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({ schemaVersion: 1 });
    expect(loaded.problem).toMatch(/could not be read/);
  });
});

describe('settings checked field by field (the options form)', () => {
  it('files each message under the setting it names, with the import rules', () => {
    const result = validateSettingsByKey({
      schemaVersion: 1,
      contracts: ['S1234', 'Z9999'],
      mailboxes: { leadRegionalOffice: 'not an address' },
      budgets: { urgentDays: 0 },
      timeZone: 'America/Chicago',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.byKey).sort()).toEqual(['budgets.urgentDays', 'contracts[1]', 'mailboxes.leadRegionalOffice']);
    expect(result.byKey['contracts[1]']![0]).toMatch(/^"Z9999" is not a contract number/);
    expect(result.byKey['budgets.urgentDays']![0]).toMatch(/^must be a positive number of days/);
    // The same messages as an import of the same values.
    const imported = validateSettings({ schemaVersion: 1, contracts: ['S1234', 'Z9999'], mailboxes: { leadRegionalOffice: 'not an address' }, budgets: { urgentDays: 0 }, timeZone: 'America/Chicago' });
    expect(!imported.ok && imported.errors).toEqual(result.errors);
  });

  it('passes a valid whole through, normalised as the import does', () => {
    expect(validateSettingsByKey({ schemaVersion: 1, contracts: [' h5678 '] })).toEqual({ ok: true, settings: { schemaVersion: 1, contracts: ['H5678'] } });
  });
});
