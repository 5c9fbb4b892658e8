import { describe, expect, it } from 'vitest';
import { findingsOf, fixed } from './helpers';

const D = { scenario: 'D' as const, requiredPhrases: ['CTM Case Not Part D'] };

describe('required-phrase', () => {
  it('SOP D.1.a: flags a note without "CTM Case Not Part D" as an error carrying the exact phrase', () => {
    const [finding, ...rest] = findingsOf('required-phrase', 'Member asks about a hospital bill.', D);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', data: { phrase: 'CTM Case Not Part D' } });
  });

  it('SOP D.1.a: the fix inserts the phrase exactly, on its own first line, and then the finding is gone', () => {
    const text = 'Member asks about a hospital bill.';
    const after = fixed(text, findingsOf('required-phrase', text, D)[0]);
    expect(after).toBe('CTM Case Not Part D\nMember asks about a hospital bill.');
    expect(findingsOf('required-phrase', after, D)).toEqual([]);
  });

  it('keeps CR LF line breaks when the note uses them, and adds no line break to an empty note', () => {
    const crlf = 'line one\r\nline two';
    expect(fixed(crlf, findingsOf('required-phrase', crlf, D)[0])).toBe('CTM Case Not Part D\r\nline one\r\nline two');
    expect(fixed('', findingsOf('required-phrase', '', D)[0])).toBe('CTM Case Not Part D');
  });

  it('accepts the phrase anywhere, in any case, across spaces or line breaks, next to emoji', () => {
    expect(findingsOf('required-phrase', 'Notes... ctm case not part d.', D)).toEqual([]);
    expect(findingsOf('required-phrase', 'CTM Case\nNot  Part\u00a0D', D)).toEqual([]);
    expect(findingsOf('required-phrase', '👍CTM Case Not Part D👍', D)).toEqual([]);
    expect(findingsOf('required-phrase', 'CTM Case Not Part D', D)).toEqual([]);
  });

  it('does not accept part of the phrase', () => {
    expect(findingsOf('required-phrase', 'CTM Case Not Part', D)).toHaveLength(1);
  });

  it('SOP G.5.a, H.1.a, L.2: reports each missing phrase of the scenario', () => {
    const found = findingsOf('required-phrase', 'EE Complaint', {
      scenario: 'L',
      requiredPhrases: ['EE Complaint', 'CIS or Congressional Resolution', 'CRITICAL RD'],
    });
    expect(found.map((f) => f.data?.phrase)).toEqual(['CIS or Congressional Resolution', 'CRITICAL RD']);
  });

  it('runs only with phrases from the active scenario (general rules otherwise)', () => {
    expect(findingsOf('required-phrase', 'anything', {})).toEqual([]);
    expect(findingsOf('required-phrase', 'anything', { scenario: 'D' })).toEqual([]);
  });

  it('matches phrases with quotes, curly or straight', () => {
    const ctx = { requiredPhrases: ["Plan's \"note\""] };
    expect(findingsOf('required-phrase', 'the Plan’s “note” here', ctx)).toEqual([]);
  });
});
