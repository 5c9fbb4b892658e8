/**
 * The PHI guard: finds beneficiary data in an email draft before it can be sent or copied.
 * Looks for the beneficiary's own name, HICN/MBI, date of birth, phone number and address as read
 * from the page, for 8 or more words in a row from the complaint summary, and for anything shaped
 * like an MBI (CMS format rules, DOMAIN.md "Identifiers"), a HICN, a Railroad Retirement number,
 * an SSN or a labelled date of birth. Complaint IDs, contract numbers and dates of contact are not
 * hits. Where no beneficiary is known (the popup: `beneficiaryUnknown`), any phone number and any
 * date long past (the shape of a date of birth) count too.
 *
 * `known` values are PHI: they are never logged and never copied into a hit's `what`.
 */
import { findDates, isLabelledBirthDate, sameDate } from './phi-dates';
import { isCommonWord } from './common-words';
import { foldForScan, type ScanText } from './phi-normalize';
import { sharedRuns } from './phi-runs';

export type PhiKind = 'name' | 'hicn' | 'mbi' | 'ssn' | 'date-of-birth' | 'phone' | 'address' | 'summary';

export interface PhiHit {
  kind: PhiKind;
  start: number;
  end: number;
  /** A human description of what was found, never the value itself. */
  what: string;
}

export interface KnownPhi {
  name?: string;
  hicn?: string;
  mbi?: string;
  dateOfBirth?: string;
  phone?: string;
  address?: string;
  /** The complaint summary: a run of SUMMARY_RUN words from it counts as PHI. */
  summary?: string;
}

export interface PhiScanContext {
  /** Complaint IDs of the draft's cases: digit runs that are not SSNs. */
  complaintIds?: string[];
  /**
   * Names that are not the beneficiary's: the caseworkers and the plan. A name hit inside one of
   * these (a beneficiary who shares the caseworker's surname) is not a hit.
   */
  otherNames?: string[];
  /** No beneficiary is known (the popup): anything shaped like a phone number or a date of birth counts. */
  beneficiaryUnknown?: boolean;
  /** Values typed as the plan's own (the user's work phone): not hits. */
  allowed?: string[];
  /** Today as YYYY-MM-DD, for `beneficiaryUnknown` (a date long before it looks like a date of birth). */
  today?: string;
}

