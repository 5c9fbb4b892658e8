// SOP K.1.c: "Minimize use of word abbreviations"; K.1.a: every reviewer must understand the note.
// What the caseworker sees for each piece of shorthand: where, the message, and the fix's label and text.
import { describe, expect, it } from 'vitest';
import { ruleProvenance } from '../../../lib/lint/provenance';
import { abbreviation } from '../../../lib/lint/rules/abbreviation';

const findings = (text: string) => abbreviation(text, {});
/** The replacement the fix writes for each finding. */
const replacements = (text: string) => findings(text).map((f) => f.fix?.edits[0]?.replacement);

describe('abbreviation findings (SOP K.1.c)', () => {
  it('gives the place, the warning, the message and the fix that writes the expansion', () => {
    expect(findings('Spoke to bene today')).toEqual([
      {
        rule: 'abbreviation',
        severity: 'warning',
        message: '"bene" is shorthand: write "beneficiary" (SOP K.1.c: minimize word abbreviations).',
        start: 9,
        end: 13,
        fix: { label: 'Write "beneficiary"', edits: [{ start: 9, end: 13, replacement: 'beneficiary' }] },
        data: { term: 'bene' },
      },
    ]);
    expect(ruleProvenance('abbreviation')).toEqual({ kind: 'sop', item: 'K.1.c' });
  });

  it('w/ and re: run into the next word: the fix adds a space, the message and label do not show it', () => {
    expect(findings('Spoke w/mbr')).toEqual([
      {
        rule: 'abbreviation',
        severity: 'warning',
        message: '"w/" is shorthand: write "with" (SOP K.1.c: minimize word abbreviations).',
        start: 6,
        end: 8,
        fix: { label: 'Write "with"', edits: [{ start: 6, end: 8, replacement: 'with ' }] },
        data: { term: 'w/' },
      },
    ]);
    expect(findings('Called re:claim').map((f) => [f.message, f.fix?.label, f.fix?.edits[0]?.replacement])).toEqual([
      ['"re:" is shorthand: write "regarding" (SOP K.1.c: minimize word abbreviations).', 'Write "regarding"', 'regarding '],
    ]);
  });
});

describe('not flagged after a character that makes it part of a word, path, code or address', () => {
  it.each([
    ['a slash', 'see x/mbr'],
    ['a backslash', 'see x\\mbr'],
    ['a dot', 'see x.mbr'],
    ['an @', 'see x@mbr'],
    ['a #', 'see x#mbr'],
    ['an &', 'see x&mbr'],
    ['a hyphen', 'see x-mbr'],
    ["an apostrophe (')", "see x'mbr"],
    ['a curly apostrophe (’)', 'see x’mbr'],
    ['an accented letter', 'see émbr'],
  ])('after %s', (_what, text) => {
    expect(findings(text)).toEqual([]);
  });

  it('but after a space, a bracket or a quote it is flagged', () => {
    expect(findings('see (mbr) "mbr" mbr').map((f) => f.start)).toEqual([5, 11, 16]);
  });
});

describe('the expansion keeps the case the caseworker wrote', () => {
  it('capitalises at the start of the note, also after leading spaces', () => {
    expect(replacements('bene called')).toEqual(['Beneficiary']);
    expect(replacements('   mbr called')).toEqual(['Member']);
  });

  it.each([
    ['a period and a space', 'Done. bene called'],
    ['a period and a tab', 'Done.\tbene called'],
    ['a period and a no-break space', 'Done.\u00a0bene called'],
    ['an exclamation mark', 'Done! bene called'],
    ['a question mark', 'Done? bene called'],
    ['a line feed', 'Done\nbene called'],
    ['a carriage return', 'Done\rbene called'],
  ])('capitalises at a sentence start after %s', (_what, text) => {
    expect(replacements(text)).toEqual(['Beneficiary']);
  });

  it('keeps lower case inside a sentence, also after a comma or several spaces', () => {
    expect(replacements('Called, bene said')).toEqual(['beneficiary']);
    expect(replacements('Called   bene twice')).toEqual(['beneficiary']);
  });

  it('capitalises a term written with a capital, and not one with a capital only after its first letter', () => {
    expect(replacements('Called Mbr today')).toEqual(['Member']);
    expect(replacements('Called mBR today')).toEqual(['member']);
  });

  it('writes a term in capitals in capitals', () => {
    expect(replacements('CALLED MBR TODAY')).toEqual(['MEMBER']);
  });

  it('reads one capital letter (W/, B4) as a capital, not as a note in capitals', () => {
    expect(replacements('W/ mbr on the line')).toEqual(['With', 'member']);
    expect(replacements('B4 the call')).toEqual(['Before']);
    expect(replacements('Called B4 noon')).toEqual(['Before']);
  });

  it('reads LVM, LMTCB, LMOM, VM, LM and CB in capitals as their own spelling, not as shouting', () => {
    expect(replacements('Called, LVM')).toEqual(['left voicemail']);
    expect(replacements('Called, LMTCB')).toEqual(['left message to call back']);
    expect(replacements('Called, LMOM')).toEqual(['left message on machine']);
    expect(replacements('Called, VM full')).toEqual(['voicemail']);
    expect(replacements('Called, LM')).toEqual(['left message']);
    expect(replacements('Called, CB due')).toEqual(['callback']);
    expect(replacements('Called, Lvm')).toEqual(['left voicemail']);
  });

  it('flags LM and CB only in capitals, and PT only when not in capitals (physical therapy)', () => {
    expect(findings('lm and cb; PT referral')).toEqual([]);
    expect(replacements('Pt called')).toEqual(['Patient']);
  });
});
