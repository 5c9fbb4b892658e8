/**
 * Where a note stops fitting the 4,000 characters CTM takes, when its line breaks are CR LF (text
 * pasted from Windows) as well as plain LF: every line break is sent as CR LF and counts 2.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexPastLimit, submittedLength } from '../../../lib/lint/submitted-length';

describe('the first character past the limit, with CR LF line breaks', () => {
  it('a CR LF line break counts 2, as a plain LF does', () => {
    expect(indexPastLimit('line one\r\nline two', 12)).toBe(12); // "line one" 8 + CR LF 2 + "li" 2
    expect(indexPastLimit('line one\nline two', 12)).toBe(11);
  });

  it('a CR LF that would straddle the limit does not fit', () => {
    expect(indexPastLimit('abc\r\ndef', 4)).toBe(3);
  });

  it('everything before the index fits, and the next character (or CR LF) would not (fast-check)', () => {
    const text = fc.array(fc.constantFrom('a', 'b ', '\r\n', '\n', '\r', '😀', '\r\n\r\n'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 60 }), (note, limit) => {
        const index = indexPastLimit(note, limit);
        expect(submittedLength(note.slice(0, index))).toBeLessThanOrEqual(limit);
        if (index < note.length) {
          const next = note.startsWith('\r\n', index) ? 2 : 1;
          expect(submittedLength(note.slice(0, index + next))).toBeGreaterThan(limit);
        }
      }),
      { numRuns: 500 },
    );
  });
});
