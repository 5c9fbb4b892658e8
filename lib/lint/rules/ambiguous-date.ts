/**
 * `ambiguous-date` (info): a numeric date a reviewer could read two ways — 03/04 is March 4 or
 * 3 April. CTM's own date fields are MM/DD/YYYY, so that form (slashes, four-digit year) is read
 * one way; a missing or two-digit year, or dashes and dots, leave room for the other reading.
 * SOP K.1.a: every entity reviewing the record must understand it. No fix: which reading is
 * meant is the caseworker's to say.
 */
import { scanNote } from '../scan-note';
import type { Finding, Rule } from '../types';

export const ambiguousDate: Rule = (text) => {
  const findings: Finding[] = [];
  for (const date of scanNote(text).dates) {
    const { first, second, separator, year } = date;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: dates without numeric parts (ISO, month names) have neither and first === second skips them too; this line narrows the type
    if (first === undefined || second === undefined) continue;
    // The scan keeps only parts of 1 to 31 that read as a date at least one way.
    if (first === second || first > 12 || second > 12) continue;
    if (separator === '/' && year !== undefined && year.length === 4) continue;
    const written = text.slice(date.start, date.end);
    findings.push({
      rule: 'ambiguous-date',
      severity: 'info',
      message: `"${written}" could be read as month ${first} day ${second} or day ${first} month ${second}: write MM/DD/YYYY with a four-digit year, or the month's name (CTM Assist suggests; SOP K.1.a asks that every reviewer understand the note).`,
      start: date.start,
      end: date.end,
    });
  }
  return findings;
};
