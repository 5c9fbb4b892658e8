/**
 * The case scenarios A–L: what the panel on a complaint page needs. Kept apart from the guides
 * (M–P, popup only) so the content script carries only these.
 */
import { A } from './scenarios/a';
import { B } from './scenarios/b';
import { C } from './scenarios/c';
import { D } from './scenarios/d';
import { E } from './scenarios/e';
import { F } from './scenarios/f';
import { G } from './scenarios/g';
import { H } from './scenarios/h';
import { I } from './scenarios/i';
import { J } from './scenarios/j';
import { K } from './scenarios/k';
import { L } from './scenarios/l';
import type { CaseFacts, ReassignmentReason } from '../case';
import { containsPhrase } from '../detect/phrase';
import type { BranchPath, CaseLetter, FollowUp, HandOver, Provenance, RdBranch, RequiredPhrase, Scenario, ScenarioLint, ScenarioPhrase, SopStep } from './types';

export { NOT_PART_D_PHRASE } from './scenarios/d';
export { CRITICAL_RD_PHRASE, INTEGRIGUARD_PHRASE } from './scenarios/g';
export { EE_PHRASE } from './scenarios/h';
export { CIS_CONGRESSIONAL_PHRASE } from './scenarios/l';

export const CASE_SCENARIO_MAP: Readonly<Record<CaseLetter, Scenario>> = { A, B, C, D, E, F, G, H, I, J, K, L };

/** Nesting depth: 'A.1' → 0, 'A.1.a' → 1, 'G.5.b.i' → 2. */
export function stepDepth(step: SopStep): number {
  return step.id.split('.').length - 2;
}

/**
 * The phrases the Current Entry must contain for a scenario, each with the scenario and step
 * that ask for it. For G, pass the path when known; without it G asks for none (the caseworker
 * has not decided yet).
 */
export function requiredPhrases(letter: CaseLetter, branch?: RdBranch): ScenarioPhrase[] {
  return CASE_SCENARIO_MAP[letter].requiredPhrases
    .filter((required) => required.branch === undefined || required.branch === branch)
    .map((required) => ({ ...required, scenario: letter }));
}

/** The note says what the phrase asks: its exact words (case and spacing aside), or its meaning. */
export function noteSays(text: string | undefined, required: RequiredPhrase): boolean {
  // Stryker disable next-line LogicalOperator,StringLiteral: a missing note tested as text reads "undefined", which says no meaning either
  return required.meaning ? required.meaning.pattern.test(text ?? '') : containsPhrase(text, required.phrase);
}

/**
 * The suggested scenarios that apply alongside `active` (a CIS case that is also an RD), in
 * the order given. Either scenario's module may declare the pair.
 */
export function alsoApplies(active: CaseLetter, suggested: readonly CaseLetter[]): CaseLetter[] {
  const pairs = (a: CaseLetter, b: CaseLetter) => CASE_SCENARIO_MAP[a].alsoAppliesWith?.includes(b) ?? false;
  return suggested.filter((letter) => {
    // Stryker disable next-line ConditionalExpression: no scenario lists itself (sop-data.test.ts), so this only keeps such a slip from listing the active scenario again
    if (letter === active) return false;
    return pairs(active, letter) || pairs(letter, active);
  });
}

/** Where a required phrase comes from (shown with the finding that asks for it): its own provenance, else the step's SOP item. */
export function phraseProvenance(phrase: string): Provenance | undefined {
  for (const scenario of Object.values(CASE_SCENARIO_MAP)) {
    const required = scenario.requiredPhrases.find((r) => r.phrase === phrase);
    if (required) return required.provenance ?? { kind: 'sop', item: required.step };
  }
  return undefined;
}

export interface BranchChoice {
  /** The scenario's paths (G: critical, non-critical); absent for a scenario without. */
  paths?: readonly BranchPath[];
  /** The SOP item where the caseworker decides (G.4). */
  decidedAt?: string;
  /** The path the caseworker confirmed: only its steps, phrases and emails apply. Undefined shows both. */
  confirmed?: RdBranch;
  /** What CTM Assist suggests, with its reasons; never applied without the caseworker's click. */
  suggestion?: { branch: RdBranch; reasons: string[]; provenance: Provenance };
}

