import { applyFix } from '../../../lib/lint/fix';
import { lintNote } from '../../../lib/lint/lint-note';
import type { Finding, LintContext } from '../../../lib/lint/types';

/** The findings of one rule, as `lintNote` returns them. */
export function findingsOf(rule: string, text: string, context: LintContext = {}): Finding[] {
  return lintNote(text, context).filter((f) => f.rule === rule);
}

/** The text after applying the finding's fix (fails the test when there is none). */
export function fixed(text: string, finding: Finding | undefined): string {
  if (!finding?.fix) throw new Error('expected a fix');
  return applyFix(text, finding.fix);
}
