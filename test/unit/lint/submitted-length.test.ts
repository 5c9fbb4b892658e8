import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_LIMIT, indexPastLimit, submittedLength } from '../../../lib/lint/submitted-length';

describe('submittedLength: the note as CTM receives it (SOP K.1, 4,000 characters)', () => {
  it('is 4,000 as the limit', () => {
    expect(NOTE_LIMIT).toBe(4000);
  });

  it('counts each line break as 2, whether LF, CR LF or a lone CR', () => {
    expect(submittedLength('a\nb')).toBe(4);
    expect(submittedLength('a\r\nb')).toBe(4);
    expect(submittedLength('a\rb')).toBe(4);
    expect(submittedLength('\n')).toBe(2);
    expect(submittedLength('\r\n\r\n')).toBe(4);
    expect(submittedLength('\n\r')).toBe(4); // LF then a lone CR: two line breaks
    expect(submittedLength('')).toBe(0);
  });

  it('finds the issue example: 3,990 characters shown with 20 line breaks is 4,010 submitted', () => {
    const lines = Array.from({ length: 21 }, (_, i) => 'x'.repeat(i < 20 ? 189 : 3970 - 20 * 189));
    const note = lines.join('\n');
    expect(note.length).toBe(3990);
    expect(submittedLength(note)).toBe(4010);
  });

  it('counts UTF-16 code units, so an emoji counts 2 and an accented letter 1', () => {
    expect(submittedLength('😀')).toBe(2);
    expect(submittedLength('José')).toBe(4);
  });

  it('equals the length of the text with every line break normalised to CR LF, for any string', () => {
    const withBreaks = fc
      .array(fc.oneof(fc.string(), fc.constantFrom('\n', '\r', '\r\n', '\n\r')), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(withBreaks, fc.string({ unit: 'binary' })), (text) => {
        expect(submittedLength(text)).toBe(text.replace(/\r\n|\r|\n/g, '\r\n').length);
      }),
    );
  });
});

describe('indexPastLimit', () => {
  it('points at the first character that no longer fits', () => {
    expect(indexPastLimit('abcdef', 4)).toBe(4);
    expect(indexPastLimit('abc', 4)).toBe(3);
    // "ab" + LF = 4: the LF fits exactly; "c" does not.
    expect(indexPastLimit('ab\ncd', 4)).toBe(3);
    // "abc" + LF would be 5: the line break itself does not fit.
    expect(indexPastLimit('abc\nd', 4)).toBe(3);
  });

  it('agrees with submittedLength for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(50), (text, limit) => {
        const at = indexPastLimit(text, limit);
        expect(submittedLength(text.slice(0, at))).toBeLessThanOrEqual(limit);
        if (at < text.length) expect(submittedLength(text.slice(0, at + 1))).toBeGreaterThan(limit);
      }),
    );
  });
});
