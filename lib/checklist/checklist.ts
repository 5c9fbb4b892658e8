/**
 * The active scenario's steps with their state: from the page wherever it can show them, from
 * the caseworker's ticks otherwise. A tick never overrides what the page shows.
 */
import { requiredPhrases, CASE_SCENARIO_MAP as SCENARIOS, stepDepth } from '../sop/case-scenarios';
import { stepProvenance } from '../sop/provenance';
import type { CaseLetter, SopStep } from '../sop/types';
import type { CheckContext, CheckResult } from './checks';
import { evaluateCheck } from './checks';
import type { ChecklistInput, StepState, StepStateValue } from './types';

function worst(states: readonly StepStateValue[]): StepStateValue {
  if (states.includes('blocked')) return 'blocked';
  return states.includes('todo') ? 'todo' : 'done';
}

/** One step's own state, from its checks or the caseworker's tick (exported for its tests). */
export function stepState(step: SopStep, ctx: CheckContext): Omit<StepState, 'depth'> {
  const base = { id: step.id, text: step.text, cite: step.cite, provenance: stepProvenance(step) };
  const ticked = ctx.ticks[step.id] === true;
  if (!step.checks?.length) return { ...base, source: 'manual', state: ticked ? 'done' : 'todo' };
  const results: CheckResult[] = step.checks.map((check) => evaluateCheck(check, ctx));
  const shown = results.filter((r): r is Required<CheckResult> => r.state !== undefined);
  const firstNotDone = shown.find((r) => r.state !== 'done');
  if (firstNotDone) {
    // The worst state shown, with the reason of the first check in that state.
    const worstShown = shown.find((r) => r.state === 'blocked') ?? firstNotDone;
    return { ...base, source: 'page', state: worstShown.state, why: worstShown.why };
  }
  const unknown = results.find((r) => r.state === undefined);
  if (unknown) return { ...base, source: 'manual', state: ticked ? 'done' : 'todo', why: unknown.why };
  return { ...base, source: 'page', state: 'done', why: shown.map((r) => r.why).join('; ') };
}

export function checklistFor(letter: CaseLetter, input: ChecklistInput): StepState[] {
  // Only the path the caseworker confirmed; both until then (a suggestion hides nothing).
  const branch = input.branch?.confirmed;
  const steps = branch ? SCENARIOS[letter].steps.filter((step) => step.branch === undefined || step.branch === branch) : SCENARIOS[letter].steps;
  const ctx: CheckContext = { ...input, phrases: requiredPhrases(letter, branch).map((required) => required.phrase) };
  const own = steps.map((step) => ({ step, state: { ...stepState(step, ctx), depth: stepDepth(step) } }));
  // A heading without checks of its own (e.g. 'D.1') follows its sub-steps.
  return own.map(({ step, state }) => {
    // 'D.1.' never prefixes 'D.1' itself: a step is not its own child.
    const childStates = own.filter((other) => other.state.id.startsWith(`${state.id}.`)).map((c) => c.state.state);
    if (!childStates.length) return state;
    if (!step.checks?.length) {
      return { ...state, source: 'substeps', state: worst(childStates), why: undefined };
    }
    return { ...state, state: worst([state.state, ...childStates]) };
  });
}
