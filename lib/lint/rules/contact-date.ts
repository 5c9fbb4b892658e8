/**
 * `contact-date-missing` (warning): the note reports a contact but gives no date near it.
 * SOP K.2: the entry contains the contact with the beneficiary/complainant "and date(s) of
 * contact"; the E note asks for "dates/times of contact attempts". Near = on the same line,
 * within 200 characters either way (notes are often one dated entry per line or per sentence).
 */
import { hasSpanWithin, scanNote } from '../scan-note';
import { lineEnd, lineStart } from '../text-scan';
import type { Finding, Rule } from '../types';

const NEAR = 200;

export const contactDateMissing: Rule = (text) => {
  const { contacts, dates } = scanNote(text);
  if (contacts.length === 0) return [];
  const findings: Finding[] = [];
  for (const contact of contacts) {
    const from = lineStart(text, contact.start, contact.start - NEAR);
    const to = lineEnd(text, contact.end, contact.end + NEAR);
    if (hasSpanWithin(dates, from, to)) continue;
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
