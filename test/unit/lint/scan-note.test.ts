/**
 * What the shared note scan recognises as a date, a contact, a system update, a transaction
 * mention or casework shorthand, with exact spans: the lint rules build their findings (and the
 * highlighted words) from these. The scan keeps the last result, so every test scans a text no
 * earlier test used.
 *
 * The wording tables further down import the scan afresh inside each test (not at the top of the
 * file): its pattern, month list and date-part pattern are built when the module loads, so a copy
 * loaded before the test would check tables built before that test.
 */
import { describe, expect, it, vi } from 'vitest';
import { hasSpanWithin, scanNote, type NoteScan } from '../../../lib/lint/scan-note';

describe('scanNote: contacts (SOP K.2, K.3, E note)', () => {
  it('finds spoken contacts, and finds nothing else in a note without dates or shorthand', () => {
    expect(scanNote('Called the plan and spoke with the rep.')).toEqual({
      dates: [],
      contacts: [
        { start: 0, end: 6, written: false },
        { start: 20, end: 25, written: false },
      ],
      updates: [],
      transactions: [],
      abbreviations: [],
    });
  });

  it('does not count "so-called" or "re-mailed" as contacts', () => {
    expect(scanNote('The so-called Extra Help letter was re-mailed.').contacts).toEqual([]);
  });

  it('reads "LM" as left message only in capitals, where it is also shorthand (SOP K.1.c)', () => {
    const scan = scanNote('LM at 10 AM. Typed lm by mistake.');
    expect(scan.contacts).toEqual([{ start: 0, end: 2, written: false }]);
    expect(scan.abbreviations).toEqual([{ start: 0, end: 2 }]);
  });

  it('reads "left a VM" as one contact that holds the shorthand VM', () => {
    const scan = scanNote('Left a VM for bene.');
    expect(scan.contacts).toEqual([{ start: 0, end: 9, written: false }]);
    expect(scan.abbreviations).toEqual([
      { start: 7, end: 9 },
      { start: 14, end: 18 },
    ]);
  });

  it('marks e-mail, letters and fax as contacts in writing (SOP E note, 4th attempt)', () => {
    expect(scanNote('Emailed the plan; letter was sent; sent the denial letter; faxed the form.').contacts).toEqual([
      { start: 0, end: 7, written: true },
      { start: 18, end: 33, written: true },
      { start: 35, end: 57, written: true },
      { start: 59, end: 64, written: true },
    ]);
  });
});

describe('scanNote: system updates and transactions (SOP K.1.b, K.1.d, K.1.e)', () => {
  it('finds update words and transaction mentions with their spans', () => {
    const scan = scanNote('Updated the system, TRC 011 received; transaction accepted in MARx.');
    expect(scan.updates).toEqual([
      { start: 0, end: 7 },
      { start: 12, end: 18 },
    ]);
    expect(scan.transactions).toEqual([
      { start: 20, end: 23 },
      { start: 38, end: 58 },
      { start: 62, end: 66 },
    ]);
    expect(scan.contacts).toEqual([]);
    expect(scan.dates).toEqual([]);
  });
});

describe('scanNote: dates written with the month name', () => {
  it('finds "3rd of March", "12 of March", "5 of March", "3rd March", "March 5, 2026" and "Sept. 9th"', () => {
    expect(scanNote('Dates: 3rd of March, 12 of March, 5 of March, 3rd March, March 5, 2026, Sept. 9th').dates).toEqual([
      { start: 7, end: 19 },
      { start: 21, end: 32 },
      { start: 34, end: 44 },
      { start: 46, end: 55 },
      { start: 57, end: 70 },
      { start: 72, end: 81 },
    ]);
  });

  it('finds a day and month typed with a double space', () => {
    expect(scanNote('Seen 3rd  of March, mailed 3rd of  March').dates).toEqual([
      { start: 5, end: 18 },
      { start: 27, end: 40 },
    ]);
  });

  it('does not take "may", "maybe 5" or "2 marketing" for a date', () => {
    expect(scanNote('Bene may call back; maybe 5 times; 2 marketing calls.').dates).toEqual([]);
  });
});

