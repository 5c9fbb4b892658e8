/**
 * The order of the findings list (most severe first, then by position) and the warning on a fix
 * that would put the note over SOP K.1's 4,000 characters as submitted.
 *
 * lintNote is imported afresh inside each test (not at the top of the file): other test files
 * lint while they are collected, and the rules keep the last note they scanned, so the order and
 * the labels must be computed under the test that states them.
 */
import { describe, expect, it, vi } from 'vitest';
import type { LintContext } from '../../../lib/lint/types';

async function freshLint() {
  vi.resetModules();
  return (await import('../../../lib/lint/lint-note')).lintNote;
}

const brief = async (text: string, context: LintContext = {}) =>
  (await freshLint())(text, context).map((f) => [f.rule, f.severity, f.start, f.end, f.message]);

describe('lintNote: the order of the findings', async () => {
  it('SOP E note, K.1.b, K.1.c, K.2: warnings before infos, each by position, whatever order the rules run in', async () => {
    expect(await brief('Called member, updated the system. bene', { scenario: 'E' })).toEqual([
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

  it('SOP D.1.a: an error at the very start comes before warnings that start earlier in rule order', async () => {
    expect((await brief('bene w/ member', { scenario: 'D', requiredPhrases: ['CTM Case Not Part D'] })).map((f) => f.slice(0, 4))).toEqual([
      ['required-phrase', 'error', 0, 0],
      ['abbreviation', 'warning', 0, 4],
      ['abbreviation', 'warning', 5, 7],
    ]);
  });
});

describe('lintNote: a fix that would put the note over 4,000 as submitted (SOP K.1)', async () => {
  const abbreviationFix = async (text: string) => (await freshLint())(text).find((f) => f.rule === 'abbreviation')?.fix;

  it('a fix that brings the note to exactly 4,000 is not flagged', async () => {
    // 3,993 characters; "beneficiary" adds 7.
    expect(await abbreviationFix(`${'x'.repeat(3988)} bene`)).toEqual({
      label: 'Write "beneficiary"',
      edits: [{ start: 3989, end: 3993, replacement: 'beneficiary' }],
    });
  });

  it('one character more and the label says so, with the amount over', async () => {
    expect(await abbreviationFix(`${'x'.repeat(3989)} bene`)).toEqual({
      label: 'Write "beneficiary" (puts the note over 4,000 as submitted)',
      edits: [{ start: 3990, end: 3994, replacement: 'beneficiary' }],
      overLimitBy: 1,
    });
  });

  it('a fix that does not lengthen an already over-long note is not flagged as putting it over', async () => {
    const text = `${'x'.repeat(4010)} “y”`;
    const lintNote = await freshLint();
    const fix = lintNote(text).find((f) => f.rule === 'pasted-characters')?.fix;
    expect(fix).toEqual({
      label: 'Replace all 2 with plain characters',
      edits: [
        { start: 4011, end: 4012, replacement: '"' },
        { start: 4013, end: 4014, replacement: '"' },
      ],
    });
  });

  it('flags each growing fix of the same note, not only the first', async () => {
    const text = `${'x'.repeat(3992)} bene w/`; // exactly 4,000
    const lintNote = await freshLint();
    const labels = lintNote(text)
      .filter((f) => f.rule === 'abbreviation')
      .map((f) => [f.fix?.label, f.fix?.overLimitBy]);
    expect(labels).toEqual([
      ['Write "beneficiary" (puts the note over 4,000 as submitted)', 7],
      ['Write "with" (puts the note over 4,000 as submitted)', 2],
    ]);
  });
});
