/**
 * The PHI guard and the beneficiary's own values read from the CTM page (name, MBI, HICN, date of
 * birth, phone, address, complaint summary): what the caseworker is shown for each, which other
 * people's names and the plan's own values are let through, and how much of a page value is read.
 * An RO email leaves CTM, so it must carry none of them (our privacy rule, docs/ARCHITECTURE.md
 * "Privacy (PHI)"; DOMAIN.md "beneficiary (PHI)" lists the fields).
 */
import { describe, expect, it } from 'vitest';
import { nameTokens, scanForPhi, type KnownPhi, type PhiScanContext } from '../../../lib/email/phi-guard';

/** [kind, flagged text, what the caseworker reads] for each hit, in order. */
const hitsOf = (text: string, known: KnownPhi = {}, context: PhiScanContext = {}) =>
  scanForPhi(text, known, context).map((h) => [h.kind, text.slice(h.start, h.end), h.what]);

const NAME = "the beneficiary's name";
const SSN = 'a Social Security number';

describe('what the caseworker reads for each of the beneficiary’s own values', () => {
  it('names the field each hit comes from, never the value', () => {
    const known: KnownPhi = {
      name: 'Jane Sample',
      mbi: '1EG4-TE5-MK73',
      hicn: '987-65-4321A',
      dateOfBirth: '01/02/1950',
      phone: '(410) 555-0142',
      address: '12 Oak Street, Springfield',
      summary: 'Beneficiary states she was charged the full price for her insulin at the pharmacy.',
    };
    const text =
      'Jane Sample, 1eg4te5mk73, 987654321a, 987 65 4321, on 1950-01-02, 410.555.0142, 12 oak street; ' +
      'she was charged the full price for her insulin';
    expect(hitsOf(text, known)).toEqual([
      ['name', 'Jane Sample', NAME],
      ['mbi', '1eg4te5mk73', "the beneficiary's MBI"],
      ['hicn', '987654321a', "the beneficiary's HICN"],
      ['hicn', '987 65 4321', "the number of the beneficiary's HICN"],
      ['date-of-birth', '1950-01-02', "the beneficiary's date of birth"],
      ['phone', '410.555.0142', "the beneficiary's phone number"],
      ['address', '12 oak street', "the beneficiary's address"],
      ['summary', 'she was charged the full price for her insulin', '8 or more words in a row from the complaint summary'],
    ]);
  });
  it('flags the address when no summary was read, and the summary when no address was read', () => {
    expect(hitsOf('She lives at 12 Oak Street.', { address: '12 Oak Street' })).toEqual([['address', '12 Oak Street', "the beneficiary's address"]]);
    expect(hitsOf('She was charged the full price for her insulin.', { summary: 'she was charged the full price for her insulin' })).toEqual([
      ['summary', 'She was charged the full price for her insulin', '8 or more words in a row from the complaint summary'],
    ]);
  });
});

describe('the beneficiary’s MBI and HICN as read from the page', () => {
  it('looks for a value of 6 to 16 characters (an MBI has 11, a HICN 10–11), not a shorter or longer one', () => {
    expect(hitsOf('ref 12345A', { hicn: '12345A' })).toEqual([['hicn', '12345A', "the beneficiary's HICN"]]);
    expect(hitsOf('ref 1234A', { hicn: '1234A' })).toEqual([]);
    expect(hitsOf('ref 1EG4TE5MK73ACDEF', { mbi: '1EG4TE5MK73ACDEF' })).toEqual([['mbi', '1EG4TE5MK73ACDEF', "the beneficiary's MBI"]]);
    expect(hitsOf('ref 1EG4TE5MK73ACDEFG', { mbi: '1EG4TE5MK73ACDEFG' })).toEqual([]);
  });
  it('takes the 9 digits alone as the beneficiary’s only for the HICN field, not for a 9-digit number in the MBI field', () => {
    expect(hitsOf('SSN 123-45-6789', { mbi: '123456789A' })).toEqual([['ssn', '123-45-6789', SSN]]);
    expect(hitsOf('SSN 123-45-6789', { hicn: '123456789A' })).toEqual([['hicn', '123-45-6789', "the number of the beneficiary's HICN"]]);
  });
});

