/**
 * The order of the findings list (most severe first, then by position) and the warning on a fix
 * that would put the note over SOP K.1's 4,000 characters as submitted.
 */
import { describe, expect, it } from 'vitest';
import { lintNote } from '../../../lib/lint/lint-note';

const brief = (text: string, context = {}) => lintNote(text, context).map((f) => [f.rule, f.severity, f.start, f.end, f.message]);

describe('lintNote: the order of the findings', () => {
  it('SOP E note, K.1.b, K.1.c, K.2: warnings before infos, each by position, whatever order the rules run in', () => {
    expect(brief('Called member, updated the system. bene', { scenario: 'E' })).toEqual([
      ['contact-date-missing', 'warning', 0, 6, '"Called": give the date of this contact, e.g. 03/04/2026 (SOP K.2).'],
      ['abbreviation', 'warning', 35, 39, '"bene" is shorthand: write "Beneficiary" (SOP K.1.c: minimize word abbreviations).'],
      ['system-named', 'info', 15, 22, '"updated": name the system, e.g. pharmacy, enrollment, claims (SOP K.1.b).'],
      ['contact-attempts', 'info', 39, 39, 'Only 1 contact attempt recorded: best practice is at least 3, each with its date and time (SOP E note).'],
      [
        'contact-attempts',
        'info',
        39,
        39,
        'No attempt in writing recorded (letter, mail, e-mail, fax): best practice makes the 4th attempt in writing (SOP E note).',
      ],
    ]);
  });

  it('SOP D.1.a: an error at the very start comes before warnings that start earlier in rule order', () => {
    expect(brief('bene w/ member', { scenario: 'D', requiredPhrases: ['CTM Case Not Part D'] }).map((f) => f.slice(0, 4))).toEqual([
      ['required-phrase', 'error', 0, 0],
      ['abbreviation', 'warning', 0, 4],
      ['abbreviation', 'warning', 5, 7],
    ]);
  });
});

describe('lintNote: a fix that would put the note over 4,000 as submitted (SOP K.1)', () => {
  const abbreviationFix = (text: string) => lintNote(text).find((f) => f.rule === 'abbreviation')?.fix;

  it('a fix that brings the note to exactly 4,000 is not flagged', () => {
    // 3,993 characters; "beneficiary" adds 7.
    expect(abbreviationFix(`${'x'.repeat(3988)} bene`)).toEqual({
      label: 'Write "beneficiary"',
      edits: [{ start: 3989, end: 3993, replacement: 'beneficiary' }],
    });
  });

  it('one character more and the label says so, with the amount over', () => {
    expect(abbreviationFix(`${'x'.repeat(3989)} bene`)).toEqual({
      label: 'Write "beneficiary" (puts the note over 4,000 as submitted)',
      edits: [{ start: 3990, end: 3994, replacement: 'beneficiary' }],
      overLimitBy: 1,
    });
  });

  it('a fix that does not lengthen an already over-long note is not flagged as putting it over', () => {
    const text = `${'x'.repeat(4010)} “y”`;
    const fix = lintNote(text).find((f) => f.rule === 'pasted-characters')?.fix;
    expect(fix).toEqual({
      label: 'Replace all 2 with plain characters',
      edits: [
        { start: 4011, end: 4012, replacement: '"' },
        { start: 4013, end: 4014, replacement: '"' },
      ],
    });
  });

  it('flags each growing fix of the same note, not only the first', () => {
    const text = `${'x'.repeat(3992)} bene w/`; // exactly 4,000
    const labels = lintNote(text)
      .filter((f) => f.rule === 'abbreviation')
      .map((f) => [f.fix?.label, f.fix?.overLimitBy]);
    expect(labels).toEqual([
      ['Write "beneficiary" (puts the note over 4,000 as submitted)', 7],
      ['Write "with" (puts the note over 4,000 as submitted)', 2],
    ]);
  });
});
