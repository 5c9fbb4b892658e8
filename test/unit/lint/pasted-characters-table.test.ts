/**
 * Every character the pasted-characters rule knows, kind by kind, and the edges of what it leaves
 * alone (tab, line breaks, printable ASCII, the Latin-1 letters and signs) and of what it removes
 * as a control character.
 *
 * The rule is imported afresh inside each test (not at the top of the file), so that its table of
 * characters and its patterns, which are built at import, are built under the test that checks them.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../lib/lint/types';

async function freshRule() {
  vi.resetModules();
  const { pastedCharacters } = await import('../../../lib/lint/rules/pasted-characters');
  return (text: string): Finding[] => pastedCharacters(text, {});
}

/** One fix edit per character of `chars` (each one UTF-16 unit), in order, all to `plain` or to the matching entry. */
const editsFor = (chars: string, plain: string | readonly string[]) =>
  [...chars].map((_, i) => ({ start: i, end: i + 1, replacement: typeof plain === 'string' ? plain : plain[i] }));

const ONE_OTHER = '1 character such as emoji or symbols that older systems may store as "?" or count as two.';

describe('pasted-characters: the characters it knows', () => {
  it.each([
    [
      'curly quotes: single and double, and the prime marks',
      '\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033',
      '10 curly quotes',
      ["'", "'", "'", "'", "'", '"', '"', '"', '"', '"'],
    ],
    ['long dashes, the hyphens and the minus sign', '\u2010\u2011\u2012\u2013\u2014\u2015\u2212', '7 long dashes', '-'],
    [
      'non-breaking, fixed-width, narrow and ideographic spaces',
      '\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000',
      '15 non-breaking or special spaces',
      ' ',
    ],
    [
      'bullets, including those of the Symbol and Wingdings fonts',
      '\u2022\u25e6\u25aa\u25ab\u2023\u2043\u25cf\u25a0\u25a1\uf0b7\uf0a7\uf076\uf0d8',
      '13 bullets',
      '-',
    ],
    ['the soft hyphen, zero-width characters, direction marks and the byte-order mark', '\u00ad\u200b\u200c\u200e\u200f\u2060\ufeff', '7 invisible characters', ''],
    ['both Unicode line separators', '\u2028\u2029', '2 Unicode line separators', '\n'],
  ] as const)('%s', async (_kind, chars, counted, plain) => {
    const pasted = await freshRule();
    expect(pasted(chars)).toStrictEqual([
      {
        rule: 'pasted-characters',
        severity: 'warning',
        message: `${counted} from a word processor: older systems may store or count them oddly.`,
        start: 0,
        end: 1,
        fix: { label: `Replace all ${chars.length} with plain characters`, edits: editsFor(chars, plain) },
      },
    ]);
  });

  it('the ellipsis, as three full stops', async () => {
    const pasted = await freshRule();
    expect(pasted('\u2026')).toStrictEqual([
      {
        rule: 'pasted-characters',
        severity: 'warning',
        message: '1 ellipsis character from a word processor: older systems may store or count it oddly.',
        start: 0,
        end: 1,
        fix: { label: 'Replace it with plain characters', edits: [{ start: 0, end: 1, replacement: '...' }] },
      },
    ]);
  });
});

describe('pasted-characters: the edges of what it leaves alone and what it removes', () => {
  it('leaves tab, LF, CR, space to tilde, and the Latin-1 signs and letters (U+00A1 to U+00AC, U+00AE to U+00FF) alone', async () => {
    const pasted = await freshRule();
    expect(pasted('\t\n\r \u007e\u00a1\u00ac\u00ae\u00ff')).toEqual([]);
  });

  it.each([
    ['U+0000, the first', '\u0000'],
    ['U+0008, just before tab', '\u0008'],
    ['U+000B and U+000C, between LF and CR', '\u000b'],
    ['U+000C', '\u000c'],
    ['U+000E, just after CR', '\u000e'],
    ['U+001F, just before space', '\u001f'],
    ['U+007F (delete), just after tilde', '\u007f'],
    ['U+0080, the first of the second set', '\u0080'],
    ['U+009F, the last of the second set', '\u009f'],
  ])('removes the control character %s', async (_name, char) => {
    const pasted = await freshRule();
    expect(pasted(`a${char}b`)).toStrictEqual([
      {
        rule: 'pasted-characters',
        severity: 'warning',
        message: '1 control character from a word processor: older systems may store or count it oddly.',
        start: 1,
        end: 2,
        fix: { label: 'Replace it with plain characters', edits: [{ start: 1, end: 2, replacement: '' }] },
      },
    ]);
  });

  it('notes U+0100, the first letter past Latin-1, without calling it a control character', async () => {
    const pasted = await freshRule();
    expect(pasted('a\u0100b')).toStrictEqual([{ rule: 'pasted-characters', severity: 'info', message: ONE_OTHER, start: 1, end: 2 }]);
  });

  it('treats U+00A0 (just past the control characters) as a space and U+00AD (the gap in Latin-1) as invisible', async () => {
    const pasted = await freshRule();
    expect(pasted('a\u00a0b\u00adc').map((f) => [f.message, f.start, f.fix?.edits])).toEqual([
      ['1 non-breaking or special space from a word processor: older systems may store or count it oddly.', 1, [{ start: 1, end: 2, replacement: ' ' }]],
      ['1 invisible character from a word processor: older systems may store or count it oddly.', 3, [{ start: 3, end: 4, replacement: '' }]],
    ]);
  });
});
