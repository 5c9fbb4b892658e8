// SOP K.1.c: "Minimize use of word abbreviations"; K.1.a: every reviewer must understand the note.
import { describe, expect, it } from 'vitest';
import { findingsOf, fixed } from './helpers';

const abbreviations = (text: string) => findingsOf('abbreviation', text);
const terms = (text: string) => abbreviations(text).map((f) => f.data?.term);

describe('abbreviation (SOP K.1.c)', () => {
  it('flags casework shorthand as a warning and carries the term as written', () => {
    const [finding] = abbreviations('Called bene re: claim');
    expect(finding).toMatchObject({ severity: 'warning', data: { term: 'bene' } });
    expect(finding?.message).toContain('beneficiary');
    expect(terms('Called bene re: claim')).toEqual(['bene', 're:']);
  });

  it.each([
    ['mbr', 'member'],
    ['pt', 'patient'],
    ['pharm', 'pharmacy'],
    ['enrl', 'enrollment'],
    ['disenrl', 'disenrollment'],
    ['w/o', 'without'],
    ['b/c', 'because'],
    ['f/u', 'follow up'],
    ['attmpt', 'attempt'],
    ['appt', 'appointment'],
    ['auth', 'authorization'],
    ['VM', 'voicemail'],
    ['CB', 'callback'],
  ])('expands %s to %s with its fix', (term, expansion) => {
    const text = `Noted ${term} today`;
    const [finding] = abbreviations(text);
    expect(finding?.data?.term).toBe(term);
    expect(fixed(text, finding)).toBe(`Noted ${expansion} today`);
  });

  it('expands w/ even when it runs into the next word, with a space', () => {
    const text = 'spoke w/bene';
    expect(terms(text)).toEqual(['w/']);
    expect(fixed(text, abbreviations(text)[0])).toBe('spoke with bene');
    expect(terms('spoke with bene')).toEqual(['bene']);
  });

  it('keeps the capital of a capitalised term and the sentence start', () => {
    expect(fixed('Bene called.', abbreviations('Bene called.')[0])).toBe('Beneficiary called.');
    expect(fixed('Done. LVM for mbr', abbreviations('Done. LVM for mbr')[0])).toBe('Done. Left voicemail for mbr');
    expect(fixed('3/4/2026 LVM', abbreviations('3/4/2026 LVM')[0])).toBe('3/4/2026 left voicemail');
    expect(fixed('Re: claim', abbreviations('Re: claim')[0])).toBe('Regarding claim');
  });

  it('writes an all-capitals note in capitals', () => {
    expect(fixed('CALLED BENE', abbreviations('CALLED BENE')[0])).toBe('CALLED BENEFICIARY');
  });

  it('does not hit inside words, contract numbers, codes or addresses', () => {
    expect(terms('beneficiary benefits Benefit attempt appointment author authority')).toEqual([]);
    expect(terms('Contract S1234, PA-123, CB-12, VM2, auth.example.org, bene@example.com')).toEqual([]);
    expect(terms('a/b/c path/pt file.pt x-bene mbr_id #auth')).toEqual([]);
    expect(terms('store: more: pre:')).toEqual([]);
  });

  it('finds shorthand inside a contact phrase, and LVM as both a contact and shorthand', () => {
    expect(terms('03/04/2026 left a VM for mbr')).toEqual(['VM', 'mbr']);
    expect(terms('03/04/2026 sent the bene letter')).toEqual(['bene']);
    expect(terms('03/04/2026 LVM')).toEqual(['LVM']);
    expect(findingsOf('contact-date-missing', 'LVM for member').map((f) => f.rule)).toEqual(['contact-date-missing']);
    expect(terms('LVM-2 code')).toEqual([]);
  });

  it('leaves alone Rx, PT (physical therapy) and lower-case lm/cb', () => {
    expect(terms('Rx filled; PT referral; lm and cb lower case')).toEqual([]);
  });

  it('finds terms at the very start and end of the text, and next to punctuation', () => {
    expect(terms('bene')).toEqual(['bene']);
    expect(terms('(bene), "mbr". pt!')).toEqual(['bene', 'mbr', 'pt']);
    expect(terms("bene's claim")).toEqual(['bene']);
  });

  it('works the same with CR LF and LF line breaks', () => {
    expect(terms('Called\r\nbene\r\nLVM')).toEqual(['bene', 'LVM']);
    expect(terms('Called\nbene\nLVM')).toEqual(['bene', 'LVM']);
    const crlf = 'x\r\nbene';
    expect(fixed(crlf, abbreviations(crlf)[0])).toBe('x\r\nBeneficiary');
  });

  it('keeps positions right after emoji and other non-ASCII text', () => {
    const text = '😀 José called: bene 👍 mbr';
    const found = abbreviations(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['bene', 'mbr']);
    expect(fixed(text, found[1])).toBe('😀 José called: bene 👍 member');
  });

  it('matches inside a text whose lower case is longer (İ)', () => {
    const text = 'İstanbul bene';
    const [finding] = abbreviations(text);
    expect(text.slice(finding?.start, finding?.end)).toBe('bene');
  });
});
