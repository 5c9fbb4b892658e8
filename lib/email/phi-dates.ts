/**
 * Dates written in text (US numeric, ISO, month names), for the PHI guard: a date is a date of
 * birth when it equals the beneficiary's or sits by "DOB" / "date of birth" / "born". Other dates
 * (dates of contact) are not PHI here.
 */

export interface FoundDate {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  /** The year was written with two digits. */
  shortYear: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

// Lookarounds instead of \b so that "123-45-6789" or "1/2/3/4" are not read as dates.
const PATTERNS: { regex: RegExp; order: 'mdy' | 'ymd' | 'Mdy' | 'dMy' }[] = [
  { regex: /(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/-]|\.\d)/g, order: 'mdy' },
  { regex: /(?<![\w/.-])(\d{4})([/-])(\d{1,2})\2(\d{1,2})(?![\w/-]|\.\d)/g, order: 'ymd' },
  { regex: new RegExp(`(?<![\\w])${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\w])`, 'gi'), order: 'Mdy' },
  { regex: new RegExp(`(?<![\\w])(\\d{1,2})\\s+${MONTH_NAME},?\\s+(\\d{4})(?![\\w])`, 'gi'), order: 'dMy' },
];

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const { regex, order } of PATTERNS) {
    for (const m of text.matchAll(regex)) {
      // Every group of these patterns takes part in each match.
      let y: string, mo: number, d: string;
      switch (order) {
        case 'mdy':
          [y, mo, d] = [m[4]!, Number(m[1]), m[3]!];
          break;
        case 'ymd':
          [y, mo, d] = [m[1]!, Number(m[3]), m[4]!];
          break;
        case 'Mdy':
          [y, mo, d] = [m[3]!, monthNumber(m[1]!), m[2]!];
          break;
        case 'dMy':
          [y, mo, d] = [m[3]!, monthNumber(m[2]!), m[1]!];
          break;
      }
      const day = Number(d);
      if (mo < 1 || mo > 12 || day < 1 || day > 31) continue;
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, year: Number(y), month: mo, day, shortYear: y.length === 2 });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function sameDate(a: FoundDate, b: FoundDate): boolean {
  if (a.month !== b.month || a.day !== b.day) return false;
  if (a.shortYear || b.shortYear) return a.year % 100 === b.year % 100;
  return a.year === b.year;
}

// The label right before the date: only separators and words between, no other number.
const DOB_BEFORE = /\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|birthday|born)\b[^\d\n]{0,25}$/i;
const DOB_AFTER = /^\s*[([]?\s*(?:dob|d\.o\.b|date\s+of\s+birth|birth\s*date)\b/i;

/** A date labelled as a date of birth by the words around it. */
export function isLabelledBirthDate(text: string, date: FoundDate): boolean {
  const before = text.slice(Math.max(0, date.start - 60), date.start);
  const after = text.slice(date.end, date.end + 30);
  return DOB_BEFORE.test(before) || DOB_AFTER.test(after);
}
