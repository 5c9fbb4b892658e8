/**
 * The keep-open guard: the SOP tells the plan NOT to close the case in CTM for scenarios A, B,
 * C, D, G, H, I, J and L (A.3, B.3, C.3, D.4, G.5.c, G.6.a, H.3, I.4, J.4, L.5).
 */
import type { CaseFacts } from '../case';
import { CASE_SCENARIO_MAP as SCENARIOS } from '../sop/case-scenarios';
import type { CaseLetter } from '../sop/types';

/** Why the page is set to close the case, or undefined while it stays open. */
export function closingSignal(facts: CaseFacts): string | undefined {
  if (facts.resolutionDate) return 'a resolution date is entered';
  if (facts.disposition === 'resolved') return 'the disposition is Resolved';
  if (facts.disposition === 'closed') return 'the disposition is Closed';
  return undefined;
}

export function isSetToClose(facts: CaseFacts): boolean {
  return closingSignal(facts) !== undefined;
}

/** True when the scenario says keep open and the page is set to close the case. */
export function keepOpenViolated(letter: CaseLetter, facts: CaseFacts): boolean {
  return SCENARIOS[letter].keepOpen && isSetToClose(facts);
}

/** The step that says "do not close", for the warning's citation. */
export function keepOpenStep(letter: CaseLetter): string | undefined {
  return SCENARIOS[letter].steps.find((step) => step.checks?.some((check) => check.kind === 'keep-open'))?.id;
}

/** The warning's words, also used for the confirmation before the form is submitted. */
export function keepOpenMessage(letter: CaseLetter): string {
  const scenario = SCENARIOS[letter];
  const step = keepOpenStep(letter);
  const exception = scenario.closeOnlyWhen ? ` Close it only if ${scenario.closeOnlyWhen}.` : '';
  return `The SOP says do NOT close this case in CTM (Scenario ${letter}, ${scenario.title}${step ? `, step ${step}` : ''}): the RO must act on the request first.${exception}`;
}

/** The question for the submit confirmation. */
export function keepOpenConfirmQuestion(letter: CaseLetter): string {
  return `${keepOpenMessage(letter)} Submit anyway?`;
}
