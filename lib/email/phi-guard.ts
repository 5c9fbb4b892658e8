/**
 * The PHI guard: finds beneficiary data in an email draft before it can be sent or copied.
 * Looks for the beneficiary's own name, HICN/MBI and date of birth as read from the page, and for
 * anything shaped like an MBI (CMS format rules, DOMAIN.md "Identifiers"), a HICN, a Railroad
 * Retirement number, an SSN or a labelled date of birth. Complaint IDs, contract numbers, phone
 * numbers and dates of contact are not hits.
 *
 * `known` values are PHI: they are never logged and never copied into a hit's `what`.
 */
import { findDates, isLabelledBirthDate, sameDate } from './phi-dates';
import { isCommonWord } from './common-words';

export type PhiKind = 'name' | 'hicn' | 'mbi' | 'ssn' | 'date-of-birth';

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
}

export interface PhiScanContext {
  /** Complaint IDs of the draft's cases: digit runs that are not SSNs. */
  complaintIds?: string[];
  /**
   * Names that are not the beneficiary's: the caseworkers and the plan. A name hit inside one of
   * these (a beneficiary who shares the caseworker's surname) is not a hit.
   */
  otherNames?: string[];
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

function compact(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The value's characters in order, with optional dashes or spaces between them. */
function looseIdentifier(value: string): RegExp {
  const chars = [...compact(value)].join('[-\\s]?');
  return new RegExp(`${EDGE_BEFORE}${chars}${EDGE_AFTER}`, 'gi');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  return [...new Set(name.split(/[^\p{L}'’-]+/u).map((t) => t.replace(/^['’-]+|['’-]+$/g, '')))]
    .filter((t) => [...t].filter((c) => /\p{L}/u.test(c)).length >= 2 && !HONORIFICS.has(t.toLowerCase()));
}

function nameHits(text: string, name: string): PhiHit[] {
  const found: { start: number; end: number; common: boolean }[] = [];
  for (const token of nameTokens(name)) {
    const pattern = escapeRegex(token).replace(/['’]/g, "['’]");
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(regex)) {
      const start = m.index ?? 0;
      found.push({ start, end: start + m[0].length, common: isCommonWord(token) });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // Join a name written out ("John Smith", "SMITH, JOHN") into one hit.
  const groups: { start: number; end: number; parts: number; common: boolean }[] = [];
  for (const f of found) {
    const last = groups.at(-1);
    if (last && f.start >= last.end && /^[\s,.]{1,3}$/.test(text.slice(last.end, f.start))) {
      last.end = f.end;
      last.parts += 1;
      last.common &&= f.common;
    } else if (!last || f.start >= last.end) {
      groups.push({ ...f, parts: 1 });
    }
  }
  // A name that is also an everyday word ("Will", "Close") counts only next to another part of the name.
  return groups
    .filter((g) => g.parts > 1 || !g.common)
    .map((g) => ({ kind: 'name' as const, start: g.start, end: g.end, what: "the beneficiary's name" }));
}

function withoutOtherNames(text: string, hits: PhiHit[], otherNames: string[]): PhiHit[] {
  const spans: [number, number][] = [];
  for (const other of otherNames.map((n) => n.trim()).filter((n) => n.length >= 2)) {
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(other)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(regex)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return hits.filter((h) => !spans.some(([start, end]) => start <= h.start && h.end <= end));
}

export function scanForPhi(text: string, known: KnownPhi = {}, context: PhiScanContext = {}): PhiHit[] {
  const candidates: PhiHit[] = []; // in priority order: known values first
  if (known.name?.trim()) candidates.push(...withoutOtherNames(text, nameHits(text, known.name), context.otherNames ?? []));
  for (const kind of ['mbi', 'hicn'] as const) {
    const value = known[kind];
    if (!value || compact(value).length < 6) continue;
    const label = kind === 'mbi' ? 'MBI' : 'HICN';
    pushMatches(candidates, text, looseIdentifier(value), kind, `the beneficiary's ${label}`);
    // The 9-digit number inside a HICN is an SSN of its own.
    const digits = compact(value).match(/\d{9}/)?.[0];
    if (kind === 'hicn' && digits) pushMatches(candidates, text, looseIdentifier(digits), 'hicn', "the number of the beneficiary's HICN");
  }
  const dates = findDates(text);
  const knownDob = known.dateOfBirth ? findDates(known.dateOfBirth)[0] : undefined;
  for (const date of dates) {
    if (knownDob && sameDate(date, knownDob)) {
      candidates.push({ kind: 'date-of-birth', start: date.start, end: date.end, what: "the beneficiary's date of birth" });
    }
  }

  pushMatches(candidates, text, MBI_SHAPE, 'mbi', 'an MBI (Medicare Beneficiary Identifier)');
  pushMatches(candidates, text, HICN_SHAPE, 'hicn', 'a HICN (Medicare claim number)');
  pushMatches(candidates, text, RRB_SHAPE, 'hicn', 'a Railroad Retirement claim number');
  const complaintIds = new Set((context.complaintIds ?? []).map((id) => id.trim()));
  pushMatches(candidates, text, SSN_SHAPE, 'ssn', 'a Social Security number', (start, value) => {
    if (complaintIds.has(value)) return false;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    return !COMPLAINT_LABEL.test(text.slice(Math.max(lineStart, start - 200), start));
  });
  for (const date of dates) {
    if (isLabelledBirthDate(text, date)) {
      candidates.push({ kind: 'date-of-birth', start: date.start, end: date.end, what: 'a date of birth' });
    }
  }

  const accepted: PhiHit[] = [];
  for (const hit of candidates) {
    if (!accepted.some((a) => hit.start < a.end && a.start < hit.end)) accepted.push(hit);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

const REDACTION: Record<PhiKind, string> = {
  name: '[REDACTED NAME]',
  hicn: '[REDACTED HICN]',
  mbi: '[REDACTED MBI]',
  ssn: '[REDACTED SSN]',
  'date-of-birth': '[REDACTED DATE OF BIRTH]',
};

/** Replaces each hit (as found by `scanForPhi` on this same text) with a marker. */
export function redactPhi(text: string, hits: PhiHit[]): string {
  let out = text;
  for (const hit of [...hits].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, hit.start) + REDACTION[hit.kind] + out.slice(hit.end);
  }
  return out;
}