describe('the beneficiary’s date of birth and phone as read from the page', () => {
  it('reads the date of birth from the first 100 characters of the page value', () => {
    expect(hitsOf('Called on 01/02/1950', { dateOfBirth: `${'-'.repeat(120)} 01/02/1950` })).toEqual([]);
  });
  it('reads a phone number written with the country code 1 as the 10-digit number', () => {
    expect(hitsOf('Call 410-555-0142', { phone: '1-410-555-0142' })).toEqual([['phone', '410-555-0142', "the beneficiary's phone number"]]);
  });
  it('keeps every digit of a number that is not 1 and ten digits (another country code, an extension)', () => {
    expect(hitsOf('Call +91 410 555 0142', { phone: '+91 410 555 0142' })).toEqual([['phone', '91 410 555 0142', "the beneficiary's phone number"]]);
    expect(hitsOf('Call 1-410-555-0142-22', { phone: '1-410-555-0142-22' })).toEqual([['phone', '1-410-555-0142-22', "the beneficiary's phone number"]]);
  });
  it('looks for a phone number of 7 digits (no area code) but not 6', () => {
    expect(hitsOf('Call 555-0142', { phone: '555-0142' })).toEqual([['phone', '555-0142', "the beneficiary's phone number"]]);
    expect(hitsOf('Call 55-0142', { phone: '55-0142' })).toEqual([]);
  });
  it('reads the phone number from the first 100 characters of the page value', () => {
    expect(hitsOf('Call 410-555-0142', { phone: `410-555-0142${' '.repeat(100)}99` })).toEqual([['phone', '410-555-0142', "the beneficiary's phone number"]]);
  });
  it('compares only the first 20,000 characters of the complaint summary (the scan stays bounded)', () => {
    const summary = `${'word '.repeat(4000)}she was charged the full price for her insulin`;
    expect(hitsOf('She was charged the full price for her insulin.', { summary })).toEqual([]);
  });
});

describe('the beneficiary’s name', () => {
  it('keeps name parts of 2 letters, and trims apostrophes and hyphens at their ends', () => {
    expect(nameTokens('Amy Ng')).toEqual(['Amy', 'Ng']);
    expect(nameTokens("Jane --Sample-- 'Doe'")).toEqual(['Jane', 'Sample', 'Doe']);
  });
  it('counts a letter outside the basic plane before the name as part of another word, and an emoji or object mark as no letter', () => {
    const known = { name: 'Jane Sample' };
    expect(hitsOf('\u{203FF}Sample called', known)).toEqual([]);
    expect(hitsOf('Re \u{10000}Sample called', known)).toEqual([]);
    expect(hitsOf('Re \u{203FF}Sample called', known)).toEqual([]);
    expect(hitsOf('Thanks 😀Sample', known)).toEqual([['name', 'Sample', NAME]]);
    expect(hitsOf('Photo\uFFFCSample', known)).toEqual([['name', 'Sample', NAME]]);
  });
  it('flags a name whose parts overlap ("Lee-Ann Lee") as one hit', () => {
    expect(hitsOf('Lee-Ann Lee called', { name: 'Lee-Ann Lee' })).toEqual([['name', 'Lee-Ann Lee', NAME]]);
  });
  it('flags each separate mention of the name', () => {
    expect(hitsOf('Sample called. Later Jane wrote', { name: 'Jane Sample' })).toEqual([
      ['name', 'Sample', NAME],
      ['name', 'Jane', NAME],
    ]);
  });
  it('looks for the parts in the first 200 characters of the name as read from the page (no name is longer)', () => {
    expect(hitsOf('Dear Sample', { name: `${'Q'.repeat(150)} Sample` })).toEqual([['name', 'Sample', NAME]]);
    expect(hitsOf('Dear Sample', { name: `${'Q'.repeat(200)} Sample` })).toEqual([]);
    expect(hitsOf('Dear Sample', { name: `${'\u200B'.repeat(400)}Sample` })).toEqual([]);
  });
});

