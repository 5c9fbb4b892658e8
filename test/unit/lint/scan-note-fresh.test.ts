/**
 * The note scan's wordings, one table per kind, with the exact spans the lint rules highlight.
 *
 * The scan is imported afresh inside each test (not at the top of the file): its pattern, month
 * list and date-part pattern are built when the module loads, and it keeps the last scan, so a
 * copy loaded before the test would check tables built before that test.
 */
import { describe, expect, it, vi } from 'vitest';
import type { NoteScan } from '../../../lib/lint/scan-note';

async function freshScan() {
  vi.resetModules();
  return (await import('../../../lib/lint/scan-note')).scanNote;
}

const NOTHING: NoteScan = { dates: [], contacts: [], updates: [], transactions: [], abbreviations: [] };

describe('dates with the month name (SOP K.1.a, K.2: a contact needs its date)', () => {
  it.each([
    ['Seen March 5 at home', 5, 12],
    ['Seen Mar. 5th, 2026 at home', 5, 19],
    ['Seen 5 of March at home', 5, 15],
    ['Seen 5th Dec 2026 at home', 5, 17],
    ['Seen september 30 at home', 5, 17],
  ])('reads "%s" as one date', async (note, start, end) => {
    const scanNote = await freshScan();
    expect(scanNote(note)).toEqual({ ...NOTHING, dates: [{ start, end }] });
  });

  it.each([
    ['The plan may call back', 'the verb "may"'],
    ['Maybe 5 times a day', 'a word that only starts like May'],
    ['Seen 5 decks at home', 'a number before a word that only starts like Dec'],
    ['Seen 2 marketing flyers', 'a number before a word that only starts like Mar'],
  ])('does not read "%s" as a date: %s', async (note) => {
    const scanNote = await freshScan();
    expect(scanNote(note).dates).toEqual([]);
  });
});

describe('numeric dates (SOP K.1.a: a reviewer must read them one way)', () => {
  it.each([
    ['Seen 3/25 at home', { start: 5, end: 9, first: 3, second: 25, separator: '/' }],
    ['Seen 12/25 at home', { start: 5, end: 10, first: 12, second: 25, separator: '/' }],
    ['Seen 25/12 at home', { start: 5, end: 10, first: 25, second: 12, separator: '/' }],
    ['Dated 03-04-26 at home', { start: 6, end: 14, first: 3, second: 4, separator: '-', year: '26' }],
    ['Dated 1.5.2026 at home', { start: 6, end: 14, first: 1, second: 5, separator: '.', year: '2026' }],
    ['Dated 2026-03-04 at home', { start: 6, end: 16 }],
  ])('reads "%s" with its parts', async (note, date) => {
    const scanNote = await freshScan();
    expect(scanNote(note)).toEqual({ ...NOTHING, dates: [date] });
  });

  it.each([
    ['Doses 1/2.0 today', 'a decimal after it'],
    ['Rated 0/5 today', 'no month or day 0'],
    ['Rated 13/25 today', 'neither part can be the month'],
    ['Form 03/04-2026 on file', 'mixed separators'],
    ['Scores 3.4 and 2-3 today', 'two parts without a slash'],
  ])('does not read "%s" as a date: %s', async (note) => {
    const scanNote = await freshScan();
    expect(scanNote(note).dates).toEqual([]);
  });
});

describe('contacts (SOP K.2 contact dates, K.3 attempts, E note: the 4th attempt in writing)', () => {
  it.each([
    ['Spoke to the plan', 0, 5],
    ['The member was spoken to', 15, 21],
    ['Talked with the plan', 0, 6],
    ['Called the plan', 0, 6],
    ['Phoned the plan', 0, 6],
    ['Telephoned the plan', 0, 10],
    ['Contacted the plan', 0, 9],
    ['Texted the member', 0, 6],
    ['Reached out to the plan', 0, 11],
    ['Made an outbound call', 8, 21],
    ['Attempted to reach the plan', 0, 18],
    ['Tried to contact the plan', 0, 16],
    ['Left a detailed voicemail', 0, 25],
    ['Left message with the plan', 0, 12],
  ])('reads "%s" as a spoken contact and nothing else', async (note, start, end) => {
    const scanNote = await freshScan();
    expect(scanNote(note)).toEqual({ ...NOTHING, contacts: [{ start, end, written: false }] });
  });

  it.each([
    ['LVM for the plan', 0, 3],
    ['LMTCB for the plan', 0, 5],
  ])('reads "%s" as a spoken contact that is also shorthand (SOP K.1.c)', async (note, start, end) => {
    const scanNote = await freshScan();
    expect(scanNote(note)).toEqual({ ...NOTHING, contacts: [{ start, end, written: false }], abbreviations: [{ start, end }] });
  });

  it.each([
    ['E-mailed the plan', 0, 8],
    ['Mailed the form', 0, 6],
    ['Faxed the form', 0, 5],
    ['Wrote to the plan', 0, 5],
    ['Notice mailed today', 0, 13],
    ['Letter was faxed today', 0, 16],
    ['Sent a fax today', 0, 10],
    ['Sent the denial letter today', 0, 22],
  ])('reads "%s" as a contact in writing and nothing else', async (note, start, end) => {
    const scanNote = await freshScan();
    expect(scanNote(note)).toEqual({ ...NOTHING, contacts: [{ start, end, written: true }] });
  });

  it.each([
    ['The so-called plan', 'a word joined by a dash before it'],
    ['The member calls often', '"calls" is not a past contact'],
    ['Typed lm by mistake', '"lm" is left message only in capitals'],
  ])('does not read "%s" as a contact: %s', async (note) => {
    const scanNote = await freshScan();
    expect(scanNote(note).contacts).toEqual([]);
  });
});

describe('system updates (SOP K.1.b, K.1.d)', () => {
  it.each([
    ['System checked', 0, 6],
    ['Systems checked', 0, 7],
    ['Record updated', 7, 14],
    ['Corrected the record', 0, 9],
    ['Claim reprocessed', 6, 17],
    ['Keyed the change', 0, 5],
    ['Edit overridden', 5, 15],
    ['Overrode the edit', 0, 8],
    ['Resubmitted the claim', 0, 11],
  ])('reads "%s" as a system update and nothing else', async (note, start, end) => {
    const scanNote = await freshScan();
    expect(scanNote(note)).toEqual({ ...NOTHING, updates: [{ start, end }] });
  });

  it.each([['Systematic review'], ['Updates pending'], ['Keys on file']])('does not read "%s" as an update', async (note) => {
    const scanNote = await freshScan();
    expect(scanNote(note).updates).toEqual([]);
  });
});

describe('transactions and reply codes (SOP K.1.e)', () => {
  it.each([
    ['Transaction reply code 011 seen', 0, 22],
    ['Reply codes 011 and 012 seen', 0, 11],
    ['TRC 011 seen', 0, 3],
    ['TRCs seen', 0, 4],
    ['Checked MARx', 8, 12],
    ['Transaction was rejected', 0, 24],
    ['Transaction submitted', 0, 21],
    ['Submitted a new transaction', 0, 27],
    ['Sent the transaction', 0, 20],
  ])('reads "%s" as a transaction mention and nothing else', async (note, start, end) => {
    const scanNote = await freshScan();
    expect(scanNote(note)).toEqual({ ...NOTHING, transactions: [{ start, end }] });
  });

  it.each([['Transactions pending'], ['Replying to the code'], ['Marxism essay']])(
    'does not read "%s" as a transaction mention',
    async (note) => {
      const scanNote = await freshScan();
      expect(scanNote(note).transactions).toEqual([]);
    },
  );
});
