/**
 * Whether a tracked case is still the plan's to work. A case leaves the deadline list when it is
 * closed as resolved and its scenario allows closing, or when it has left the plan.
 */
import type { CaseFacts } from '../case';
import { CASE_SCENARIO_MAP } from '../sop/case-scenarios';
import type { CaseStatus, ScenarioLetter } from './tracked-case';

/** The case scenarios A–L (the guides M–P are never keep-open): the guides' text stays off complaint pages. */
const KEEP_OPEN_BY_LETTER: Partial<Record<ScenarioLetter, { keepOpen: boolean }>> = CASE_SCENARIO_MAP;

/**
 * A case worked under a scenario whose SOP text says the plan must NOT close it in CTM (its
 * `keepOpen`) stays on the list even if the page shows a resolution, because closing it is the
 * mistake the panel warns about.
 */
export function scenarioAllowsClosing(scenario: ScenarioLetter | undefined): boolean {
  // Stryker disable next-line ConditionalExpression: the table has no entry under undefined either, which allows closing the same way
  return scenario === undefined || !KEEP_OPEN_BY_LETTER[scenario]?.keepOpen;
}

/**
 * Closed as resolved: SOP F.1 note, a resolution date must be entered for the complaint to be
 * recorded as closed/resolved; the disposition says how it ended.
 */
export function closedOnPage(facts: Pick<CaseFacts, 'resolutionDate' | 'disposition'>): boolean {
  const ended = facts.disposition === 'resolved' || facts.disposition === 'closed' || facts.disposition === 'withdrawn';
  return facts.resolutionDate !== undefined && ended;
}

/**
 * Left the plan: the RO agreed to reassign it to "CMS Issue" (SOP C.4, G.5.e, H.4, L.6) or to
 * another contract (A.4), which shows as a contract number that is not one of the plan's.
 * "Other" and "Unknown" are intake assignments the plan still works (SOP key 12, 17).
 */
export function leftPlan(contractNumber: string | undefined, planContracts: readonly string[] = []): boolean {
  if (contractNumber === 'CMS') return true;
  if (!contractNumber || contractNumber === 'OTHER' || contractNumber === 'UNKNOWN') return false;
  return planContracts.length > 0 && !planContracts.includes(contractNumber);
}

export function deriveStatus(input: {
  closed: boolean;
  leftPlan: boolean;
  scenario: ScenarioLetter | undefined;
  doneByUser: boolean;
}): CaseStatus {
  if (input.leftPlan) return 'left-plan';
  if (input.closed && scenarioAllowsClosing(input.scenario)) return 'closed';
  if (input.doneByUser) return 'done';
  return 'open';
}
