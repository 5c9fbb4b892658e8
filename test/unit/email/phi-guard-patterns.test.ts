/**
 * The PHI guard's fixed patterns and tables: the shapes of an MBI, HICN, Railroad Retirement number,
 * SSN and phone number, the complaint-ID label that clears an SSN-shaped number, the honorifics a
 * name drops, what counts as a letter next to a name, what each hit says and the Redact markers.
 * An RO email leaves CTM, so it carries complaint IDs, plan and caseworker names only (our privacy
 * rule, docs/ARCHITECTURE.md "Privacy (PHI)"; DOMAIN.md "Identifiers" for the MBI format).
 *
 * The module is imported afresh inside each test (not at the top of the file), so that its patterns
 * and tables, which are built at import, are built under the test that checks them.
 */
import { describe, expect, it, vi } from 'vitest';
import type { KnownPhi, PhiScanContext } from '../../../lib/email/phi-guard';

async function freshGuard() {
  vi.resetModules();
  return import('../../../lib/email/phi-guard');
}

/** [kind, flagged text, what the caseworker reads] for each hit, in order. */
async function hitsOf(text: string, known: KnownPhi = {}, context: PhiScanContext = {}) {
  const { scanForPhi } = await freshGuard();
  return scanForPhi(text, known, context).map((h) => [h.kind, text.slice(h.start, h.end), h.what]);
}

const MBI = 'an MBI (Medicare Beneficiary Identifier)';
const HICN = 'a HICN (Medicare claim number)';
const RRB = 'a Railroad Retirement claim number';
const SSN = 'a Social Security number';
const PHONE = 'a phone number';

describe('an MBI by the CMS format (DOMAIN.md "Identifiers")', () => {
  it('flags the CMS sample MBI, letters at positions 3 and 6 included, in any case and with or without dashes', async () => {
    expect(await hitsOf('Member 1EG4-TE5-MK73 called.')).toEqual([['mbi', '1EG4-TE5-MK73', MBI]]);
    expect(await hitsOf('Member 1eg4te5mk73 called.')).toEqual([['mbi', '1eg4te5mk73', MBI]]);
  });
  it('does not flag an MBI-shaped code run into other letters or digits (part of a longer code)', async () => {
    expect(await hitsOf('Ref X1EG4TE5MK73 and 1EG4TE5MK73X')).toEqual([]);
  });
});

describe('a HICN and a Railroad Retirement number', () => {
  it('flags a HICN in any case, and not one run into a longer code', async () => {
    expect(await hitsOf('HICN 123-45-6789a.')).toEqual([['hicn', '123-45-6789a', HICN]]);
    expect(await hitsOf('Ref Q123456789AB and 123456789ABC')).toEqual([]);
  });
  it('flags a Railroad Retirement number, and not one run into a longer code', async () => {
    expect(await hitsOf('RRB MA123456 on file')).toEqual([['hicn', 'MA123456', RRB]]);
    expect(await hitsOf('Ref 9MA123456 and MA1234567')).toEqual([]);
  });
});

describe('an SSN', () => {
  it.each([['123-45-6789'], ['123 45 6789'], ['123456789']])('flags %s and exactly that', async (ssn) => {
    expect(await hitsOf(`SSN ${ssn}.`)).toEqual([['ssn', ssn, SSN]]);
    expect(await hitsOf(`SSN ${ssn}`)).toEqual([['ssn', ssn, SSN]]);
  });
  it('does not take a number run into letters, digits or a dash, or followed by a dash and a digit, for an SSN', async () => {
    expect(await hitsOf('ref A123-45-6789, 123-45-67890, 1234-45-6789, -123-45-6789, 123-45-6789-2')).toEqual([]);
  });
});

