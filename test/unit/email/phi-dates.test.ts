/**
 * Which dates the PHI guard reads in a draft, and which of them it takes for a date of birth, as a
 * caseworker sees it: a birth date in US numeric, ISO or month-name form is found with its exact span,
 * ordinary numbers (SSN-like, versions, fractions) are not dates, and dates of contact stay unlabelled.
 *
 * The date patterns and the label patterns are built when lib/email/phi-dates.ts is loaded, so each
 * test loads it afresh with vi.resetModules: a mutation test then checks those patterns against
 * these tests too (Stryker leaves module-level code to tests that import it themselves).
 */
import { describe, expect, it, vi } from 'vitest';

async function fresh() {
  vi.resetModules();
  return import('../../../lib/email/phi-dates');
}

const at = (start: number, end: number, year: number, month: number, day: number, shortYear = false) => ({ start, end, year, month, day, shortYear });

describe('dates written in a draft', () => {
  it('reads US numeric dates with slashes, dashes or dots, one or two digits for month and day', async () => {
    const { findDates } = await fresh();
    const texts = ['on 3/4/1948 ok', 'on 12/25/1948 ok', 'on 03-14-1948 ok', 'on 3.4.1948 ok', 'on 3/4/48 ok', 'on 12/31/50, ok', 'Born 3/4/1948. Moved', '3/4/1948'];
    expect(texts.map((text) => findDates(text))).toEqual([
      [at(3, 11, 1948, 3, 4)],
      [at(3, 13, 1948, 12, 25)],
      [at(3, 13, 1948, 3, 14)],
      [at(3, 11, 1948, 3, 4)],
      [at(3, 9, 48, 3, 4, true)],
      [at(3, 11, 50, 12, 31, true)],
      [at(5, 13, 1948, 3, 4)],
      [at(0, 8, 1948, 3, 4)],
    ]);
  });

  it('reads ISO dates (year first) with dashes or slashes', async () => {
    const { findDates } = await fresh();
    const texts = ['born 1948-03-04 ok', '1948/12/31 ok', 'on 1948-3-14.', 'Born 1948-03-04. Moved'];
    expect(texts.map((text) => findDates(text))).toEqual([
      [at(5, 15, 1948, 3, 4)],
      [at(0, 10, 1948, 12, 31)],
      [at(3, 12, 1948, 3, 14)],
      [at(5, 15, 1948, 3, 4)],
    ]);
  });

  it('reads every month by its name, written out or short, before or after the day', async () => {
    const { findDates } = await fresh();
    const monthFirst: [string, number][] = [
      ['Jan 5, 1950', 1],
      ['February 5, 1950', 2],
      ['Mar. 5 1950', 3],
      ['April 5th, 1950', 4],
      ['May 5, 1950', 5],
      ['June 5, 1950', 6],
      ['Jul 5, 1950', 7],
      ['August 5, 1950', 8],
      ['Sept 5, 1950', 9],
      ['Oct 5, 1950', 10],
      ['November 5, 1950', 11],
      ['dec 5, 1950', 12],
    ];
    expect(monthFirst).toHaveLength(12);
    for (const [date, month] of monthFirst) {
      expect(findDates(`on ${date} ok`), date).toEqual([at(3, 3 + date.length, 1950, month, 5)]);
    }
    const dayFirst: [string, number, number][] = [
      ['4 March 1948', 3, 4],
      ['14 Sep 1950', 9, 14],
      ['1 dec. 1950', 12, 1],
      ['30 Jan, 1951', 1, 30],
    ];
    for (const [date, month, day] of dayFirst) {
      expect(findDates(`on ${date} ok`), date).toEqual([at(3, 3 + date.length, Number(date.slice(-4)), month, day)]);
    }
  });

  it('does not read an SSN, a phone number, a version number or a longer slash run as a date', async () => {
    const { findDates } = await fresh();
    const texts = ['SSN 123-45-6789', 'call 555-12-1234', 'page 1/2/3/4', 'version 1.2.1948.5', 'ref 3/4/1948/2', 'code x3/4/1948', 'id 3/4/19481', 'part 2/3', 'in March 1948'];
    expect(texts.map((text) => findDates(text))).toEqual(texts.map(() => []));
  });

  it('leaves out impossible months and days, and keeps the last real ones (month 12, day 1, day 31)', async () => {
    const { findDates } = await fresh();
    const impossible = ['0/4/1948', '00/04/1948', '13/04/1948', '3/0/1948', '3/32/1948', 'March 0, 1948', 'March 32, 1948', '1948-13-01', '1948-02-00'];
    expect(impossible.map((text) => findDates(text))).toEqual(impossible.map(() => []));
    expect(findDates('12/04/1948 3/1/1948 3/31/1948 1/4/1948')).toEqual([
      at(0, 10, 1948, 12, 4),
      at(11, 19, 1948, 3, 1),
      at(20, 29, 1948, 3, 31),
      at(30, 38, 1948, 1, 4),
    ]);
  });

  it('lists the dates in the order they stand in the text, whatever their form', async () => {
    const { findDates } = await fresh();
    expect(findDates('Seen 4 March 1948, then March 5, 1948, then 1948-03-06 and 3/7/1948.')).toEqual([
      at(5, 17, 1948, 3, 4),
      at(24, 37, 1948, 3, 5),
      at(44, 54, 1948, 3, 6),
      at(59, 67, 1948, 3, 7),
    ]);
  });
});

