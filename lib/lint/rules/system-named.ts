/**
 * `system-named` (info): a sentence speaks of a system update but names no system. SOP K.1.b:
 * "Identify systems as 'pharmacy', 'enrollment', etc."; K.1.d: include systems issues and
 * updates. One finding per sentence, at its first update word.
 */
import { lowerCaseOf } from '../lower-case';
import { scanNote } from '../scan-note';
import { sentenceBounds } from '../text-scan';
import type { Finding, Rule } from '../types';

// Run on the lower-cased note (see lower-case.ts).
const SYSTEM =
  /\b(?:pharmacy|pharmacies|enrollment|disenrollment|claims?|billing|premiums?|eligibility|formulary|pbm|marx|member services|customer service|accumulators?|lis|troop|cob|coordination of benefits|prior authorization|coverage determination|grievance|appeals?|point[- ]of[- ]sale|pos|adjudication|pricing|call center|membership|ctm|hpms)\b/;

export const systemNamed: Rule = (text) => {
  const findings: Finding[] = [];
  const { updates } = scanNote(text);
  // Stryker disable next-line ConditionalExpression: an early exit for speed; with no updates the loop below adds nothing
  if (updates.length === 0) return findings;
  const lower = lowerCaseOf(text);
  let coveredUntil = -1;
  for (const update of updates) {
    if (update.start < coveredUntil) continue;
    const [from, to] = sentenceBounds(text, update.start);
    coveredUntil = to;
    if (SYSTEM.test(lower.slice(from, to))) continue;
    const word = text.slice(update.start, update.end);
    findings.push({
      rule: 'system-named',
      severity: 'info',
      message: `"${word}": name the system, e.g. pharmacy, enrollment, claims (SOP K.1.b).`,
      start: update.start,
      end: update.end,
    });
  }
  return findings;
};