describe('a complaint ID is not an SSN (the RO email names the complaint: SOP F.4.a "the CTM complaint ID")', () => {
  it.each([
    'Complaint ID 123456789',
    'Complaint ID: 123456789',
    'Complaint ID : 123456789',
    'Complaint ID:123456789',
    'Complaint: 123456789',
    'Complaint#123456789',
    'complaint #123456789',
    'Complaint number 123456789',
    'Complaint numbers 111111111 and 123456789',
    'Complaint no. 123456789',
    'Complaint No 123456789',
    'Complaint IDs 111111111 and 123456789',
    'Complaint ID(s): 111111111, 123456789',
    'Complaint IDs: 111111111,123456789',
    'Complaint IDs: #111111111; #123456789',
  ])('clears the number in %j', async (text) => {
    expect(await hitsOf(text)).toEqual([]);
  });
  it('flags a number whose line mentions a complaint without labelling the number', async () => {
    expect(await hitsOf('Complaint resolved; SSN 123-45-6789')).toEqual([['ssn', '123-45-6789', SSN]]);
  });
  it('does not let a label on an earlier line clear a number on the next line', async () => {
    expect(await hitsOf('Complaint ID:\n123456789')).toEqual([['ssn', '123456789', SSN]]);
  });
  it('clears the draft’s own complaint IDs as given, surrounding spaces ignored', async () => {
    expect(await hitsOf('Regarding 123456789.', {}, { complaintIds: [' 123456789 '] })).toEqual([]);
  });
});

describe('any phone number where no beneficiary is known (the popup; our privacy rule, PRIVACY.md)', () => {
  const unknown = { beneficiaryUnknown: true, today: '2026-12-05' };
  it.each([
    ['410-555-0100'],
    ['410.555.0100'],
    ['410 555 0100'],
    ['(410) 555-0100'],
    ['(410)555-0100'],
    ['(410) 555 0100'],
    ['+1 410 555 0100'],
    ['1-410-555-0100'],
    ['+1(410) 555-0100'],
  ])('flags %s, country code included', async (phone) => {
    expect(await hitsOf(`Her number is ${phone}.`, {}, unknown)).toEqual([['phone', phone, PHONE]]);
    expect(await hitsOf(`Her number is ${phone}`, {}, unknown)).toEqual([['phone', phone, PHONE]]);
  });
  it('does not take a number run into letters or digits, or followed by a dash and a digit, for a phone number', async () => {
    expect(await hitsOf('Ref X410-555-0100, -410-555-0100, 410-555-0100A, 410-555-0100-2', {}, unknown)).toEqual([]);
  });
});

describe('the beneficiary’s name', () => {
  it('drops honorifics and suffixes from the name read from the page', async () => {
    const { nameTokens } = await freshGuard();
    expect(nameTokens('Mr Mrs Ms Miss Dr Jane Sample Jr Sr II III IV')).toEqual(['Jane', 'Sample']);
  });
  it('flags a name only as a whole word: a letter or digit next to it makes it part of another word', async () => {
    const known = { name: 'Jane Sample' };
    expect(await hitsOf('Mr. Sample called', known)).toEqual([['name', 'Sample', "the beneficiary's name"]]);
    expect(await hitsOf('Samples, Sample2, 2Sample, XSample and Sampleé called', known)).toEqual([]);
  });
});

describe('Redact', () => {
  it('puts a marker naming the kind of each hit in its place', async () => {
    const { redactPhi } = await freshGuard();
    const markers = (
      [
        ['name', '[REDACTED NAME]'],
        ['hicn', '[REDACTED HICN]'],
        ['mbi', '[REDACTED MBI]'],
        ['ssn', '[REDACTED SSN]'],
        ['date-of-birth', '[REDACTED DATE OF BIRTH]'],
        ['phone', '[REDACTED PHONE]'],
        ['address', '[REDACTED ADDRESS]'],
        ['summary', '[REDACTED SUMMARY TEXT]'],
      ] as const
    ).map(([kind, marker]) => [redactPhi('a XX b', [{ kind, start: 2, end: 4, what: '' }]), marker]);
    expect(markers).toHaveLength(8);
    for (const [redacted, marker] of markers) expect(redacted).toBe(`a ${marker} b`);
  });
});