describe('other people’s names (caseworkers, the plan) are not the beneficiary’s', () => {
  it('lets through a caseworker who shares the beneficiary’s first name', () => {
    expect(hitsOf('Thank you,\nJordan Lee', { name: 'Jordan Sample' }, { otherNames: ['Jordan Lee'] })).toEqual([]);
  });
  it('still flags the beneficiary’s full name that runs past a caseworker’s first name', () => {
    expect(hitsOf('Spoke with Chris Lee', { name: 'Chris Lee' }, { otherNames: ['Chris'] })).toEqual([['name', 'Chris Lee', NAME]]);
  });
  it('reads other names with spaces around them, and names of 2 letters', () => {
    expect(hitsOf('Thank you,\nJordan Lee', { name: 'Chris Lee' }, { otherNames: ['  Jordan Lee  '] })).toEqual([]);
    expect(hitsOf('Thanks, Bo', { name: 'Bo Sample' }, { otherNames: ['Bo'] })).toEqual([]);
  });
  it('is not changed by an empty or 1-letter other name', () => {
    expect(hitsOf('Jane Sample, x', { name: 'Jane Sample' }, { otherNames: ['', ' ', 'x'] })).toEqual([['name', 'Jane Sample', NAME]]);
  });
  it('sets apart the first 20 other names only', () => {
    const others = Array.from({ length: 20 }, (_, i) => `Worker ${String.fromCharCode(65 + i)}x`);
    expect(hitsOf('Thank you,\nJordan Lee', { name: 'Chris Lee' }, { otherNames: [...others.slice(1), 'Jordan Lee'] })).toEqual([]);
    expect(hitsOf('Thank you,\nJordan Lee', { name: 'Chris Lee' }, { otherNames: [...others, 'Jordan Lee'] })).toEqual([['name', 'Lee', NAME]]);
  });
});

describe('values typed as the plan’s own (the user’s work phone) where no beneficiary is known', () => {
  const unknown = (allowed: string[]) => ({ beneficiaryUnknown: true, today: '2026-12-05', allowed });
  it('lets the value through wherever it stands, with spaces around it in the settings', () => {
    expect(hitsOf('410-555-0100 is our line', {}, unknown([' 410-555-0100 ']))).toEqual([]);
  });
  it('still flags another number, and is not changed by an empty value', () => {
    expect(hitsOf('Her number 410-555-0199.', {}, unknown(['Help desk line 410-555-0100', '', '  ']))).toEqual([
      ['phone', '410-555-0199', 'a phone number'],
    ]);
  });
  it('matches a long value on its first 200 characters', () => {
    const value = `Help desk 410-555-0100, ${'ext 4 '.repeat(40)}`;
    const text = `${value.slice(0, 200)}. Thanks`;
    expect(hitsOf(text, {}, unknown([]))).toEqual([['phone', '410-555-0100', 'a phone number']]);
    expect(hitsOf(text, {}, unknown([value]))).toEqual([]);
  });
});

describe('dates long past where no beneficiary is known (the popup; our privacy rule, PRIVACY.md)', () => {
  const LONG_PAST = 'a date long past (shaped like a date of birth)';
  const unknownOn = (today: string) => ({ beneficiaryUnknown: true, today });
  it('flags a date 10 or more years before today, not a later one', () => {
    expect(hitsOf('Seen 1/5/2016 and 1/5/2017', {}, unknownOn('2026-12-05'))).toEqual([['date-of-birth', '1/5/2016', LONG_PAST]]);
  });
  it('reads a two-digit year as the latest such year not after this year', () => {
    expect(hitsOf('Seen 3/4/48, 3/4/15, 3/4/20 and 11/2/26', {}, unknownOn('2026-12-05'))).toEqual([
      ['date-of-birth', '3/4/48', LONG_PAST],
      ['date-of-birth', '3/4/15', LONG_PAST],
    ]);
    expect(hitsOf('Seen 3/4/98 and 3/4/94', {}, unknownOn('2005-06-01'))).toEqual([['date-of-birth', '3/4/94', LONG_PAST]]);
  });
});
