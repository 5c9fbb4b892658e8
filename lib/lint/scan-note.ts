/**
 * One pass over the lower-cased note that finds everything several rules look for: dates,
 * contacts, system-update words, transaction mentions and casework shorthand. A single alternation costs about
 * half of running one regex per rule, and lint runs on every keystroke (budget:
 * 50 µs median for a 4,000-character note, README "Size and speed"). The last scan is kept, so the rules of one lint pass share it.
 */
import { ABBREVIATIONS, ABBREVIATION_PATTERN, termEndsCleanly } from './abbreviations';
import { lowerCaseOf } from './lower-case';
import { isWordCode } from './text-scan';

export interface Span {
  start: number;
  end: number;
}

export interface DateSpan extends Span {
  /** Numeric dates (3/4, 03-04-26): the first two parts and the separator, to judge ambiguity. */
  first?: number;
  second?: number;
  separator?: string;
  year?: string;
}

export interface ContactMention extends Span {
  /** A contact in writing (letter, mail, e-mail, fax): the SOP E note's 4th attempt. */
  written: boolean;
}

export interface NoteScan {
  dates: DateSpan[];
  /** Spoke, called, left a message, mailed, e-mailed… (SOP K.2, K.3, E note). */
  contacts: ContactMention[];
  /** "system", "updated", "corrected"… (SOP K.1.b, K.1.d). */
  updates: Span[];
  /** "reply code", "TRC", "MARx", "transaction accepted"… (SOP K.1.e). */
  transactions: Span[];
  /** Casework shorthand (abbreviations.ts), before the checks of what precedes it. */
  abbreviations: Span[];
}

const MONTH_PREFIX = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*';
const MONTHS = new Set(
  'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december'.split(
    ' ',
  ),
);

const SCAN = new RegExp(
  String.raw`\b(?:(?:` +
    // 1: numeric date (its parts are read in code: a backreference here slows the whole scan)
    String.raw`(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2}(?:\d{2})?)?)` +
    // 2: date with a month name
    String.raw`|(${MONTH_PREFIX}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4}\b)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_PREFIX}\.?(?:,?\s+\d{4}\b)?)` +
    // 3: spoken contact
    String.raw`|(spoke|spoken|talked|called|phoned|telephoned|contacted|texted|reached out|outbound call|(?:attempted|tried) to (?:call|contact|reach)|left (?:a |an )?(?:detailed |brief )?(?:voice ?mail|vm|message|msg)|lvm|lmtcb|lmom|lm)` +
    // 4: written contact
    String.raw`|(e-?mailed|mailed|faxed|wrote|(?:letter|notice) (?:was )?(?:sent|mailed|faxed)|sent (?:a |an |the )?(?:\w+ )?(?:letter|notice|e-?mail|fax))` +
    // 5: system update
    String.raw`|(systems?|updated|corrected|reprocessed|keyed|overridden|overrode|resubmitted)` +
    // 6: transaction / reply code
    String.raw`|(transaction reply codes?|reply codes?|trcs?|marx|transaction (?:was )?(?:accepted|rejected|submitted|sent)|(?:submitted|sent) (?:a |an |the )?(?:\w+ )?transaction)` +
    String.raw`)\b` +
    // 7: casework shorthand (with its own word-end checks)
    String.raw`|(${ABBREVIATION_PATTERN}))`,
  'g',
);

let lastText: string | undefined;
// Stryker disable next-line ObjectLiteral,ArrayDeclaration: never returned: lastText starts undefined, so the memo is read only after a scan stored its own result
let lastScan: NoteScan = { dates: [], contacts: [], updates: [], transactions: [], abbreviations: [] };