/**
 * Which path a scenario with branches takes (G.4–G.6), computed once per evaluation: the
 * caseworker's confirmed choice, and CTM Assist's suggestion with its reasons. Empty for a
 * scenario without paths.
 */
export function branchChoice(letter: CaseLetter, input: { facts: CaseFacts; currentEntry?: string; summary?: string; confirmed?: RdBranch }): BranchChoice {
  const branching = CASE_SCENARIO_MAP[letter].branching;
  if (!branching) return {};
  const { branch, reasons } = branching.suggest(input);
  // Stryker disable next-line OptionalChaining: suggest() names one of the paths, so it is always found; the fallback keeps a wording should it not be
  const label = branching.paths.find((path) => path.branch === branch)?.label ?? branch;
  const choice: BranchChoice = {
    paths: branching.paths,
    decidedAt: branching.decidedAt,
    suggestion: { branch, reasons, provenance: { kind: 'ctm-assist', reason: `${label}, because ${reasons.join('; ')}` } },
  };
  const confirmed = branching.paths.find((path) => path.branch === input.confirmed)?.branch;
  if (confirmed) choice.confirmed = confirmed;
  return choice;
}

/** The confirmed path of a branched scenario, if any. */
export function confirmedPath(choice: BranchChoice): BranchPath | undefined {
  return choice.paths?.find((path) => path.branch === choice.confirmed);
}

/**
 * The case scenario of a letter read from the page or from storage: undefined for none, a guide
 * (M–P) or anything else. Found by its letter, so no letter needs a guard before an index.
 */
function caseScenarioOf(letter: string | undefined): Scenario | undefined {
  return Object.values(CASE_SCENARIO_MAP).find((scenario) => scenario.letter === letter);
}

/** The scenario-specific lint rules that apply while `letter` is worked (none for M–P). */
export function scenarioLint(letter: string | undefined): ScenarioLint {
  return caseScenarioOf(letter)?.lint ?? {};
}

/**
 * Whether the plan's clock stops while a reassignment for `reason` is requested and `letter` is
 * worked: true when the scenario states the pause (I.4, J.4), false when it asks for that reason
 * itself without stating one (D.4 uses the same category indicator as I but says only that the
 * RO agrees or disagrees), undefined when the scenario does not ask for that reason (the
 * indicator alone then decides).
 */
export function scenarioPausesClock(letter: string | undefined, reason: ReassignmentReason | undefined): boolean | undefined {
  const scenario = caseScenarioOf(letter);
  if (!scenario || !reason || scenario.reassignmentReason !== reason) return undefined;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a scenario's only reason-bearing follow-up is its pause for its own reason (sop-data.test.ts), matched above, so either test alone decides
  return scenario.followUps.some((f) => f.kind === 'clock-paused-while-reassignment' && f.reason === reason);
}

/** The scenario's follow-up of `kind`, if it has one (L's return to CMS). */
export function followUpOf<K extends FollowUp['kind']>(letter: string | undefined, kind: K): Extract<FollowUp, { kind: K }> | undefined {
  const scenario = caseScenarioOf(letter);
  return scenario?.followUps.find((f): f is Extract<FollowUp, { kind: K }> => f.kind === kind);
}

/**
 * Where a complaint goes once the RO agrees with a reassignment requested for `reason`: the
 * worked scenario's own hand-over when it asks for that reason; otherwise the indicator decides
 * when every scenario asking for that reason hands the complaint over (another plan, CMS issue),
 * and nothing when one does not (a category request may be I, which stays with the plan).
 */
export function handOverOf(letter: string | undefined, reason: ReassignmentReason | undefined): HandOver | undefined {
  // Stryker disable next-line ConditionalExpression: without a reason the steps below give undefined too (the scenarios asking none, E, F and K, hand nothing over)
  if (!reason) return undefined;
  const own = caseScenarioOf(letter);
  if (own?.reassignmentReason === reason) return own.handsOver;
  const asking = Object.values(CASE_SCENARIO_MAP).filter((s) => s.reassignmentReason === reason);
  return asking.length > 0 && asking.every((s) => s.handsOver) ? asking[0]!.handsOver : undefined;
}