describe('scanNote: numeric dates (SOP K.1.a: a reviewer must read them one way)', () => {
  it.each([
    ['3/25', 3, 25],
    ['1/25', 1, 25],
    ['12/25', 12, 25],
    ['3/31', 3, 31],
    ['25/3', 25, 3],
    ['25/1', 25, 1],
    ['25/12', 25, 12],
    ['31/12', 31, 12],
  ])('reads %s as a date (month/day or day/month)', (written, first, second) => {
    expect(scanNote(`Spoke with bene ${written}.`).dates).toEqual([
      { start: 16, end: 16 + written.length, first, second, separator: '/' },
    ]);
  });

  it.each([
    ['0/5', 'no month or day 0'],
    ['5/0', 'no month or day 0'],
    ['13/25', 'neither part can be the month'],
    ['13/13', 'neither part can be the month'],
    ['32/5', 'no day 32'],
    ['5/32', 'no day 32'],
  ])('does not read %s as a date: %s', (written) => {
    expect(scanNote(`Rated the plan ${written} today.`).dates).toEqual([]);
  });

  it.each([
    ['Codes 12/3/4/5 on file', 'a run of slashed numbers'],
    ['Codes 1/2/3 on file', 'a three-part code with a one-digit end'],
    ['Form v2.3/4 on file', 'a version number before it'],
    ['ID H-12/3 on file', 'a code joined by a dash before it'],
    ['ID Zoé12/3 on file', 'a letter stuck to it'],
    ['Form 3/4-B on file', 'a code joined by a dash after it'],
    ['Ref 1.5.2026a on file', 'digits after a dot'],
    ['Doses 1/2.0 and 3/4.9 on file', 'a decimal after it'],
    ['Form 03/04-2026 on file', 'mixed separators'],
    ['Scores 3.4 and 2-3 on file', 'two parts without a slash'],
  ])('does not read "%s" as a date: %s', (text) => {
    expect(scanNote(text).dates).toEqual([]);
  });

  it('reads a date that ends a sentence, even when the next sentence follows without a space', () => {
    expect(scanNote('Seen 3/4. Called 5/6.Left VM').dates).toEqual([
      { start: 5, end: 8, first: 3, second: 4, separator: '/' },
      { start: 17, end: 20, first: 5, second: 6, separator: '/' },
    ]);
  });

  it('keeps the separator and year of dashed, slashed and ISO dates', () => {
    expect(scanNote('Dated 03-04-26, 2026-03-04 and 1/5/26').dates).toEqual([
      { start: 6, end: 14, first: 3, second: 4, separator: '-', year: '26' },
      { start: 16, end: 26 },
      { start: 31, end: 37, first: 1, second: 5, separator: '/', year: '26' },
    ]);
  });
});

describe('hasSpanWithin: is a date near a contact (SOP K.2)', () => {
  it('finds a span that overlaps the window', () => {
    expect(hasSpanWithin([{ start: 0, end: 5 }, { start: 6, end: 8 }], 5, 10)).toBe(true);
    expect(hasSpanWithin([{ start: 8, end: 12 }], 5, 10)).toBe(true);
  });

  it('does not count a span that starts at or after the window end', () => {
    expect(hasSpanWithin([{ start: 10, end: 20 }], 0, 5)).toBe(false);
    expect(hasSpanWithin([{ start: 5, end: 8 }], 0, 5)).toBe(false);
  });

  it('does not count a span that ends where the window starts', () => {
    expect(hasSpanWithin([{ start: 0, end: 5 }], 5, 10)).toBe(false);
    expect(hasSpanWithin([], 0, 10)).toBe(false);
  });
});

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