const EDGE_BEFORE = '(?<![A-Za-z0-9])';
const EDGE_AFTER = '(?![A-Za-z0-9])';
/** MBI letters: A–Z without S, L, O, I, B, Z (they look like digits). */
const L = '[AC-HJKMNP-RT-Y]';
const MBI_SHAPE = new RegExp(`${EDGE_BEFORE}[1-9]${L}[${L.slice(1, -1)}0-9]\\d[-\\s]?${L}[${L.slice(1, -1)}0-9]\\d[-\\s]?${L}{2}\\d{2}${EDGE_AFTER}`, 'gi');
/** 9 digits (often dashed like an SSN) and a 1–2 character beneficiary code. */
const HICN_SHAPE = new RegExp(`${EDGE_BEFORE}\\d{3}[-\\s]?\\d{2}[-\\s]?\\d{4}-?[A-Z][A-Z0-9]?${EDGE_AFTER}`, 'gi');
/** Railroad Retirement: 1–3 capital letters, then 6 or 9 digits (e.g. "MA123456", "A123456789"). */
const RRB_SHAPE = new RegExp(`${EDGE_BEFORE}[A-Z]{1,3}-?\\d{6}(?:\\d{3})?${EDGE_AFTER}`, 'g');
/** 3-2-4 digits with one consistent separator (a phone number is 3-3-4), or 9 digits in a row. */
const SSN_SHAPE = /(?<![A-Za-z0-9-])\d{3}([-\s]?)\d{2}\1\d{4}(?![A-Za-z0-9]|-\d)/g;
/** "Complaint ID(s): 123, 456 and " right before a digit run: it is a complaint ID. */
const COMPLAINT_LABEL = /\bcomplaint\s*(?:id\(s\)|ids?|numbers?|nos?\.?|#)?\s*[:#]?\s*(?:#?\d+\s*(?:[,;&]|and)\s*)*#?$/i;

/** A US phone number with separators (bare 10-digit runs may be complaint IDs). */
const PHONE_SHAPE = /(?<![\w-])(?:\+?1[-.\s]?)?(?:\(\d{3}\)\s?|\d{3}[-.\s])\d{3}[-.\s]\d{4}(?![\w]|-\d)/g;
/** Words in a row from the complaint summary that make a pasted passage. */
export const SUMMARY_RUN = 8;
/** Words in a row from the address that name it ("12 Oak Street"). */
const ADDRESS_RUN = 3;
/** Where no beneficiary is known, a date at least this many years ago looks like a date of birth. */
const BIRTH_YEARS_AGO = 10;
/** Only this much of a summary or address is compared: the scan stays bounded. */
const SOURCE_MAX = 20_000;

/** Known values longer than this are not identifiers (an MBI has 11 characters, a HICN 10–11). */
const IDENTIFIER_MAX = 16;
/** Only this much of a known name is looked for: no name is longer, and the scan stays bounded. */
const NAME_MAX = 200;
/** At most this many other names (caseworkers, the plan) are set apart. */
const OTHER_NAMES_MAX = 20;

function compact(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The value's characters in order, with optional dashes or spaces between them (value capped by the caller). */
function looseIdentifier(compacted: string): RegExp {
  const chars = [...compacted].join('[-\\s]?');
  return new RegExp(`${EDGE_BEFORE}${chars}${EDGE_AFTER}`, 'gi');
}

function pushMatches(hits: PhiHit[], text: string, regex: RegExp, kind: PhiKind, what: string, keep?: (start: number, value: string) => boolean) {
  for (const m of text.matchAll(regex)) {
    const start = m.index ?? 0;
    if (keep && !keep(start, m[0])) continue;
    hits.push({ kind, start, end: start + m[0].length, what });
  }
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'jr', 'sr', 'ii', 'iii', 'iv']);

/** The name as tokens of 2+ letters, honorifics and initials dropped ("SMITH, JOHN A" → smith, john). */
export function nameTokens(name: string): string[] {
  // Split at each other character: the empty pieces between two of them are dropped below (no letters).
  return [...new Set(name.split(/[^\p{L}'’-]/u).map((t) => t.replace(/^['’-]+|['’-]+$/g, '')))]
    // The trim leaves a letter at each end, so 2+ characters are 2+ letters.
    .filter((t) => [...t].length >= 2 && !HONORIFICS.has(t.toLowerCase()));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The character before `at` ('' at the start: charCodeAt(-1) is NaN and charAt(-1) is ''). */
function charBefore(text: string, at: number): string {
  const unit = text.charCodeAt(at - 1);
  const lowSurrogate = unit >= 0xdc00 && unit <= 0xdfff;
  // Stryker disable next-line ConditionalExpression: at 1 a low surrogate stands alone, and it and '' are both no word character
  const pair = lowSurrogate && at >= 2;
  return pair ? text.slice(at - 2, at) : text.charAt(at - 1);
}

function charAfter(text: string, at: number): string {
  const point = text.codePointAt(at);
  return point === undefined ? '' : String.fromCodePoint(point);
}

/**
 * Where `word` stands as a whole word in `text` (both already case-folded). A literal search, not
 * a RegExp: names come from the page and settings, and can be of any length or content.
 */
function wholeWordSpans(text: string, word: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!word) return spans; // an empty other name would match everywhere, for ever
  let at = text.indexOf(word);
  while (at >= 0) {
    const end = at + word.length;
    if (!WORD_CHAR.test(charBefore(text, at)) && !WORD_CHAR.test(charAfter(text, end))) {
      spans.push([at, end]);
      at = text.indexOf(word, end);
    } else {
      at = text.indexOf(word, at + 1);
    }
  }
  return spans;
}

const foldName = (name: string) => foldForScan(name.slice(0, NAME_MAX * 2), { foldCase: true }).text.slice(0, NAME_MAX);

/** Name hits in the case-folded text `folded` (positions in that text). */
function nameHits(folded: string, name: string): PhiHit[] {
  const found: { start: number; end: number; common: boolean }[] = [];
  for (const token of nameTokens(foldName(name))) {
    for (const [start, end] of wholeWordSpans(folded, token)) found.push({ start, end, common: isCommonWord(token) });
  }
  found.sort((a, b) => a.start - b.start);
  // Join a name written out ("John Smith", "SMITH, JOHN") into one hit.
  const groups: { start: number; end: number; parts: number; common: boolean }[] = [];
  for (const f of found) {
    const last = groups.at(-1);
    // An overlapping part leaves no gap here (slice gives ''); a joined name keeps its hit whatever its parts.
    if (last && /^[\s,.]{1,3}$/.test(folded.slice(last.end, f.start))) {
      last.end = f.end;
      last.parts += 1;
    } else if (
      // Inside the parentheses, as a comment before `else` belongs to the statement above and would not reach this line.
      // Stryker disable next-line EqualityOperator: whole-word spans never touch (a non-word character ends each), so > and >= agree
      !last || f.start >= last.end
    ) {
      groups.push({ ...f, parts: 1 });
    }
  }
  // A name that is also an everyday word ("Will", "Close") counts only next to another part of the name.
  return groups
    .filter((g) => g.parts > 1 || !g.common)
    .map((g) => ({ kind: 'name' as const, start: g.start, end: g.end, what: "the beneficiary's name" }));
}

/** Drops the name hits inside another person's name (a 1-letter name holds no hit: name hits have 2+ letters). */
function withoutOtherNames(folded: string, hits: PhiHit[], otherNames: string[] | undefined): PhiHit[] {
  const spans = otherNames?.slice(0, OTHER_NAMES_MAX).flatMap((n) => wholeWordSpans(folded, foldName(n).trim()));
  return hits.filter((h) => !spans?.some(([start, end]) => start <= h.start && h.end <= end));
}

/** Hits in the folded text `scan`, moved to the positions of the original text. */
function inOriginal(scan: ScanText, hits: PhiHit[]): PhiHit[] {
  return hits.map((hit) => ({ ...hit, ...scan.original(hit.start, hit.end) }));
}

/**
 * The PHI in `text`, with positions in `text` itself. Invisible characters and full-width forms
 * cannot hide a value: the patterns run on the folded text (phi-normalize.ts).
 */
export function scanForPhi(text: string, known: KnownPhi = {}, context: PhiScanContext = {}): PhiHit[] {
  const candidates: PhiHit[] = []; // in priority order: known values first
  if (known.name) {
    const names = foldForScan(text, { foldCase: true });
    candidates.push(...inOriginal(names, withoutOtherNames(names.text, nameHits(names.text, known.name), context.otherNames)));
  }

  const scan = foldForScan(text);
  const folded = scan.text;
  const found: PhiHit[] = [];
  for (const kind of ['mbi', 'hicn'] as const) {
    const raw = known[kind];
    if (!raw) continue;
    const value = compact(foldForScan(raw).text);
    if (value.length < 6 || value.length > IDENTIFIER_MAX) continue;
    const label = kind === 'mbi' ? 'MBI' : 'HICN';
    pushMatches(found, folded, looseIdentifier(value), kind, `the beneficiary's ${label}`);
    // The 9-digit number inside a HICN is an SSN of its own.
    const digits = value.match(/\d{9}/)?.[0];
    if (kind === 'hicn' && digits) pushMatches(found, folded, looseIdentifier(digits), 'hicn', "the number of the beneficiary's HICN");
  }
  const dates = findDates(folded);
  const knownDob = known.dateOfBirth ? findDates(foldForScan(known.dateOfBirth.slice(0, 100)).text)[0] : undefined;
  for (const date of dates) {
    if (knownDob && sameDate(date, knownDob)) {
      found.push({ kind: 'date-of-birth', start: date.start, end: date.end, what: "the beneficiary's date of birth" });
    }
  }

  const phoneDigits = known.phone && foldForScan(known.phone.slice(0, 100)).text.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  if (phoneDigits && phoneDigits.length >= 7) {
    const loose = new RegExp(`(?<!\\d)${[...phoneDigits].join('[\\s().-]{0,2}')}(?!\\d)`, 'g');
    pushMatches(found, folded, loose, 'phone', "the beneficiary's phone number");
  }
  let lower: ScanText | undefined; // folded once, for the address and the summary alike
  for (const [kind, source, n, what] of [
    ['address', known.address, ADDRESS_RUN, "the beneficiary's address"],
    ['summary', known.summary, SUMMARY_RUN, `${SUMMARY_RUN} or more words in a row from the complaint summary`],
  ] as const) {
    if (!source) continue;
    lower ??= foldForScan(folded, { foldCase: true });
    const sourceText = foldForScan(source.slice(0, SOURCE_MAX), { foldCase: true }).text;
    for (const [start, end] of sharedRuns(lower.text, sourceText, n)) found.push({ kind, what, ...lower.original(start, end) });
  }

  pushMatches(found, folded, MBI_SHAPE, 'mbi', 'an MBI (Medicare Beneficiary Identifier)');
  pushMatches(found, folded, HICN_SHAPE, 'hicn', 'a HICN (Medicare claim number)');
  pushMatches(found, folded, RRB_SHAPE, 'hicn', 'a Railroad Retirement claim number');
  const complaintIds = new Set(context.complaintIds?.map((id) => id.trim()));
  pushMatches(found, folded, SSN_SHAPE, 'ssn', 'a Social Security number', (start, value) => {
    if (complaintIds.has(value)) return false;
    const lineStart = folded.lastIndexOf('\n', start) + 1; // folded[start] is a digit
    return !COMPLAINT_LABEL.test(folded.slice(Math.max(lineStart, start - 200), start));
  });
  for (const date of dates) {
    if (isLabelledBirthDate(folded, date)) {
      found.push({ kind: 'date-of-birth', start: date.start, end: date.end, what: 'a date of birth' });
    }
  }
  if (context.beneficiaryUnknown) found.push(...shapeHits(folded, dates, context.today));
  candidates.push(...inOriginal(scan, withoutAllowed(folded, found, context.allowed)));

  const accepted: PhiHit[] = [];
  for (const hit of candidates) {
    // Stryker disable next-line EqualityOperator: no two hits touch (each pattern needs a non-word character or a non-digit at its edges), so < and <= agree
    if (!accepted.some((a) => hit.start < a.end && a.start < hit.end)) accepted.push(hit);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** Where no beneficiary is known: anything shaped like a phone number or a date of birth. */
function shapeHits(folded: string, dates: ReturnType<typeof findDates>, today: string | undefined): PhiHit[] {
  const hits: PhiHit[] = [];
  pushMatches(hits, folded, PHONE_SHAPE, 'phone', 'a phone number');
  const thisYear = Number((today ?? new Date().toISOString()).slice(0, 4));
  for (const date of dates) {
    const year = date.shortYear ? (date.year + 2000 > thisYear ? date.year + 1900 : date.year + 2000) : date.year;
    if (year <= thisYear - BIRTH_YEARS_AGO) hits.push({ kind: 'date-of-birth', start: date.start, end: date.end, what: 'a date long past (shaped like a date of birth)' });
  }
  return hits;
}

/** Hits inside a value the plan typed as its own (the user's work phone). */
function withoutAllowed(folded: string, hits: PhiHit[], allowed: string[] | undefined): PhiHit[] {
  const values = allowed?.map((v) => foldForScan(v.slice(0, 200)).text.trim());
  // The last occurrence starting at or before the hit is the one that reaches furthest; '' covers no hit.
  return hits.filter((h) => !values?.some((value) => {
    const at = folded.lastIndexOf(value, h.start);
    return at >= 0 && h.end <= at + value.length;
  }));
}

const REDACTION: Record<PhiKind, string> = {
  name: '[REDACTED NAME]',
  hicn: '[REDACTED HICN]',
  mbi: '[REDACTED MBI]',
  ssn: '[REDACTED SSN]',
  'date-of-birth': '[REDACTED DATE OF BIRTH]',
  phone: '[REDACTED PHONE]',
  address: '[REDACTED ADDRESS]',
  summary: '[REDACTED SUMMARY TEXT]',
};

/** Replaces each hit (as found by `scanForPhi` on this same text) with a marker. */
export function redactPhi(text: string, hits: PhiHit[]): string {
  let out = text;
  for (const hit of [...hits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, hit.start) + REDACTION[hit.kind] + out.slice(hit.end);
  }
  return out;
}