describe('the same date as the beneficiary’s date of birth', () => {
  const date = (year: number, month: number, day: number, shortYear = false) => ({ start: 0, end: 0, year, month, day, shortYear });

  it('is the same day, month and year; a two-digit year matches either century', async () => {
    const { sameDate } = await fresh();
    const pairs: [ReturnType<typeof date>, ReturnType<typeof date>, boolean][] = [
      [date(1950, 1, 2), date(1950, 1, 2), true],
      [date(1950, 3, 2), date(1950, 1, 2), false],
      [date(1950, 1, 3), date(1950, 1, 2), false],
      [date(1950, 1, 2), date(1951, 1, 2), false],
      [date(1950, 1, 2), date(2050, 1, 2), false],
      [date(50, 1, 2, true), date(1950, 1, 2), true],
      [date(1950, 1, 2), date(50, 1, 2, true), true],
      [date(50, 1, 2, true), date(2050, 1, 2), true],
      [date(50, 1, 2, true), date(1951, 1, 2), false],
      [date(1951, 1, 2), date(50, 1, 2, true), false],
      [date(50, 3, 2, true), date(1950, 1, 2), false],
    ];
    expect(pairs.map(([a, b]) => sameDate(a, b))).toEqual(pairs.map(([, , same]) => same));
  });
});

describe('a date labelled as a date of birth', () => {
  async function labels(text: string) {
    const { findDates, isLabelledBirthDate } = await fresh();
    return findDates(text).map((d) => isLabelledBirthDate(text, d));
  }

  it('is one right after "DOB", "D.O.B.", "date of birth", "birthdate", "birthday" or "born"', async () => {
    const texts = [
      'DOB: 01/02/1950',
      'D.O.B 01/02/1950',
      'D.O.B. 01/02/1950',
      'Date of birth 01/02/1950',
      'Date  of birth: 01/02/1950',
      'Date of  birth: 01/02/1950',
      'Birthdate: 01/02/1950',
      'Birth date: 01/02/1950',
      'birthday is 01/02/1950',
      'Born on 01/02/1950',
    ];
    for (const text of texts) expect(await labels(text), text).toEqual([true]);
  });

  it('is one followed by the label, in brackets or not', async () => {
    const texts = [
      '01/02/1950 DOB',
      '01/02/1950 (DOB)',
      '01/02/1950(DOB)',
      '01/02/1950 ( date of birth )',
      '01/02/1950 [birth date]',
      '01/02/1950 (birthdate)',
      '01/02/1950 (date  of birth)',
      '01/02/1950 (date of  birth)',
      '01/02/1950 d.o.b',
    ];
    for (const text of texts) expect(await labels(text), text).toEqual([true]);
  });

  it('is not a date of contact, even one written near a birth-date label (no false alarm)', async () => {
    expect(await labels('Called on 11/02/2026 to ask for the DOB.')).toEqual([false]);
    expect(await labels('DOB 01/02/1950, called on 11/02/2026')).toEqual([true, false]);
    expect(await labels('Born in Ohio.\nCalled 11/02/2026.')).toEqual([false]);
    expect(await labels('Called 11/02/2026.')).toEqual([false]);
  });
});
