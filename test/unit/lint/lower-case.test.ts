/**
 * The lower-cased note the rules read (so that their patterns need no `i` flag): every character
 * lower-cased, every index kept. Each test uses texts of its own: the last text is remembered.
 */
import { describe, expect, it } from 'vitest';
import { lowerCaseOf } from '../../../lib/lint/lower-case';
import { findingsOf } from './helpers';

describe('the note in lower case, index for index', () => {
  it('lower-cases capitals and accented capitals', () => {
    expect(lowerCaseOf('Spoke With MEMBER Éva Test')).toBe('spoke with member éva test');
  });

  it('keeps İ as it is (its lower case is two code units) and still lower-cases everything else', () => {
    const text = 'Called İpek EXAMPLE and Éva TEST';
    const lower = lowerCaseOf(text);
    expect(lower).toBe('called İpek example and éva test');
    expect(lower.length).toBe(32);
    expect(lower.indexOf('example')).toBe(text.indexOf('EXAMPLE'));
  });

  it('keeps every İ and lower-cases the letters between them, emoji included', () => {
    expect(lowerCaseOf('İİ ÅB 😀 İZ')).toBe('İİ åb 😀 İz');
  });

  it('lower-cases a word-final Σ as ς, as the browser does for the whole text', () => {
    expect(lowerCaseOf('ΟΔΟΣ')).toBe('οδος');
  });

  it('warns on a contact without a date in a note that also holds an İ (SOP K.2)', () => {
    const text = 'Called beneficiary İpek Example, no answer.';
    expect(findingsOf('contact-date-missing', text).map((f) => text.slice(f.start, f.end))).toEqual(['Called']);
  });
});