export function scanNote(text: string): NoteScan {
  // Stryker disable next-line ConditionalExpression: the memo only saves time; a fresh scan of the same text gives an equal result
  if (text === lastText) return lastScan;
  const lower = lowerCaseOf(text);
  const scan: NoteScan = { dates: [], contacts: [], updates: [], transactions: [], abbreviations: [] };
  SCAN.lastIndex = 0;
  let phraseEnd = 0;
  for (let m = SCAN.exec(lower); m !== null; m = SCAN.exec(lower)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) addNumericDate(scan.dates, text, m[1], start, end);
    else if (m[2] !== undefined) {
      if (hasMonthName(m[2])) scan.dates.push({ start, end });
    } else if (m[7] !== undefined) scan.abbreviations.push({ start, end });
    else {
      // A wording inside the phrase just found ("faxed" in "letter was faxed") is the same mention, not a second one.
      if (end > phraseEnd) {
        if (m[3] !== undefined || m[4] !== undefined) addContact(scan, text, m[3] ?? '', start, end);
        else if (m[5] !== undefined) scan.updates.push({ start, end });
        else scan.transactions.push({ start, end });
        phraseEnd = end;
      }
      // Look inside a phrase too: "left a VM" is a contact and holds shorthand.
      const space = m[0].indexOf(' ');
      // Stryker disable next-line EqualityOperator: a match starts at a word boundary, never with a space, so 0 never occurs
      if (space > 0) SCAN.lastIndex = start + space;
    }
  }
  lastText = text;
  lastScan = scan;
  return scan;
}

/** `spoken`: the spoken wording as matched, '' for a contact in writing. */
function addContact(scan: NoteScan, text: string, spoken: string, start: number, end: number): void {
  // "so-called", "re-mailed" are not contacts; "LM" means "left message" only in capitals.
  if (text.charCodeAt(start - 1) === 45) return;
  if (spoken === 'lm' && text.slice(start, end) !== 'LM') return;
  scan.contacts.push({ start, end, written: spoken === '' });
  // LVM, LM, LMTCB, LMOM are contacts and shorthand at once.
  if (ABBREVIATIONS.has(spoken) && termEndsCleanly(text, end)) {
    scan.abbreviations.push({ start, end });
  }
}

/** Whether a month-name match holds a month ("maybe 5" and "2 marketing" only start like one). */
function hasMonthName(match: string): boolean {
  return match.split(/[^a-z]/).some((word) => MONTHS.has(word));
}

/**
 * Two-part dates need "/" (3.5 and 2-3 are not dates); codes like 12/3/4/5 or 1.5.2026a are not.
 * No end anchor: the scan's match already ends where the date does.
 */
const NUMERIC_PARTS = /^(\d{1,2})([/.-])(\d{1,2})(?:([/.-])(\d+))?/;

function addNumericDate(dates: DateSpan[], text: string, written: string, start: number, end: number): void {
  const before = text.charCodeAt(start - 1);
  if (isWordCode(before) || before === 47 || before === 46 || before === 45) return; // / . -
  const after = text.charCodeAt(end);
  if (after === 47 || after === 45 || (after === 46 && isDigit(text.charCodeAt(end + 1)))) return;
  const parts = NUMERIC_PARTS.exec(written);
  if (parts === null) {
    dates.push({ start, end }); // ISO 2026-03-04
    return;
  }
  const separator = parts[2];
  if (parts[4] !== undefined && parts[4] !== separator) return; // 03/04-2026: not a date
  const first = Number(parts[1]);
  const second = Number(parts[3]);
  const year = parts[5];
  if (year === undefined && separator !== '/') return;
  // Month/day or day/month: both parts can be a day and one of them a month (13/25 and 0/5 are not).
  if (!isDay(first) || !isDay(second) || (first > 12 && second > 12)) return;
  dates.push({ start, end, first, second, separator, year });
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isDay = (n: number): boolean => n >= 1 && n <= 31;

/** Whether a span in `spans` (sorted) overlaps [from, to). */
export function hasSpanWithin(spans: readonly Span[], from: number, to: number): boolean {
  for (const s of spans) {
    if (s.start >= to) return false;
    if (s.end > from) return true;
  }
  return false;
}
