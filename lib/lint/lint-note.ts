/**
 * Runs every note rule over the Current Entry (Plan Response) text: most severe first, then by
 * position. Pure and synchronous, cheap enough to run on every keystroke.
 */
import { fixGrowth } from './fix';
import { formatCount } from './format-count';
import { abbreviation } from './rules/abbreviation';
import { ambiguousDate } from './rules/ambiguous-date';
import { caseworkerName } from './rules/caseworker-name';
import { contactAttempts } from './rules/contact-attempts';
import { contactDateMissing } from './rules/contact-date-missing';
import { noteNearLimit } from './rules/note-near-limit';
import { noteTooLong } from './rules/note-too-long';
import { pastedCharacters } from './rules/pasted-characters';
import { referralTargetMissing } from './rules/referral-target-missing';
import { replyCode } from './rules/reply-code';
import { requiredPhrase } from './rules/required-phrase';
import { systemNamed } from './rules/system-named';
import { NOTE_LIMIT, submittedLength } from './submitted-length';
import { SEVERITY_ORDER, type Finding, type LintContext, type Rule } from './types';

export const NOTE_RULES: readonly Rule[] = [
  noteTooLong,
  noteNearLimit,
  requiredPhrase,
  abbreviation,
  contactDateMissing,
  contactAttempts,
  referralTargetMissing,
  caseworkerName,
  systemNamed,
  replyCode,
  ambiguousDate,
  pastedCharacters,
];

const byImportance = (a: Finding, b: Finding): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  a.start - b.start ||
  // Stryker disable next-line ArithmeticOperator: no two of today's findings share severity and start with different ends (one scan never yields overlapping spans; zero-length findings at one place share their end), so this only keeps ties stable
  a.end - b.end;

export function lintNote(text: string, context: LintContext = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of NOTE_RULES) {
    for (const finding of rule(text, context)) findings.push(finding);
  }
  flagFixesThatOverflow(text, findings);
  return findings.sort(byImportance);
}

/** A fix never grows the note past the limit without saying so: the caseworker would not expect a fix to push it over. */
function flagFixesThatOverflow(text: string, findings: Finding[]): void {
  let count = -1;
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix) continue;
    const growth = fixGrowth(text, fix);
    if (growth <= 0) continue;
    // Stryker disable next-line ConditionalExpression: counting once is for speed; the same text gives the same count
    if (count === -1) count = submittedLength(text);
    const over = count + growth - NOTE_LIMIT;
    if (over <= 0) continue;
    finding.fix = {
      ...fix,
      // No count in the label: it would change on every keystroke (the meter shows the count).
      label: `${fix.label} (puts the note over ${formatCount(NOTE_LIMIT)} as submitted)`,
      overLimitBy: over,
    };
  }
}
