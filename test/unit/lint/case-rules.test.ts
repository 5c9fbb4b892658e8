import { describe, expect, it } from 'vitest';
import { findingsOf, fixed } from './helpers';

describe('caseworker-name (SOP F.3.c: "the name of the caseworker as shown on the complaint in CTM")', () => {
  const F = { scenario: 'F' as const, caseworker: 'Jordan Lee' };

  it('warns when an F note lacks the caseworker shown on the complaint, and the fix adds it on a last line', () => {
    const text = 'Requires lead RO help; disposition resolved.';
    const [finding] = findingsOf('caseworker-name', text, F);
    expect(finding?.severity).toBe('warning');
    expect(fixed(text, finding)).toBe('Requires lead RO help; disposition resolved.\nCaseworker: Jordan Lee');
    expect(findingsOf('caseworker-name', fixed(text, finding), F)).toEqual([]);
  });

  it('keeps CR LF, adds no blank line after a final line break, and writes the name alone into an empty note', () => {
    expect(fixed('a\r\nb', findingsOf('caseworker-name', 'a\r\nb', F)[0])).toBe('a\r\nb\r\nCaseworker: Jordan Lee');
    expect(fixed('a\n', findingsOf('caseworker-name', 'a\n', F)[0])).toBe('a\nCaseworker: Jordan Lee');
    expect(fixed('', findingsOf('caseworker-name', '', F)[0])).toBe('Caseworker: Jordan Lee');
  });

  it('accepts the name in any case and spacing', () => {
    expect(findingsOf('caseworker-name', 'worked by JORDAN  LEE', F)).toEqual([]);
  });

  it('without a known name, asks for one unless the note names a caseworker', () => {
    expect(findingsOf('caseworker-name', 'Resolved.', { scenario: 'F' })).toHaveLength(1);
    expect(findingsOf('caseworker-name', 'Caseworker: Sam Park.', { scenario: 'F' })).toEqual([]);
  });

  it('runs only for scenario F', () => {
    expect(findingsOf('caseworker-name', 'Resolved.', { scenario: 'E', caseworker: 'Jordan Lee' })).toEqual([]);
  });
});

describe('system-named (SOP K.1.b: identify systems as "pharmacy", "enrollment", etc.)', () => {
  const words = (text: string) => findingsOf('system-named', text).map((f) => text.slice(f.start, f.end));

  it('notes an update with no system named in its sentence (info)', () => {
    const [finding] = findingsOf('system-named', 'Address updated 03/04/2026.');
    expect(finding?.severity).toBe('info');
    expect(words('Address updated 03/04/2026. The system was corrected.')).toEqual(['updated', 'system']);
  });

  it('accepts updates that name the system', () => {
    expect(words('Updated the enrollment system. Claims reprocessed. Pharmacy override keyed in the PBM.')).toEqual([]);
  });

  it('looks only at the sentence or line of the update', () => {
    expect(words('Pharmacy called.\nRecord updated.')).toEqual(['updated']);
    expect(words('Pharmacy called.\r\nRecord updated.')).toEqual(['updated']);
  });

  it('gives one finding per sentence', () => {
    expect(words('System updated and corrected.')).toEqual(['System']);
  });
});

describe('reply-code (SOP K.1.e: transaction reply code(s))', () => {
  const words = (text: string) => findingsOf('reply-code', text).map((f) => text.slice(f.start, f.end));

  it('notes a reply code or MARx transaction mentioned without the code', () => {
    expect(words('Transaction accepted by CMS.')).toEqual(['Transaction accepted']);
    expect(words('Got the reply code from MARx.')).toEqual(['reply code']);
    expect(findingsOf('reply-code', 'TRC received.')[0]?.severity).toBe('info');
  });

  it('accepts the code stated as digits in the same sentence', () => {
    expect(words('Enrollment transaction accepted, TRC 011.')).toEqual([]);
    expect(words('MARx reply code 015 on 03/04/2026.')).toEqual([]);
  });

  it('does not take a date or a contract number for a code', () => {
    expect(words('Transaction accepted 03/04/2026 for S1234.')).toEqual(['Transaction accepted']);
  });
});

describe('ambiguous-date (SOP K.1.a: every reviewer must understand the note)', () => {
  const dates = (text: string) => findingsOf('ambiguous-date', text).map((f) => text.slice(f.start, f.end));

  it('notes numeric dates that read two ways (info, no fix)', () => {
    const [finding] = findingsOf('ambiguous-date', 'Called 3/4.');
    expect(finding).toMatchObject({ severity: 'info' });
    expect(finding?.fix).toBeUndefined();
    expect(dates('Called 3/4, 03/04/26, 03-04-2026 and 03.04.2026.')).toEqual(['3/4', '03/04/26', '03-04-2026', '03.04.2026']);
  });

  it('accepts MM/DD/YYYY as CTM writes it, ISO dates, month names and dates that read one way', () => {
    expect(dates('03/04/2026, 2026-03-04, March 4, 3/14/26, 13/03/2026, 4/4/26')).toEqual([]);
  });

  it('finds dates at the start and end of the text and beside line breaks and emoji', () => {
    expect(dates('3/4\r\n👍5/6')).toEqual(['3/4', '5/6']);
  });
});
