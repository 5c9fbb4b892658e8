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
import type { CaseLetter, FollowUp, HandOver, RdBranch, Scenario, ScenarioLint, SopStep } from './types';

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
 * The exact phrases the Current Entry must contain for a scenario. For G, pass the path when
 * known; without it G asks for none (the caseworker has not decided yet).
 */
export function caseRequiredPhrases(letter: CaseLetter, branch?: RdBranch): string[] {
  return CASE_SCENARIO_MAP[letter].requiredPhrases
    .filter((required) => required.branch === undefined || required.branch === branch)
    .map((required) => required.phrase);
}

export interface BranchChoice {
  /** The path to show: the page's, else the suggested one; undefined shows both. */
  branch?: RdBranch;
  /** The path the page itself shows. */
  fromPage?: RdBranch;
  /** Why the suggested path, when the page does not show one yet. */
  hint?: string;
}

/** Which path a scenario with branches takes (G.4–G.6); empty for a scenario without. */
export function branchChoice(letter: CaseLetter, input: { facts: CaseFacts; currentEntry?: string; summary?: string }): BranchChoice {
  const branching = CASE_SCENARIO_MAP[letter].branching;
  if (!branching) return {};
  const fromPage = branching.fromPage(input);
  if (fromPage) return { branch: fromPage, fromPage };
  const suggested = branching.suggested(input);
  return suggested ? { branch: suggested.branch, hint: suggested.hint } : {};
}

/** The scenario-specific lint rules that apply while `letter` is worked (none for M–P). */
export function scenarioLint(letter: string | undefined): ScenarioLint {
  return (letter && (CASE_SCENARIO_MAP as Readonly<Record<string, Scenario>>)[letter]?.lint) || {};
}

/**
 * Whether the plan's clock stops while a reassignment for `reason` is requested and `letter` is
 * worked: true when the scenario states the pause (I.4, J.4), false when it asks for that reason
 * itself without stating one (D.4 uses the same category indicator as I but says only that the
 * RO agrees or disagrees), undefined when the scenario does not ask for that reason (the
 * indicator alone then decides).
 */
export function scenarioPausesClock(letter: string | undefined, reason: ReassignmentReason | undefined): boolean | undefined {
  const scenario = letter ? (CASE_SCENARIO_MAP as Readonly<Record<string, Scenario>>)[letter] : undefined;
  if (!scenario || !reason || scenario.reassignmentReason !== reason) return undefined;
  return scenario.followUps.some((f) => f.kind === 'clock-paused-while-reassignment' && f.reason === reason);
}

/** The scenario's follow-up of `kind`, if it has one (L's return to CMS). */
export function followUpOf<K extends FollowUp['kind']>(letter: string | undefined, kind: K): Extract<FollowUp, { kind: K }> | undefined {
  const scenario = letter ? (CASE_SCENARIO_MAP as Readonly<Record<string, Scenario>>)[letter] : undefined;
  return scenario?.followUps.find((f): f is Extract<FollowUp, { kind: K }> => f.kind === kind);
}

/**
 * Where a complaint goes once the RO agrees with a reassignment requested for `reason`: the
 * worked scenario's own hand-over when it asks for that reason; otherwise the indicator decides
 * when every scenario asking for that reason hands the complaint over (another plan, CMS issue),
 * and nothing when one does not (a category request may be I, which stays with the plan).
 */
export function handOverOf(letter: string | undefined, reason: ReassignmentReason | undefined): HandOver | undefined {
  if (!reason) return undefined;
  const own = letter ? (CASE_SCENARIO_MAP as Readonly<Record<string, Scenario>>)[letter] : undefined;
  if (own?.reassignmentReason === reason) return own.handsOver;
  const asking = Object.values(CASE_SCENARIO_MAP).filter((s) => s.reassignmentReason === reason);
  return asking.length > 0 && asking.every((s) => s.handsOver) ? asking[0]!.handsOver : undefined;
}
