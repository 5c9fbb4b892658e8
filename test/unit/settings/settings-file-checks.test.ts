/**
 * What the caseworker or IT admin reads when a settings file (or the options form) is refused:
 * the exact message for each kind of fault, and the values that are accepted as they are.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeSettingsFile, isTimeZone, parseSettingsFile, validateSettings, validateSettingsByKey } from '../../../lib/settings';

const CONTRACT_MESSAGE = 'is not a contract number (a type letter H, R, S, E, F, X or 9 and four digits).';

describe('a settings file that is not a settings object', () => {
  it.each([
    ['null', 'null'],
    ['a string', '"Acme Health Plan"'],
    ['a number', '42'],
    ['a list', '[{"schemaVersion": 1}]'],
  ])('refuses %s as not a JSON object', (_, text) => {
    expect(parseSettingsFile(text)).toEqual({ ok: false, errors: ['The settings file must be a JSON object.'] });
  });

  it.each([
    ['missing', {}],
    ['written as text', { schemaVersion: '1' }],
    ['a fraction', { schemaVersion: 1.5 }],
    ['zero', { schemaVersion: 0 }],
    ['negative', { schemaVersion: -1 }],
  ])('refuses a schemaVersion that is %s, saying it must be a whole number', (_, input) => {
    expect(validateSettings({ organization: 'Acme Health Plan', ...input })).toEqual({
      ok: false,
      errors: ['schemaVersion: must be a whole number (this version writes 1).'],
    });
  });

  it('refuses a file from a newer CTM Assist, saying to update the extension', () => {
    expect(validateSettings({ schemaVersion: 3 })).toEqual({
      ok: false,
      errors: ['schemaVersion: 3 was written by a newer CTM Assist; this one reads up to 1. Update the extension.'],
    });
  });
});

describe('values of the wrong type', () => {
  it.each([
    ['organization', 42],
    ['caseworker', ['Jordan', 'Lee']],
    ['contracts', 'S1234'],
    ['timeZone', 5],
  ])('says %s "has the wrong type or value" rather than zod\'s bare "Invalid input"', (key, value) => {
    expect(validateSettings({ schemaVersion: 1, [key]: value })).toEqual({ ok: false, errors: [`${key}: has the wrong type or value.`] });
  });
});

describe('how many problems are listed', () => {
  const badContracts = (n: number) => Array.from({ length: n }, () => 'nope');

  it('lists exactly 20 problems in full, with no "more problems" line', () => {
    const result = validateSettings({ schemaVersion: 1, contracts: badContracts(20) });
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.errors : [];
    expect(errors).toHaveLength(20);
    expect(errors[0]).toBe(`contracts[0]: ${CONTRACT_MESSAGE}`);
    expect(errors[19]).toBe(`contracts[19]: ${CONTRACT_MESSAGE}`);
  });

  it('lists 20 and counts the rest when there are 21', () => {
    const result = validateSettings({ schemaVersion: 1, contracts: badContracts(21) });
    const errors = !result.ok ? result.errors : [];
    expect(errors).toHaveLength(21);
    expect(errors[19]).toBe(`contracts[19]: ${CONTRACT_MESSAGE}`);
    expect(errors[20]).toBe('…and 1 more problems.');
  });
});

describe('the size of a settings file', () => {
  const LIMIT = 64 * 1024;
  const padded = (length: number) => {
    const json = '{"schemaVersion": 1}';
    return json + ' '.repeat(length - json.length);
  };

  it('reads a file of exactly 64 KB', () => {
    expect(padded(LIMIT)).toHaveLength(65536);
    expect(parseSettingsFile(padded(LIMIT))).toEqual({ ok: true, settings: { schemaVersion: 1 } });
  });

  it('refuses one character more, before reading it', () => {
    expect(parseSettingsFile(padded(LIMIT + 1))).toEqual({
      ok: false,
      errors: ['The text is longer than 64 KB; a settings file is far smaller. Check that this is the settings file.'],
    });
  });
});

describe('UTF-16 detection does not misread ordinary names', () => {
  it.each([
    ['ÿ and þ (Latin letters that spell a UTF-16 byte-order mark when read as Latin-1)', 'Acme \u00FF\u00FE Health'],
    ['þ and ÿ', 'Acme \u00FE\u00FF Health'],
    ['two replacement characters (bytes that were not UTF-8)', 'Acme \uFFFD\uFFFD Health'],
  ])('accepts an organization name holding %s inside it', (_, organization) => {
    expect(parseSettingsFile(JSON.stringify({ schemaVersion: 1, organization }))).toEqual({ ok: true, settings: { schemaVersion: 1, organization } });
  });

  it('still says "UTF-16" when the text starts with a byte-order mark read as Latin-1', () => {
    expect(parseSettingsFile('\u00FE\u00FF{"schemaVersion": 1}')).toEqual({
      ok: false,
      errors: ['This file is UTF-16; save it as UTF-8 and import it again.'],
    });
  });
});

describe('decoding the bytes of a chosen file', () => {
  const decode = (...bytes: number[]) => decodeSettingsFile(new Uint8Array(bytes));

  it.each([
    ['a stray 0xFF first byte (a single-byte code page file)', [0xff, 0x7b, 0x7d], '\uFFFD{}'],
    ['a stray 0xFE second byte', [0x7b, 0xfe, 0x7d], '{\uFFFD}'],
    ['a stray 0xFE first byte', [0xfe, 0x7b, 0x7d], '\uFFFD{}'],
    ['a stray 0xFF second byte', [0x7b, 0xff, 0x7d], '{\uFFFD}'],
    ['two zero bytes first (UTF-32, which it does not read)', [0x00, 0x00, 0x00, 0x7b], '\u0000\u0000\u0000{'],
    ['a single zero byte', [0x00], '\u0000'],
  ])('reads a file with %s as UTF-8, not as UTF-16', (_, bytes, text) => {
    expect(decode(...bytes)).toBe(text);
  });

  it('reads the UTF-16 byte-order marks and the zero bytes beside ASCII', () => {
    expect(decode(0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00)).toBe('{}');
    expect(decode(0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d)).toBe('{}');
    expect(decode(0x7b, 0x00, 0x7d, 0x00)).toBe('{}');
    expect(decode(0x00, 0x7b, 0x00, 0x7d)).toBe('{}');
  });

  it('reads an empty file as empty text', () => {
    expect(decode()).toBe('');
  });
});

describe('where broken JSON breaks', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names the line and column when the browser gives them (Firefox words it "at line L column C")', () => {
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError('JSON.parse: expected double-quoted property name at line 12 column 13 of the JSON data');
    });
    expect(parseSettingsFile('{"schemaVersion": 1}')).toEqual({
      ok: false,
      errors: ['Not valid JSON (line 12, column 13): check the quotes, commas and braces.'],
    });
  });

  it('works out the line and column from a position (Chrome words it "at position N")', () => {
    const text = `{\n${'\n'.repeat(10)}  "caseworker": "Jordan Lee",\n}`;
    expect(parseSettingsFile(text)).toEqual({
      ok: false,
      errors: ['Not valid JSON (line 13, column 1): check the quotes, commas and braces.'],
    });
  });
});

describe('time zones', () => {
  it('tells a known IANA time zone from an unknown one', () => {
    expect(isTimeZone('America/Chicago')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('the options form: messages by field', () => {
  it('files a message about the whole file under no field, whole', () => {
    expect(validateSettingsByKey(null)).toEqual({
      ok: false,
      errors: ['The settings file must be a JSON object.'],
      byKey: { '': ['The settings file must be a JSON object.'] },
    });
  });

  it('files the "more problems" line under no field and each listed one under its contract', () => {
    const result = validateSettingsByKey({ schemaVersion: 1, contracts: Array.from({ length: 22 }, () => 'nope') });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.byKey['']).toEqual(['…and 2 more problems.']);
    expect(result.byKey['contracts[0]']).toEqual([CONTRACT_MESSAGE]);
    expect(Object.keys(result.byKey)).toHaveLength(21);
  });
});
