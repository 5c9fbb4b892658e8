/**
 * What follows from facts the page has but that cannot be used (unreadable, or shown with two
 * different values): the one sentence the panel says about the complaint ID, why there is no due
 * moment, which facts keep the background from tracking this page, and what the email
 * drafts say instead of a value. Pure: the panel renders it, the background link sends it.
 */
import type { CaseSnapshot, FactKey } from './case';
import { TRACKED_FACT_KEYS } from './case-keys';
import { canonicalLabel, type LabelKey } from './page/label-vocabulary';

export type UnusableFacts = {
  /** The panel's notice when the complaint ID cannot be used: nothing is tracked or saved. */
  complaintIdNotice?: string;
  /** Why the panel shows no due moment, when the page's facts cannot give one. */
  deadlineReason?: string;
  /**
   * Tracked facts (not the ID) the page shows but that cannot be used: shown with two values, or
   * an unreadable fact the due moment is computed from. The background does not track this page.
   */
  untracked: string[];
  /** For the email drafts, in place of the value: why it is not there. */
  draftProblems: { complaintId?: string; caseworker?: string };
};

/** Why a fact the page has is not in `facts`: its value could not be read, or the page shows several. */
export type FactProblem = { kind: 'malformed'; reason: string } | { kind: 'conflict'; values: string[] };

export function factProblem(snapshot: CaseSnapshot, key: FactKey): FactProblem | undefined {
  const conflict = snapshot.conflicts.find((c) => c.key === key);
  if (conflict) return { kind: 'conflict', values: conflict.values };
  const malformed = snapshot.malformed.find((m) => m.key === key);
  return malformed ? { kind: 'malformed', reason: malformed.reason } : undefined;
}

function listed(values: string[]): string {
  if (values.length > 1) return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
  // Stryker disable next-line StringLiteral: one value at most, so no separator shows
  return values.join('');
}

function draftProblem(problem: FactProblem | undefined, what: string): string | undefined {
  if (!problem) return undefined;
  return problem.kind === 'conflict' ? `the page shows different ${what}: ${listed(problem.values)}` : 'could not be read from the page';
}

/** The facts the due moment is computed from (DOMAIN.md "Due moments"). */
const DUE_MOMENT_KEYS: readonly string[] = ['assignedDate', 'receivedDate', 'issueLevel'];

const labelOf = (key: string) => canonicalLabel(key as LabelKey);

export function unusableFacts(snapshot: CaseSnapshot): UnusableFacts {
  const id = factProblem(snapshot, 'complaintId');
  const conflicted = snapshot.conflicts
    .map((c) => c.key)
    .filter((key) => key !== 'complaintId' && (TRACKED_FACT_KEYS as readonly string[]).includes(key));
  // An unreadable date or level would otherwise give a due moment on another basis (the
  // received date, the no-level budget) as if the page showed none.
  const unreadable = snapshot.malformed.map((m) => m.key).filter((key) => DUE_MOMENT_KEYS.includes(key));
  const notSaved = 'This case is not tracked, it has no due moment here, and ticks and picks on this page are not saved.';
  const complaintIdNotice = !id
    ? undefined
    : id.kind === 'conflict'
      ? `The page shows different complaint IDs (${listed(id.values)}), so neither is used. ${notSaved}`
      : `The complaint ID could not be read: ${id.reason}. ${notSaved}`;
  const factReasons = [
    conflicted.length > 0 ? `the page shows different values for ${listed(conflicted.map(labelOf))}` : '',
    unreadable.length > 0 ? `the page’s ${listed(unreadable.map(labelOf))} could not be read` : '',
  ].filter(Boolean);
  const deadlineReason = id
    ? id.kind === 'conflict'
      ? 'the page shows different complaint IDs, so this case is not tracked'
      : 'the complaint ID could not be read, so this case is not tracked'
    : factReasons.length > 0
      ? factReasons.join('; ')
      : undefined;
  return {
    complaintIdNotice,
    deadlineReason,
    untracked: [...conflicted, ...unreadable],
    draftProblems: {
      complaintId: draftProblem(id, 'complaint IDs'),
      caseworker: draftProblem(factProblem(snapshot, 'caseworker'), 'caseworkers'),
    },
  };
}
