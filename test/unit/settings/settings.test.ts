import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decodeSettingsFile, parseSettingsFile, settingsFileText, validateSettingValue, validateSettings, validateSettingsByKey } from '../../../lib/settings';
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

  // The days before asking about a handed-over case are CTM Assist's own choice (not the SOP's).
  it('accepts the days before asking about a handed-over case, and leaves them optional', () => {
    expect(validateSettings({ schemaVersion: 1, handedOverAskDays: 10 })).toEqual({ ok: true, settings: { schemaVersion: 1, handedOverAskDays: 10 } });
    expect(validateSettings({ schemaVersion: 1 }).ok).toBe(true);
  });

  it.each([
    [{ schemaVersion: 1, contracts: ['S1234', 'Z9999'] }, /^contracts\[1\]: is not a contract number/],
    [{ schemaVersion: 1, contracts: ['S123'] }, /^contracts\[0\]: is not a contract number/],
    [{ schemaVersion: 1, mailboxes: { leadRegionalOffice: 'not an address' } }, /^mailboxes\.leadRegionalOffice: is not a plain email address/],
    [{ schemaVersion: 1, mailboxes: { other: 'x@example.gov' } }, /^mailboxes\.other: is not a known setting/],
    [{ schemaVersion: 1, timeZone: 'Mars/Olympus' }, /^timeZone: is not a known time zone/],
    [{ schemaVersion: 1, colour: 'blue' }, /^colour: is not a known setting/],
    [{ schemaVersion: 1, organization: 42 }, /^organization: /],
    [{ schemaVersion: 1, budgets: { urgentDays: 0 } }, /^budgets\.urgentDays: must be a positive number/],
    [{ schemaVersion: 1, handedOverAskDays: 0 }, /^handedOverAskDays: must be a positive number/],
    [{ schemaVersion: 1, handedOverAskDays: 2.5 }, /^handedOverAskDays: /],
    [{ schemaVersion: 1, handedOverAskDays: 400 }, /^handedOverAskDays: must be at most 365 days/],
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

describe('hostile settings values', () => {
  const big = 'A'.repeat(50_000);
  it.each([
    ['organization', { organization: big }, /^organization: is longer than 200 characters\.$/],
    ['caseworker', { caseworker: 'J'.repeat(40_000) }, /^caseworker: is longer than 200 characters\.$/],
    ['mailbox', { mailboxes: { integriguard: `${big}@example.gov` } }, /^mailboxes\.integriguard: is longer than 254 characters\.$/],
    ['time zone', { timeZone: big }, /^timeZone: is not a known time zone\.$/],
    ['contract list', { contracts: Array.from({ length: 101 }, () => 'S1234') }, /^contracts: lists more than 100 contracts\.$/],
  ])('a very long %s is refused in one short message that names the key', (_, fields, message) => {
    const result = validateSettings({ schemaVersion: 1, ...fields });
    expect(!result.ok && result.errors).toHaveLength(1);
    expect(!result.ok && result.errors[0]).toMatch(message);
  });

  it('names a huge or odd unknown key by its length, and lists at most 20 errors', () => {
    const result = validateSettings({ schemaVersion: 1, [big]: 1, 'Jordan Lee 456789012C': 2 });
    expect(!result.ok && result.errors).toEqual([
      '(a key of 50000 characters): is not a known setting.',
      '(a key of 21 characters): is not a known setting.',
    ]);
    const many = validateSettings({ schemaVersion: 1, contracts: Array.from({ length: 60 }, () => 'nope') });
    expect(!many.ok && many.errors).toHaveLength(21);
    expect(!many.ok && many.errors[20]).toBe('…and 40 more problems.');
  });

  it.each([
    ['organization', 'Acme\r\nBcc: evil@x.com'],
    ['organization', 'Acme\nHealth'],
    ['organization', 'Acme\tHealth'],
    ['organization', 'Acme Health\n'],
    ['caseworker', 'Jordan\u2028Lee'],
    ['caseworker', 'Jordan\u2029Lee'],
    ['caseworker', 'Jordan\u0085Lee'],
    ['caseworker', 'Jordan\u0000Lee'],
    ['caseworker', 'Jordan\u007FLee'],
  ])('refuses a control character or line break in %s (%j)', (key, value) => {
    const result = validateSettings({ schemaVersion: 1, [key]: value });
    expect(!result.ok && result.errors).toEqual([
      `${key}: holds a line break, tab or other control character; it must be one line of text.`,
    ]);
  });

  it('refuses a control character in a contract or mailbox too', () => {
    expect(validateSettings({ schemaVersion: 1, contracts: ['S1234\n'] }).ok).toBe(false);
    expect(validateSettings({ schemaVersion: 1, mailboxes: { integriguard: 'rd@example.com\r\n' } }).ok).toBe(false);
  });

  it.each([
    'a@b.c?cc=x',
    'lead-ro@example.gov?bcc=evil@x.com',
    'lead-ro@example.gov&bcc=evil@x.com',
    'lead-ro@example.gov,evil@x.com',
    'lead-ro@example.gov evil@x.com',
    'Lead RO <lead-ro@example.gov>',
    '<lead-ro@example.gov>',
    'lead-ro@localhost',
    'lead ro@example.gov',
    'lead-ro@@example.gov',
    'lead-ro@example..gov',
  ])('accepts only a plain address as a mailbox, not %j', (address) => {
    const result = validateSettings({ schemaVersion: 1, mailboxes: { leadRegionalOffice: address } });
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(/^mailboxes\.leadRegionalOffice: is not a plain email address/)]);
  });

  it.each(['lead-ro@example.gov', 'Region.PartD+ctm@cms.hhs.gov', "o'brien_j@plan-example.com", ' rd-referrals@example.com '])(
    'accepts the plain address %j',
    (address) => {
      expect(validateSettings({ schemaVersion: 1, mailboxes: { leadRegionalOffice: address } }).ok).toBe(true);
    },
  );

  it.each([
    ['caseworker', 'Jordan Lee 456789012C', 'a HICN (Medicare claim number)'],
    ['caseworker', 'Jordan Lee 1EG4-TE5-MK73', 'an MBI (Medicare Beneficiary Identifier)'],
    ['caseworker', 'Jordan 123-45-6789', 'a Social Security number'],
    ['organization', 'Acme DOB 01/30/1946', 'a date of birth'],
  ])('refuses a %s holding an identifier shape (%j), saying what it looks like', (key, value, what) => {
    const result = validateSettings({ schemaVersion: 1, [key]: value });
    expect(!result.ok && result.errors).toEqual([`${key}: holds what looks like ${what}; settings must not hold beneficiary data.`]);
  });

  it('never repeats the value in a message', () => {
    const values = ['Jordan Lee 456789012C', 'Acme\r\nBcc: evil@x.com', 'a@b.c?cc=x', 'Mars/Olympus', 'Z9999'];
    const result = validateSettings({
      schemaVersion: 1,
      caseworker: values[0],
      organization: values[1],
      mailboxes: { homeRegionPartD: values[2] },
      timeZone: values[3],
      contracts: [values[4]],
    });
    const text = !result.ok ? result.errors.join(' ') : '';
    expect(text).toMatch(/caseworker.*organization|organization.*caseworker/s);
    for (const value of values) expect(text).not.toContain(value);
  });
});

