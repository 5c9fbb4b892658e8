/**
 * Criteria a scenario module declares (e.g. what makes an RD critical, SOP G.4), checked against
 * the page's PHI-free facts and, in memory only, the complaint summary. Generic: the scenario
 * module holds the words; this file only reads them.
 */
import type { CaseFacts, IssueLevel } from '../case';
import { hasMeaning, type Meaning } from './meaning';

/** MA-PD: a Medicare Advantage contract (H local, R regional). PDP: a stand-alone S contract. */
export type PlanType = 'MA-PD' | 'PDP';

export function planType(contract: string | undefined): PlanType | undefined {
  // Stryker disable next-line ConditionalExpression: an absent contract matches neither pattern below either
  if (!contract) return undefined;
  if (/^[HR]\d{4}$/.test(contract)) return 'MA-PD';
  if (/^S\d{4}$/.test(contract)) return 'PDP';
  return undefined;
}

export interface Criterion {
  /** The SOP item that states it. */
  step: string;
  /** Holds only for these plan types. */
  planTypes?: readonly PlanType[];
  /** Holds when the page shows this issue level. */
  issueLevel?: IssueLevel;
  /** Holds when the summary says this. */
  summary?: Meaning;
  /** Why, in words, without quoting the summary. */
  reason: string;
}

export interface CriteriaInput {
  facts: CaseFacts;
  /** The complaint summary (PHI): read here, never quoted. */
  summary?: string;
}

function holds(criterion: Criterion, { facts, summary }: CriteriaInput): boolean {
  if (criterion.planTypes) {
    const type = planType(facts.contractNumber);
    if (!type || !criterion.planTypes.includes(type)) return false;
  }
  if (criterion.issueLevel !== undefined && facts.issueLevel !== criterion.issueLevel) return false;
  if (criterion.summary && !hasMeaning(summary, criterion.summary)) return false;
  return criterion.issueLevel !== undefined || criterion.summary !== undefined;
}

/** The criteria that hold, in declaration order. */
export function criteriaMet(criteria: readonly Criterion[], input: CriteriaInput): Criterion[] {
  return criteria.filter((criterion) => holds(criterion, input));
}
