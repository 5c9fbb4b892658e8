/**
 * The keep-open guard: the SOP tells the plan NOT to close the case in CTM for scenarios A, B,
 * C, D, G, H, I, J and L (A.3, B.3, C.3, D.4, G.5.c, G.6.a, H.3, I.4, J.4, L.5).
 */
import type { CaseFacts } from '../case';
import { CASE_SCENARIO_MAP as SCENARIOS } from '../sop/case-scenarios';
import type { BranchPath, CaseLetter, RdBranch } from '../sop/types';

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

/** The paths the warning speaks of: the confirmed one, else all (none for a scenario without paths). */
function pathsFor(letter: CaseLetter, branch: RdBranch | undefined): readonly BranchPath[] {
  const paths = SCENARIOS[letter].branching?.paths ?? [];
  const confirmed = paths.filter((path) => path.branch === branch);
  return confirmed.length ? confirmed : paths;
}

/** The step that says "do not close", for the warning's citation (on a confirmed path, that path's). */
export function keepOpenStep(letter: CaseLetter, branch?: RdBranch): string | undefined {
  const paths = pathsFor(letter, branch);
  if (paths.length === 1) return paths[0]!.keepOpen.step;
  return SCENARIOS[letter].steps.find((step) => step.checks?.some((check) => check.kind === 'keep-open'))?.id;
}

/** The warning's words, also used for the confirmation before the form is submitted. */
export function keepOpenMessage(letter: CaseLetter, branch?: RdBranch): string {
  const scenario = SCENARIOS[letter];
  const paths = pathsFor(letter, branch);
  const steps = paths.length ? paths.map((path) => path.keepOpen.step) : [keepOpenStep(letter)].filter((id): id is string => !!id);
  const where = steps.length ? `, step${steps.length > 1 ? 's' : ''} ${steps.join(', ')}` : '';
  // Who must act first: the path's own words (G.6: IntegriGuard, not the RO), each path named while none is confirmed.
  const waiting =
    paths.length === 1
      ? paths[0]!.keepOpen.waitingFor
      : paths.length
        ? paths.map((path) => `${path.label}: ${path.keepOpen.waitingFor}`).join('; ')
        : 'the RO must act on the request first';
  const closeOnlyWhen = paths.length === 1 ? paths[0]!.closeOnlyWhen : scenario.closeOnlyWhen;
  const exception = closeOnlyWhen ? ` Close it only if ${closeOnlyWhen}.` : '';
  return `The SOP says do NOT close this case in CTM (Scenario ${letter}, ${scenario.title}${where}): ${waiting}.${exception}`;
}

/** The question for the submit confirmation. */
export function keepOpenConfirmQuestion(letter: CaseLetter, branch?: RdBranch): string {
  return `${keepOpenMessage(letter, branch)} Submit anyway?`;
}
