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

const WORST: readonly StepStateValue[] = ['blocked', 'todo', 'done'];

function worst(states: readonly StepStateValue[]): StepStateValue {
  return WORST.find((s) => states.includes(s)) ?? 'done';
}

function stepState(step: SopStep, ctx: CheckContext): Omit<StepState, 'depth'> {
  const base = { id: step.id, text: step.text, cite: step.cite, provenance: stepProvenance(step) };
  const ticked = ctx.ticks[step.id] === true;
  if (!step.checks?.length) return { ...base, source: 'manual', state: ticked ? 'done' : 'todo' };
  const results: CheckResult[] = step.checks.map((check) => evaluateCheck(check, ctx));
  const shown = results.filter((r): r is Required<CheckResult> => r.state !== undefined);
  const firstNotDone = shown.find((r) => r.state !== 'done');
  if (firstNotDone) {
    const state = worst(shown.map((r) => r.state));
    return { ...base, source: 'page', state, why: shown.find((r) => r.state === state)?.why ?? firstNotDone.why };
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
  const own = steps.map((step) => ({ ...stepState(step, ctx), depth: stepDepth(step) }));
  // A heading without checks of its own (e.g. 'D.1') follows its sub-steps.
  return own.map((state, index) => {
    const children = own.filter((other, j) => j !== index && other.id.startsWith(`${state.id}.`));
    if (!children.length) return state;
    const step = steps[index];
    const childStates = children.map((c) => c.state);
    if (!step?.checks?.length) {
      return { ...state, source: 'substeps', state: worst(childStates), why: undefined };
    }
    return { ...state, state: worst([state.state, ...childStates]) };
  });
}
