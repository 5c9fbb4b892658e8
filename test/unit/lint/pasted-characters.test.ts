import { describe, expect, it } from 'vitest';
import { ruleProvenance } from '../../../lib/lint/provenance';
import type { Finding, TextEdit } from '../../../lib/lint/types';
import { findingsOf, fixed } from './helpers';

const pasted = (text: string) => findingsOf('pasted-characters', text);

describe('pasted-characters: word-processor characters that older systems mangle or count oddly', () => {
  it.each([
    ['curly quotes', 'The member’s “urgent” claim', 'The member\'s "urgent" claim'],
    ['long dashes', 'Claims – pharmacy — enrollment', 'Claims - pharmacy - enrollment'],
    ['non-breaking spaces', 'S1234\u00a0PBP\u202f001', 'S1234 PBP 001'],
    ['bullets', '• first\n◦ second\n\uf0b7 third', '- first\n- second\n- third'],
    ['ellipsis', 'Waiting…', 'Waiting...'],
    ['invisible characters', 'zero\u200bwidth\ufeff soft\u00adhyphen', 'zerowidth softhyphen'],
  ])('warns on %s and the fix makes them plain', (_kind, text, plain) => {
    const found = pasted(text);
    expect(found.every((f) => f.severity === 'warning')).toBe(true);
    let after = text;
    // Each kind is one finding with one fix; apply them from the last one back.
    for (const finding of [...found].reverse()) after = fixed(after, finding);
    expect(after).toBe(plain);
    expect(pasted(after)).toEqual([]);
  });

  it('groups a kind into one finding at its first occurrence, with a fix for every occurrence', () => {
    const text = 'a “b” c “d”';
    const found = pasted(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.start).toBe(2);
    expect(found[0]?.message).toContain('4 curly quotes');
    expect(found[0]?.fix?.edits).toHaveLength(4);
  });

  it('leaves plain text, accented letters, tabs and both kinds of line breaks alone', () => {
    expect(pasted('José Peña\tpaid $47.00 ©\r\nline\nline')).toEqual([]);
  });

  it('notes emoji and other symbols (info, no fix), counting a surrogate pair once', () => {
    const [finding] = pasted('Thanks 👍 ✓');
    expect(finding).toMatchObject({ severity: 'info', start: 7, end: 9 });
    expect(finding?.message).toContain('2 characters');
    expect(finding?.fix).toBeUndefined();
  });

  it('finds them at the very start and end of the text', () => {
    const text = '“quoted”';
    expect(fixed(text, pasted(text)[0])).toBe('"quoted"');
  });

  it('removes control characters a paste can carry', () => {
    const text = 'a\u0007b\u0085c';
    expect(fixed(text, pasted(text)[0])).toBe('abc');
  });
});

// The SOP says nothing about pasted characters (only the K.1 length limit): the rule is CTM Assist's
// own reasoning, so its findings carry no SOP item, and the panel shows the rule's own provenance.
const OWN_REASONING = { kind: 'ctm-assist', reason: 'word-processor characters older systems may store wrongly' };

const warning = (message: string, start: number, end: number, label: string, edits: TextEdit[]): Finding => ({
  rule: 'pasted-characters',
  severity: 'warning',
  message,
  start,
  end,
  fix: { label, edits },
});

const info = (message: string, start: number, end: number): Finding => ({
  rule: 'pasted-characters',
  severity: 'info',
  message,
  start,
  end,
});

const ONE_OTHER = '1 character such as emoji or symbols that older systems may store as "?" or count as two.';
const TWO_OTHERS = '2 characters such as emoji or symbols that older systems may store as "?" or count as two.';

