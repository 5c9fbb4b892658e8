/**
 * `contact-date-missing` (warning): the note reports a contact but gives no date near it.
 * SOP K.2: the entry contains the contact with the beneficiary/complainant "and date(s) of
 * contact"; the E note asks for "dates/times of contact attempts". Near = on the same line,
 * within 200 characters either way (notes are often one dated entry per line or per sentence).
 * A summary line that points at dates given elsewhere ("contacted (dates above)") is not flagged.
 */
import { hasSpanWithin, scanNote } from '../scan-note';
import { lineEnd, lineStart } from '../text-scan';
import type { Finding, Rule } from '../types';

const NEAR = 200;

/**
 * "dates above", "dated below", "(see above)", "as noted above", "dates listed below",
 * "on the dates recorded earlier": the dates are in the note, just not on this line.
 */
const DATES_ELSEWHERE =
  /\b(?:dat(?:es?|ed)\b(?! of birth)[^.\n]{0,30}\b(?:above|below|earlier|previously)|(?:see|noted|listed|recorded|documented|logged|detailed)\s+(?:above|below|earlier))\b/i;

export const contactDateMissing: Rule = (text) => {
  const { contacts, dates } = scanNote(text);
  // Stryker disable next-line ConditionalExpression: an early exit for speed; with no contacts the loop below adds nothing
  if (contacts.length === 0) return [];
  const findings: Finding[] = [];
  for (const contact of contacts) {
    const from = lineStart(text, contact.start, contact.start - NEAR);
    const to = lineEnd(text, contact.end, contact.end + NEAR);
    if (hasSpanWithin(dates, from, to)) continue;
    // Only reached without a date near the contact, so the keystroke path rarely pays for it.
    if (DATES_ELSEWHERE.test(text.slice(from, to))) continue;
    const words = text.slice(contact.start, contact.end);
    findings.push({
      rule: 'contact-date-missing',
      severity: 'warning',
      message: `"${words}": give the date of this contact, e.g. 03/04/2026 (SOP K.2).`,
      start: contact.start,
      end: contact.end,
    });
  }
  return findings;
};
