/**
 * The text the PHI guard scans, as a caseworker would notice it: an identifier or a name split by
 * invisible characters, or written in full-width forms, is read as it shows; each hit maps back to
 * exactly the characters Redact must remove, invisible ones inside it included.
 *
 * The character classes are built when lib/email/phi-normalize.ts is loaded, so each test loads it
 * afresh with vi.resetModules: a mutation test then checks them against these tests too.
 */
import { describe, expect, it, vi } from 'vitest';

async function fresh() {
  vi.resetModules();
  return import('../../../lib/email/phi-normalize');
}

describe('folding a draft for the PHI scan', () => {
  it('drops a zero-width space inside an MBI, and maps the MBI back over it', async () => {
    const { foldForScan } = await fresh();
    const scan = foldForScan('1EG4\u200BTE5MK73');
    expect(scan.text).toBe('1EG4TE5MK73');
    expect(scan.original(0, 11)).toEqual({ start: 0, end: 12 });
    expect(scan.original(4, 5)).toEqual({ start: 5, end: 6 });
    expect(scan.original(3, 5)).toEqual({ start: 3, end: 6 });
  });

  it('drops each kind of invisible character: soft hyphen, joiners, word joiner, direction mark, byte-order mark', async () => {
    const { foldForScan } = await fresh();
    const texts = ['Sam\u00ADple', 'Sam\u200Dple', 'Sam\u200Cple', 'Sam\u2060ple', 'Sam\u200Fple', '\uFEFFSample', 'Sam\u034Fple', 'Sam\u202Eple'];
    expect(texts.map((text) => foldForScan(text).text)).toEqual(texts.map(() => 'Sample'));
  });

  it('reads full-width digits and a non-breaking space as plain ones', async () => {
    const { foldForScan } = await fresh();
    const digits = foldForScan('１２３４５６７８９');
    expect(digits.text).toBe('123456789');
    expect(digits.original(0, 9)).toEqual({ start: 0, end: 9 });
    expect(foldForScan('Jane\u00A0Sample').text).toBe('Jane Sample');
  });

  it('keeps case and accents when case is not folded, with the same positions', async () => {
    const { foldForScan } = await fresh();
    const scan = foldForScan('José SAMPLE — called');
    expect(scan.text).toBe('José SAMPLE — called');
    expect(scan.original(5, 11)).toEqual({ start: 5, end: 11 });
    expect(foldForScan('Jane SAMPLE').text).toBe('Jane SAMPLE');
    expect(foldForScan('JOSÉ\u200B SAMPLE').text).toBe('JOSÉ SAMPLE');
  });

  it('folds case for name matching, reading a curly apostrophe as a straight one', async () => {
    const { foldForScan } = await fresh();
    expect(foldForScan('Jane SAMPLE', { foldCase: true }).text).toBe('jane sample');
    expect(foldForScan('José O’Brien', { foldCase: true }).text).toBe("josé o'brien");
    const split = foldForScan('O’\u200BBrien', { foldCase: true });
    expect(split.text).toBe("o'brien");
    expect(split.original(0, 7)).toEqual({ start: 0, end: 8 });
  });

  it('maps back past a capital whose lower case is longer (İ lowers to two characters)', async () => {
    const { foldForScan } = await fresh();
    const scan = foldForScan('İLKNUR Sample', { foldCase: true });
    expect(scan.text).toBe('i\u0307lknur sample');
    expect(scan.original(8, 14)).toEqual({ start: 7, end: 13 });
    expect(scan.original(0, 2)).toEqual({ start: 0, end: 1 });
  });

  it('lowers a Greek capital sigma the same whether the draft is folded whole or character by character', async () => {
    const { foldForScan } = await fresh();
    expect(foldForScan('ΠΑΠΑΔΟΠΟΥΛΟΣ', { foldCase: true }).text).toBe('παπαδοπουλοσ');
    expect(foldForScan('ΠΑΠΑΔΟΠΟΥΛΟΣ,\u00A0hi', { foldCase: true }).text).toBe('παπαδοπουλοσ, hi');
    expect(foldForScan('Παπαδόπουλος', { foldCase: true }).text).toBe('παπαδόπουλοσ');
  });

  it('maps an empty span (a caret) to the start of the character after it, or to the end of the draft', async () => {
    const { foldForScan } = await fresh();
    const scan = foldForScan('a\u200Bb');
    expect(scan.text).toBe('ab');
    expect(scan.original(0, 0)).toEqual({ start: 0, end: 0 });
    expect(scan.original(1, 1)).toEqual({ start: 2, end: 2 });
    expect(scan.original(2, 2)).toEqual({ start: 3, end: 3 });
  });
});

describe('the PHI guard on a name in Greek capitals', () => {
  it('flags it whether or not the draft holds a non-breaking space or a zero-width space', async () => {
    const { scanForPhi } = await import('../../../lib/email/phi-guard');
    const drafts = ['Dear ΠΑΠΑΔΟΠΟΥΛΟΣ, hello', 'Dear ΠΑΠΑΔΟΠΟΥΛΟΣ,\u00A0hello', 'Dear ΠΑΠΑΔΟΠΟΥΛΟΣ,\u200Bhello'];
    for (const name of ['Nikos Παπαδοπουλος', 'Nikos ΠΑΠΑΔΟΠΟΥΛΟΣ']) {
      const found = drafts.map((draft) => scanForPhi(draft, { name }).map((h) => [h.kind, draft.slice(h.start, h.end)]));
      expect(found, name).toEqual(drafts.map(() => [['name', 'ΠΑΠΑΔΟΠΟΥΛΟΣ']]));
    }
  });
});
