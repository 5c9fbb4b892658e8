/**
 * Raw text from the page → the normalised values of TEST-HOOKS.md. Each normaliser returns
 * `{ value }`, `{}` for a blank field, or `{ error }` when the text cannot be read: malformed
 * values are reported, never guessed.
 */
import type { Disposition, IssueLevel, ReassignmentReason, YesNo } from '../case';

export type Normalized<T> = { value?: T; error?: string };

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Characters that show nothing: zero-width spaces and joiners, the word joiner, soft hyphens,
 * direction marks and the byte-order mark. A value is read as the caseworker sees it, so
 * `40\u200B12345` is the complaint ID 4012345.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** A value as shown on screen: invisible characters dropped, whitespace collapsed. */
export function visibleText(text: string): string {
  return collapseWhitespace(text.replace(INVISIBLE, ''));
}

/** Placeholder choices such as "-- Select --" or "(none)" mean the field is blank. */
export function isPlaceholder(text: string): boolean {
  return /^(?:-+\s*)?(?:select\b.*|please select.*|choose.*|\(?none selected\)?|\(none\)|n\/a)?(?:\s*-+)?$/i.test(
    collapseWhitespace(text),
  );
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,4}))?)?`;
const US_DATE = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})${TIME}$`);
const ISO_DATE = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`);
const NAMED_DATE = /^(?:[a-z]+,?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/i;

/** US dates (`11/2/2026`, `11/02/2026 3:15 PM`, `Nov 2, 2026`) and ISO dates → `YYYY-MM-DD`. */
export function normalizeDate(raw: string): Normalized<string> {
  const text = visibleText(raw);
  if (!text || isPlaceholder(text)) return {};
  let year: number;
  let month: number;
  let day: number;
  const us = US_DATE.exec(text);
  const iso = ISO_DATE.exec(text);
  const named = NAMED_DATE.exec(text);
  if (us) {
    if (us[3]!.length === 2) return { error: `"${text}" has a two-digit year` };
    [month, day, year] = [Number(us[1]), Number(us[2]), Number(us[3])];
  } else if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (named && MONTHS.includes(named[1]!.toLowerCase())) {
    [year, month, day] = [Number(named[3]), MONTHS.indexOf(named[1]!.toLowerCase()) + 1, Number(named[2])];
  } else {
    return { error: `"${text}" is not a date (expected MM/DD/YYYY)` };
  }
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // Date.UTC rolls a 30 February into March and years below 100 into the 1900s: a real date reads back unchanged.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.toISOString().slice(0, 10) !== value) return { error: `"${text}" is not a calendar date` };
  return { value };
}

/** Issue Level: Immediate Need (SOP key 11, "aka immediate action"), Urgent (key 18), or none. */
export function normalizeIssueLevel(raw: string): Normalized<IssueLevel> {
  const text = visibleText(raw).toLowerCase();
  if (!text || isPlaceholder(text) || /^(?:none|no issue level|not applicable|standard|routine)$/.test(text)) {
    return { value: 'none' };
  }
  if (/^immediate(?:[ -]need| action)?$/.test(text)) return { value: 'immediate-need' };
  if (text === 'urgent') return { value: 'urgent' };
  return { error: `"${visibleText(raw)}" is not an issue level (Immediate Need, Urgent or None)` };
}

export function normalizeYesNo(raw: string): Normalized<YesNo> {
  const text = visibleText(raw).toLowerCase();
  if (!text || isPlaceholder(text)) return {};
  if (/^(?:yes|y|true|checked|on|1)$/.test(text)) return { value: 'yes' };
  if (/^(?:no|n|false|unchecked|off|0)$/.test(text)) return { value: 'no' };
  return { error: `"${visibleText(raw)}" is not Yes or No` };
}

const CONTRACT_IN_TEXT = /(?:^|[^A-Za-z0-9])([HRSEFXhrsefx9]\d{4})(?![0-9])/;

/** Contract numbers (`S1234`, `s1234 - Acme PDP`, `H1234-015`) and CMS / Other / Unknown. */
export function normalizeContract(raw: string): Normalized<string> {
  const text = visibleText(raw);
  if (!text || isPlaceholder(text)) return {};
  const special = /^(cms|other|unknown)\b/i.exec(text);
  if (special) return { value: special[1]!.toUpperCase() };
  const found = CONTRACT_IN_TEXT.exec(text);
  if (found) return { value: found[1]!.toUpperCase() };
  return { error: `"${text}" is not a contract number (a type letter and four digits, or CMS, Other, Unknown)` };
}

/** Longer than any CTM complaint ID; the messages between the panel and the worker allow 20. */
export const MAX_COMPLAINT_ID_DIGITS = 20;

/** Complaint IDs are the CTM's numeric identifiers: digits as shown. */
export function normalizeComplaintId(raw: string): Normalized<string> {
  const text = visibleText(raw);
  if (!text) return {};
  const digits = /^#?\s*(\d+)$/.exec(text)?.[1];
  if (!digits) return { error: `"${text}" is not a complaint ID (digits)` };
  if (digits.length > MAX_COMPLAINT_ID_DIGITS) return { error: `more than ${MAX_COMPLAINT_ID_DIGITS} digits: not a complaint ID` };
  return { value: digits };
}

export function normalizeDisposition(raw: string): Normalized<Disposition> {
  const text = visibleText(raw).toLowerCase();
  if (!text || isPlaceholder(text)) return {};
  if (/\bunresolved\b|not resolved/.test(text)) return { value: 'unresolved' };
  if (/\bresolved\b/.test(text)) return { value: 'resolved' };
  if (/\bwithdrawn?\b/.test(text)) return { value: 'withdrawn' };
  if (/\bclosed?\b/.test(text)) return { value: 'closed' };
  if (/\b(?:open|pending|in progress|active)\b/.test(text)) return { value: 'open' };
  return { error: `"${visibleText(raw)}" is not a disposition (Resolved, Unresolved, Withdrawn)` };
}

/** The reassignment reasons of SOP A.2, C.2, D.2, I.2 and J.2. */
export function normalizeReassignmentReason(raw: string): Normalized<ReassignmentReason> {
  const text = visibleText(raw).toLowerCase();
  if (!text || isPlaceholder(text)) return {};
  if (/another plan|other plan|different plan|wrong plan/.test(text)) return { value: 'another-plan' };
  if (/cms issue/.test(text)) return { value: 'cms-issue' };
  if (/issue level/.test(text)) return { value: 'issue-level' };
  if (/categor/.test(text)) return { value: 'category' };
  return { error: `"${visibleText(raw)}" is not a reassignment reason` };
}

/** Free text such as a category or a name: whitespace collapsed, placeholders blank. */
export function normalizeText(raw: string): Normalized<string> {
  const text = visibleText(raw);
  if (!text || isPlaceholder(text)) return {};
  return { value: text };
}
