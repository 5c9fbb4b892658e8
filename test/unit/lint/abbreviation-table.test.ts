/**
 * The table of casework shorthand (SOP K.1.c: "Minimize use of word abbreviations"; K.1.a: every
 * reviewer must understand the note): what each term expands to, in which case it counts, and
 * where a term ends.
 *
 * The module is imported afresh inside each test (not at the top of the file), so that its table
 * and pattern, which are built at import, are built under the test that checks them. Only this
 * module is loaded afresh; the note scan that uses the pattern has tests of its own.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshTable() {
  vi.resetModules();
  return import('../../../lib/lint/abbreviations');
}

/** Every term, its expansion and when it counts (any case, only in capitals, not in capitals). */
const TABLE: readonly (readonly [string, string, string])[] = [
  ['bene', 'beneficiary', 'any'],
  ['benes', 'beneficiaries', 'any'],
  ['benef', 'beneficiary', 'any'],
  ['mbr', 'member', 'any'],
  ['mbrs', 'members', 'any'],
  ['pt', 'patient', 'not-upper'],
  ['pts', 'patients', 'not-upper'],
  ['pharm', 'pharmacy', 'any'],
  ['enrl', 'enrollment', 'any'],
  ['enrld', 'enrolled', 'any'],
  ['disenrl', 'disenrollment', 'any'],
  ['disenrld', 'disenrolled', 'any'],
  ['w/', 'with', 'any'],
  ['w/o', 'without', 'any'],
  ['w/in', 'within', 'any'],
  ['b/c', 'because', 'any'],
  ['re:', 'regarding', 'any'],
  ['f/u', 'follow up', 'any'],
  ['lvm', 'left voicemail', 'any'],
  ['lm', 'left message', 'upper'],
  ['lmtcb', 'left message to call back', 'any'],
  ['lmom', 'left message on machine', 'any'],
  ['vm', 'voicemail', 'any'],
  ['cb', 'callback', 'upper'],
  ['attmpt', 'attempt', 'any'],
  ['attmpts', 'attempts', 'any'],
  ['appt', 'appointment', 'any'],
  ['appts', 'appointments', 'any'],
  ['auth', 'authorization', 'any'],
  ['auths', 'authorizations', 'any'],
  ['msg', 'message', 'any'],
  ['msgs', 'messages', 'any'],
  ['rcvd', 'received', 'any'],
  ['recd', 'received', 'any'],
  ["rec'd", 'received', 'any'],
  ['approx', 'approximately', 'any'],
  ['dept', 'department', 'any'],
  ['ltr', 'letter', 'any'],
  ['ltrs', 'letters', 'any'],
  ['acct', 'account', 'any'],
  ['addl', 'additional', 'any'],
  ['thru', 'through', 'any'],
  ['pls', 'please', 'any'],
  ['cust', 'customer', 'any'],
  ['svc', 'service', 'any'],
  ['eff', 'effective', 'any'],
  ['amt', 'amount', 'any'],
  ['pmt', 'payment', 'any'],
  ['pymt', 'payment', 'any'],
  ['prem', 'premium', 'any'],
  ['elig', 'eligibility', 'any'],
  ['meds', 'medications', 'any'],
  ['yr', 'year', 'any'],
  ['yrs', 'years', 'any'],
  ['wk', 'week', 'any'],
  ['wks', 'weeks', 'any'],
  ['b4', 'before', 'any'],
  ['tmrw', 'tomorrow', 'any'],
  ['govt', 'government', 'any'],
];

/** The terms the pattern finds in a lower-cased note, as the note scan runs it (after a word boundary). */
async function termsFound(lowerText: string): Promise<string[]> {
  const { ABBREVIATION_PATTERN } = await freshTable();
  return [...lowerText.matchAll(new RegExp(String.raw`\b(?:${ABBREVIATION_PATTERN})`, 'g'))].map((m) => m[0]);
}

describe('the shorthand table (SOP K.1.c)', () => {
  it('holds exactly these 59 terms, each with its expansion and case rule', async () => {
    const { ABBREVIATIONS } = await freshTable();
    const rows = [...ABBREVIATIONS].map(([term, { expansion, caps }]) => [term, expansion, caps]);
    expect(rows).toHaveLength(59);
    expect(rows).toEqual(TABLE);
  });

  it.each(TABLE.map(([term]) => [term]))('finds %s standing alone in a note', async (term) => {
    expect(await termsFound(`noted ${term} today`)).toEqual([term]);
  });

  it('finds the longer spelling where one term holds another (w/o, benes, lmtcb)', async () => {
    expect(await termsFound('w/o benes benef lmtcb lmom disenrld attmpts')).toEqual(['w/o', 'benes', 'benef', 'lmtcb', 'lmom', 'disenrld', 'attmpts']);
  });
});

describe('where a term ends (SOP K.1.a: no flag inside a word, code or address)', () => {
  it('skips a term followed by more of a word: letters, digits, _, @ or accented letters', async () => {
    expect(await termsFound('benefit mbrship pt2 b4x bene_id bene@example.org beneà beneɏ')).toEqual([]);
  });

  it('still finds a term followed by a character past the accented letters (ɐ)', async () => {
    expect(await termsFound('beneɐ')).toEqual(['bene']);
  });

  it('skips a term joined by - / . or : to more of a code, but not to a space or the end', async () => {
    expect(await termsFound('cb-12 mbr/x auth.example pt:1')).toEqual([]);
    expect(await termsFound('mbr- then, mbr/ then, mbr. then, mbr: then mbr.')).toEqual(['mbr', 'mbr', 'mbr', 'mbr', 'mbr']);
  });

  it('lets w/ and re: run into the next word, but not into another / or :', async () => {
    expect(await termsFound('spoke w/bene re:claim')).toEqual(['w/', 'bene', 're:']);
    expect(await termsFound('w// re:/ w/: re::')).toEqual([]);
  });
});

describe('termEndsCleanly: whether a contact shorthand (LVM, LMTCB…) stands alone', () => {
  it.each([
    ['LVM', true],
    ['LVM called', true],
    ['LVM, then', true],
    ['LVMa', false],
    ['LVMz', false],
    ['LVMA', false],
    ['LVMZ', false],
    ['LVM0', false],
    ['LVM9', false],
    ['LVMÀ', false],
    ['LVMɏ', false],
    ['LVM_', false],
    ['LVM@example.org', false],
    ['LVM:', true],
    ['LVM[', true],
    ['LVM{', true],
    ['LVM×', true],
    ['LVM÷', true],
    ['LVM\u2014then', true],
  ])('after %j: %s', async (text, clean) => {
    const { termEndsCleanly } = await freshTable();
    expect(termEndsCleanly(text, 3)).toBe(clean);
  });

  it.each([
    ['LVM-2', false],
    ['LVM/x', false],
    ['LVM.x', false],
    ['LVM:x', false],
    ['LVM- then', true],
    ['LVM/ then', true],
    ['LVM. Then', true],
    ['LVM: then', true],
    ['LVM.', true],
  ])('after a joiner, %j: %s (only more of a code blocks it)', async (text, clean) => {
    const { termEndsCleanly } = await freshTable();
    expect(termEndsCleanly(text, 3)).toBe(clean);
  });
});