describe('reading a settings file', () => {
  const json = JSON.stringify(EXAMPLE);
  const utf16 = (text: string, littleEndian: boolean, bom: boolean) => {
    const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const view = new DataView(bytes.buffer);
    [...(bom ? '\uFEFF' : ''), ...text].forEach((c, i) => view.setUint16(i * 2, c.charCodeAt(0), littleEndian));
    return bytes;
  };

  it('ignores a UTF-8 byte-order mark', () => {
    expect(parseSettingsFile(`\uFEFF${json}`)).toEqual({ ok: true, settings: EXAMPLE });
    expect(parseSettingsFile(decodeSettingsFile(new TextEncoder().encode(`\uFEFF${json}`)))).toEqual({ ok: true, settings: EXAMPLE });
  });

  it.each([
    ['little-endian with a byte-order mark', true, true],
    ['little-endian without one', true, false],
    ['big-endian with a byte-order mark', false, true],
    ['big-endian without one', false, false],
  ])('reads a UTF-16 file, %s', (_, littleEndian, bom) => {
    expect(parseSettingsFile(decodeSettingsFile(utf16(json, littleEndian, bom)))).toEqual({ ok: true, settings: EXAMPLE });
  });

  it('says "UTF-16, save it as UTF-8" when UTF-16 text arrives read as UTF-8', () => {
    const asUtf8 = new TextDecoder('utf-8').decode(utf16(json, true, true));
    expect(parseSettingsFile(asUtf8)).toEqual({ ok: false, errors: ['This file is UTF-16; save it as UTF-8 and import it again.'] });
    const noBom = new TextDecoder('utf-8').decode(utf16(json, true, false));
    expect(parseSettingsFile(noBom)).toEqual({ ok: false, errors: ['This file is UTF-16; save it as UTF-8 and import it again.'] });
  });

  it('says where the JSON breaks without quoting the text', () => {
    const result = parseSettingsFile('{\n  "caseworker": Jordan Lee 456789012C\n}');
    expect(result).toEqual({ ok: false, errors: ['Not valid JSON: check the quotes, commas and braces.'] });
    expect(parseSettingsFile('{\n  "caseworker": "Jordan Lee",\n}')).toEqual({
      ok: false,
      errors: ['Not valid JSON (line 3, column 1): check the quotes, commas and braces.'],
    });
  });

  it('refuses text far bigger than a settings file, before parsing it', () => {
    const result = parseSettingsFile(JSON.stringify({ schemaVersion: 1, organization: 'A'.repeat(70_000) }));
    expect(!result.ok && result.errors).toEqual([expect.stringMatching(/longer than 64 KB/)]);
  });

  it('offers each field\'s own check for a form', () => {
    expect(validateSettingValue('caseworker', 'Jordan Lee')).toEqual([]);
    expect(validateSettingValue('caseworker', 'Jordan\nLee')).toEqual([
      'caseworker: holds a line break, tab or other control character; it must be one line of text.',
    ]);
    expect(validateSettingValue('mailboxes', { integriguard: 'a@b.c?cc=x' })).toHaveLength(1);
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
    expect(result.byKey['contracts[1]']![0]).toMatch(/^is not a contract number/);
    expect(result.byKey['budgets.urgentDays']![0]).toMatch(/^must be a positive number of days/);
    // The same messages as an import of the same values.
    const imported = validateSettings({ schemaVersion: 1, contracts: ['S1234', 'Z9999'], mailboxes: { leadRegionalOffice: 'not an address' }, budgets: { urgentDays: 0 }, timeZone: 'America/Chicago' });
    expect(!imported.ok && imported.errors).toEqual(result.errors);
  });

  it('passes a valid whole through, normalised as the import does', () => {
    expect(validateSettingsByKey({ schemaVersion: 1, contracts: [' h5678 '] })).toEqual({ ok: true, settings: { schemaVersion: 1, contracts: ['H5678'] } });
  });
});