describe('pasted-characters: what the caseworker reads and what the fix does, kind by kind', () => {
  it('is CTM Assist reasoning, not an SOP item, and its findings name no SOP step of their own', () => {
    expect(ruleProvenance('pasted-characters')).toEqual(OWN_REASONING);
    expect(pasted('Member\u2019s')[0]?.provenance).toBeUndefined();
  });

  it.each([
    ['curly quote', 'Member\u2019s', '1 curly quote', 6, "'"],
    ['long dash', 'PBP \u2013 001', '1 long dash', 4, '-'],
    ['non-breaking space', 'S1234\u00a0PBP', '1 non-breaking or special space', 5, ' '],
    ['bullet', '\u2022 refill', '1 bullet', 0, '-'],
    ['ellipsis', 'Waiting\u2026', '1 ellipsis character', 7, '...'],
    ['invisible character', 'zero\u200bwidth', '1 invisible character', 4, ''],
    ['Unicode line separator', 'line\u2028next', '1 Unicode line separator', 4, '\n'],
    ['control character', 'bell\u0007here', '1 control character', 4, ''],
  ])('names a single %s in the singular, as "it", with a fix for it', (_kind, text, counted, at, plain) => {
    expect(pasted(text)).toStrictEqual([
      warning(
        `${counted} from a word processor: older systems may store or count it oddly.`,
        at,
        at + 1,
        'Replace it with plain characters',
        [{ start: at, end: at + 1, replacement: plain }],
      ),
    ]);
  });

  it.each([
    ['curly quotes', '\u201curgent\u201d', '2 curly quotes', 'Replace all 2', [[0, '"'], [7, '"']]],
    ['long dashes', 'A\u2014\u2014B', '2 long dashes', 'Replace all 2', [[1, '-'], [2, '-']]],
    ['special spaces', 'x\u00a0\u2007\u3000y', '3 non-breaking or special spaces', 'Replace all 3', [[1, ' '], [2, ' '], [3, ' ']]],
    ['bullets', '\u2022\u25e6 item', '2 bullets', 'Replace all 2', [[0, '-'], [1, '-']]],
    ['ellipses', 'so\u2026\u2026', '2 ellipsis characters', 'Replace all 2', [[2, '...'], [3, '...']]],
    ['invisible characters', 'a\u200b\u200cb', '2 invisible characters', 'Replace all 2', [[1, ''], [2, '']]],
    ['line separators', 'a\u2028\u2029b', '2 Unicode line separators', 'Replace all 2', [[1, '\n'], [2, '\n']]],
    ['control characters', '\u0000\u001fend', '2 control characters', 'Replace all 2', [[0, ''], [1, '']]],
  ] as const)('counts several %s in a row in the plural, as "them", with one fix for all', (_kind, text, counted, replace, edits) => {
    const [first] = edits;
    expect(pasted(text)).toStrictEqual([
      warning(
        `${counted} from a word processor: older systems may store or count them oddly.`,
        first[0],
        first[0] + 1,
        `${replace} with plain characters`,
        edits.map(([start, replacement]) => ({ start, end: start + 1, replacement })),
      ),
    ]);
  });

  it('gives each kind its own finding at its first occurrence, in the order of the note', () => {
    const text = '\u201cA\u201d \u2013 B\u2026 \u2018c\u2019 \u2014';
    expect(pasted(text)).toStrictEqual([
      warning('4 curly quotes from a word processor: older systems may store or count them oddly.', 0, 1, 'Replace all 4 with plain characters', [
        { start: 0, end: 1, replacement: '"' },
        { start: 2, end: 3, replacement: '"' },
        { start: 9, end: 10, replacement: "'" },
        { start: 11, end: 12, replacement: "'" },
      ]),
      warning('2 long dashes from a word processor: older systems may store or count them oddly.', 4, 5, 'Replace all 2 with plain characters', [
        { start: 4, end: 5, replacement: '-' },
        { start: 13, end: 14, replacement: '-' },
      ]),
      warning('1 ellipsis character from a word processor: older systems may store or count it oddly.', 7, 8, 'Replace it with plain characters', [
        { start: 7, end: 8, replacement: '...' },
      ]),
    ]);
  });

  it('notes a single emoji or symbol as "1 character" (info, no fix)', () => {
    expect(pasted('Thanks \u2713')).toStrictEqual([info(ONE_OTHER, 7, 8)]);
  });

  it('notes several as "characters", pointing at the first, a surrogate pair counted once', () => {
    expect(pasted('Thanks \ud83d\udc4d \u2713')).toStrictEqual([info(TWO_OTHERS, 7, 9)]);
  });

  it.each([
    ['U+10000, the first character past the basic plane', 'a\ud800\udc00b', ONE_OTHER, 3],
    ['U+10FFFF, the last character there is', 'a\udbff\udfffb', ONE_OTHER, 3],
    ['a lone first half of a pair before a letter', 'a\ud83db', ONE_OTHER, 2],
    ['a lone first half at the very end', 'a\ud83d', ONE_OTHER, 2],
    ['a first half before U+DBFF, another first half', 'a\ud83d\udbff', TWO_OTHERS, 2],
    ['a first half before U+E000, just past the second halves', 'a\ud83d\ue000', TWO_OTHERS, 2],
    ['U+D7FF, just before the halves, then a lone second half', 'a\ud7ff\udc00', TWO_OTHERS, 2],
    ['a lone second half (U+DC00, just past the first halves) before another', 'a\udc00\udc00', TWO_OTHERS, 2],
  ])('counts %s as the characters CTM would store', (_case, text, message, end) => {
    expect(pasted(text)).toStrictEqual([info(message, 1, end)]);
  });

  it('does not swallow a pasted character that follows a lone half of a pair', () => {
    expect(pasted('\u2013\udc00')).toStrictEqual([
      warning('1 long dash from a word processor: older systems may store or count it oddly.', 0, 1, 'Replace it with plain characters', [
        { start: 0, end: 1, replacement: '-' },
      ]),
      info(ONE_OTHER, 1, 2),
    ]);
    expect(pasted('\ud83d\uf0b7 item')).toStrictEqual([
      warning('1 bullet from a word processor: older systems may store or count it oddly.', 1, 2, 'Replace it with plain characters', [
        { start: 1, end: 2, replacement: '-' },
      ]),
      info(ONE_OTHER, 0, 1),
    ]);
  });

  it('counts CR LF as the two characters the text holds and keeps them when fixing', () => {
    const text = 'Called member\r\n\u201cPlan\u201d said \u2014 no\u2026\r\n\u00a0done\r\n';
    const found = pasted(text);
    expect(found).toStrictEqual([
      warning('2 curly quotes from a word processor: older systems may store or count them oddly.', 15, 16, 'Replace all 2 with plain characters', [
        { start: 15, end: 16, replacement: '"' },
        { start: 20, end: 21, replacement: '"' },
      ]),
      warning('1 long dash from a word processor: older systems may store or count it oddly.', 27, 28, 'Replace it with plain characters', [
        { start: 27, end: 28, replacement: '-' },
      ]),
      warning('1 ellipsis character from a word processor: older systems may store or count it oddly.', 31, 32, 'Replace it with plain characters', [
        { start: 31, end: 32, replacement: '...' },
      ]),
      warning('1 non-breaking or special space from a word processor: older systems may store or count it oddly.', 34, 35, 'Replace it with plain characters', [
        { start: 34, end: 35, replacement: ' ' },
      ]),
    ]);
    let after = text;
    for (const finding of [...found].reverse()) after = fixed(after, finding);
    expect(after).toBe('Called member\r\n"Plan" said - no...\r\n done\r\n');
  });

  it('turns a Unicode line separator between CR LF breaks into a plain line break', () => {
    const text = '\r\n\u2028\r\n';
    expect(fixed(text, pasted(text)[0])).toBe('\r\n\n\r\n');
  });
});
