/** The CTM Plan SOP (March 2007) as data: scenarios A–P, the K note rules, key & definitions. */
import { CASE_SCENARIO_MAP, stepDepth } from './case-scenarios';
export { alsoApplies, noteSays, requiredPhrases } from './case-scenarios';
import { M, N, O, P } from './scenarios/m-p';
import type { CaseLetter, GuideLetter, Letter, NextStep, RdBranch, Scenario } from './types';
import { CASE_LETTERS, GUIDE_LETTERS } from './types';

export * from './types';
export { provenanceText, stepProvenance } from './provenance';
export { DEFINITIONS, ISSUE_LEVEL_DEFINITIONS } from './definitions';
export type { Definition, IssueLevelDefinition } from './definitions';
export { NOT_PART_D_PHRASE } from './scenarios/d';
export { CRITICAL_RD_PHRASE, INTEGRIGUARD_PHRASE } from './scenarios/g';
export { EE_PHRASE } from './scenarios/h';
export { NOTE_LIMIT, NOTE_RULES } from './scenarios/k';
export { CIS_CONGRESSIONAL_PHRASE } from './scenarios/l';
export { CTM_ACCESS_MAILBOX, CTM_MAILBOX } from './scenarios/m-p';

export const SCENARIOS: Readonly<Record<Letter, Scenario>> = { ...CASE_SCENARIO_MAP, M, N, O, P };
export { CASE_SCENARIO_MAP, stepDepth };

export const CASE_SCENARIOS: readonly Scenario[] = CASE_LETTERS.map((letter) => SCENARIOS[letter]);
export const GUIDE_SCENARIOS: readonly Scenario[] = GUIDE_LETTERS.map((letter) => SCENARIOS[letter]);

export function scenario(letter: Letter): Scenario {
  return SCENARIOS[letter];
}

export function isCaseLetter(value: string): value is CaseLetter {
  return (CASE_LETTERS as readonly string[]).includes(value);
}

export function isGuideLetter(value: string): value is GuideLetter {
  return (GUIDE_LETTERS as readonly string[]).includes(value);
}

/** The popup's next step for a case worked under `letter`: the confirmed path's own (G), else the scenario's. */
export function scenarioNextStep(letter: Letter | undefined, branch?: RdBranch): NextStep | undefined {
  if (!letter) return undefined;
  const scenario = SCENARIOS[letter];
  return scenario.branching?.paths.find((path) => path.branch === branch)?.nextStep ?? scenario.nextStep;
}

/** 'G.5.b.i' → 'G.5.b'; a top-level step ('G.5') has no parent. */
export function parentStepId(id: string): string | undefined {
  const parts = id.split('.');
  return parts.length > 2 ? parts.slice(0, -1).join('.') : undefined;
}
