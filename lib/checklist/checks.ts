/** What the page says about one StepCheck: a state with a reason, or nothing when it cannot tell. */
import { containsPhrase, withoutPhrases } from '../detect/phrase';
import { contractsIn } from '../detect/contracts';
import type { StepCheck } from '../sop/types';
import { closingSignal } from './closing';
import { REASSIGNMENT_REASON_LABEL } from '../sop/case-terms';
import type { ChecklistInput, StepStateValue } from './types';

export interface CheckResult {
  /** Undefined: the page cannot show it, the caseworker's tick decides. */
  state?: StepStateValue;
  why: string;
}

export interface CheckContext extends ChecklistInput {
  /** The scenario's required phrases, not counted as "pertinent notes". */
  phrases: readonly string[];
}

/** Submitted length: browsers send each line break as CR LF. */
function submittedLength(text: string): number {
  return text.replace(/\r\n|\r|\n/g, '\r\n').length;
}

export function evaluateCheck(check: StepCheck, ctx: CheckContext): CheckResult {
  const { facts } = ctx;
  const note = ctx.currentEntry ?? '';
  switch (check.kind) {
    case 'phrase':
      return containsPhrase(note, check.phrase)
        ? { state: 'done', why: `The Current Entry says "${check.phrase}"` }
        : { state: 'todo', why: `Write "${check.phrase}" in the Current Entry` };
    case 'note':
      return withoutPhrases(note, ctx.phrases)
        ? { state: 'done', why: 'The Current Entry has notes' }
        : { state: 'todo', why: 'Write the pertinent notes in the Current Entry' };
    case 'note-length': {
      if (!note.trim()) return { state: 'todo', why: 'The Current Entry is empty' };
      const length = submittedLength(note);
      return length > check.max
        ? { state: 'todo', why: `${length} characters as submitted; the limit is ${check.max}` }
        : { state: 'done', why: `${length} of ${check.max} characters` };
    }
    case 'note-mentions':
      return check.pattern.test(note)
        ? { state: 'done', why: `The Current Entry mentions ${check.what}` }
        : { state: 'todo', why: `Mention ${check.what} in the Current Entry` };
    case 'note-names-contract': {
      const named = contractsIn(note).filter((c) => c !== facts.contractNumber);
      // A plan name cannot be recognised, so without a contract number the tick decides.
      return named.length
        ? { state: 'done', why: `The Current Entry names ${named.join(', ')}` }
        : { why: 'Name the plan or its contract number in the Current Entry, if known' };
    }
    case 'note-names-caseworker':
      if (!facts.caseworker) return { why: 'Write the caseworker shown on the complaint' };
      return containsPhrase(note, facts.caseworker)
        ? { state: 'done', why: 'The Current Entry names the caseworker' }
        : { state: 'todo', why: `Write the caseworker shown on the complaint (${facts.caseworker})` };
    case 'reassignment': {
      const wanted = REASSIGNMENT_REASON_LABEL[check.reason];
      if (facts.reassignmentRequested === undefined) return { why: `Check the reassignment indicator: ${wanted}` };
      if (!facts.reassignmentRequested) return { state: 'todo', why: `Check the reassignment indicator: ${wanted}` };
      if (facts.reassignmentReason === undefined) return { why: `The indicator is checked; make sure the reason is: ${wanted}` };
      return facts.reassignmentReason === check.reason
        ? { state: 'done', why: `The indicator is checked: ${wanted}` }
        : { state: 'todo', why: `The indicator is checked as "${REASSIGNMENT_REASON_LABEL[facts.reassignmentReason]}"; this scenario needs "${wanted}"` };
    }
    case 'requested-category':
      return facts.requestedCategory
        ? { state: 'done', why: `Requested category: ${facts.requestedCategory}` }
        : { state: 'todo', why: 'Choose a Requested Complaint Category' };
    case 'requested-issue-level':
      if (!facts.requestedIssueLevel) return { state: 'todo', why: 'Choose a Requested Issue Level' };
      return facts.requestedIssueLevel === facts.issueLevel
        ? { state: 'todo', why: 'The requested issue level is the same as the current one' }
        : { state: 'done', why: `Requested issue level: ${facts.requestedIssueLevel}` };
    case 'resolution-date':
      return facts.resolutionDate
        ? { state: 'done', why: `Resolution date ${facts.resolutionDate}` }
        : { state: 'todo', why: 'No resolution date is entered' };
    case 'category-assigned':
      return facts.category?.trim()
        ? { state: 'done', why: `Category: ${facts.category}` }
        : { state: 'todo', why: 'No complaint category is assigned: see Scenario I' };
    case 'closed-resolved':
      if (!facts.resolutionDate) return { state: 'todo', why: 'Enter the resolution date to close the case' };
      if (facts.disposition && facts.disposition !== 'resolved' && facts.disposition !== 'closed') {
        return { state: 'todo', why: 'Report the disposition as resolved' };
      }
      return { state: 'done', why: 'Resolution date entered; disposition resolved' };
    case 'keep-open': {
      const closing = closingSignal(facts);
      return closing
        ? { state: 'blocked', why: `The page is set to close this case (${closing}); the SOP says do NOT close it` }
        : { state: 'done', why: 'The case is still open' };
    }
    case 'rd-branch': {
      const { paths = [], confirmed: chosen } = ctx.branch ?? {};
      const confirmed = paths.find((path) => path.branch === chosen);
      if (confirmed) return { state: 'done', why: `You confirmed: ${confirmed.label} (${confirmed.step})` };
      const choices = paths.map((path) => `${path.label} (${path.step})`).join(' or ');
      return { state: 'todo', why: choices ? `Confirm ${choices} below` : 'Decide which path the case takes' };
    }
  }
}
