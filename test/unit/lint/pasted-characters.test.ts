import { describe, expect, it } from 'vitest';
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
