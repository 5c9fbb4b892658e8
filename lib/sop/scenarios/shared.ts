/**
 * Step texts that several scenarios share word for word in the SOP (the RO decision and the
 * "Note to Plan"). Each scenario still cites its own copy of the passage.
 */
import type { CaseFacts } from '../../case';
import { REASSIGNMENT_REASON_LABEL, type ReassignmentReason } from '../case-terms';
import { WEIGHT } from '../../detect/weights';
import type { StepCheck } from '../types';

export const KEEP_OPEN: readonly StepCheck[] = [{ kind: 'keep-open' }];

export const DO_NOT_CLOSE_TEXT =
  'Do NOT close the case in CTM: it is flagged for the RO to agree or disagree with the request.';

export const WATCH_NOTE_TO_PLAN_TEXT =
  'Watch the "Note to Plan" on the Plan Resolution page: it shows if the RO disagrees. If the RO agrees, the complaint leaves your list.';

/** The detection reason when the reassignment box is checked with `reason`, else undefined. */
export function indicatorChecked(facts: CaseFacts, reason: ReassignmentReason): string | undefined {
  if (facts.reassignmentRequested !== true || facts.reassignmentReason !== reason) return undefined;
  return `The reassignment box is checked: ${REASSIGNMENT_REASON_LABEL[reason]}`;
}

/** The reassignment box checked as a CMS issue backs G, H or L once that scenario is signalled. */
export function backsCmsIssue(facts: CaseFacts, signalled: boolean): { weight: number; reason: string }[] {
  const checked = indicatorChecked(facts, 'cms-issue');
  return checked && signalled ? [{ weight: WEIGHT.corroboration, reason: checked }] : [];
}

/** Key 17's second reading of "Unknown", shared by D (not Part D) and C (a CMS issue). */
export const UNKNOWN_CONTRACT_NOT_PART_D =
  'Contract assignment is Unknown: the complaint may not be directed toward a Part D sponsor (SOP key 17)';

/** D.3, I.3: a requested category is already chosen. */
export function requestedCategoryReason(facts: CaseFacts): string | undefined {
  return facts.requestedCategory ? `A requested complaint category is chosen ("${facts.requestedCategory}")` : undefined;
}

/** The summary (PHI, read in memory only) says what `pattern` looks for; no summary says nothing. */
export function summarySays(summary: string | undefined, pattern: RegExp): boolean {
  // Stryker disable next-line LogicalOperator,StringLiteral: a missing summary tested as text reads "undefined", which no scenario's summary pattern accepts
  return pattern.test(summary ?? '');
}
