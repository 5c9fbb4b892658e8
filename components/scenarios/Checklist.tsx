/**
 * The active scenario's steps with their state (TEST-HOOKS.md: data-step, data-state). Steps the
 * page shows are marked with the reason; the rest are check boxes the caseworker ticks.
 */
import type { StepState } from '../../lib/checklist/types';
import { CASE_SCENARIO_MAP as SCENARIOS, type BranchChoice as Choice } from '../../lib/sop/case-scenarios';
import { provenanceText } from '../../lib/sop/provenance';
import type { CaseLetter, RdBranch } from '../../lib/sop/types';
import { BranchChoice } from './BranchChoice';

export interface ChecklistProps {
  scenario: CaseLetter;
  /** checklistFor(scenario, …). */
  steps: readonly StepState[];
  onTick(stepId: string, done: boolean): void;
  /** A branched scenario (G): the path suggested and confirmed, shown after the steps where the SOP decides it. */
  branch?: Choice;
  onConfirmBranch?(branch: RdBranch | null): void;
}

/** The index after which the path choice goes: the last step of the SOP item that decides it (G.4, G.4.a, G.4.b). */
function choiceAfter(steps: readonly StepState[], decidedAt: string | undefined): number {
  if (!decidedAt) return -1;
  let index = -1;
  steps.forEach((step, i) => {
    if (step.id === decidedAt || step.id.startsWith(`${decidedAt}.`)) index = i;
  });
  return index;
}

const STATE_LABEL: Record<StepState['state'], string> = { done: 'Done', todo: 'To do', blocked: 'Blocked' };
const MARK: Record<StepState['state'], string> = { done: '✓', todo: '○', blocked: '✕' };

export function Checklist({ scenario, steps, onTick, branch, onConfirmBranch }: ChecklistProps) {
  const title = SCENARIOS[scenario].title;
  const showChoice = !!branch?.paths?.length && !!onConfirmBranch;
  const after = showChoice ? choiceAfter(steps, branch?.decidedAt) : -1;
  const choice = showChoice && branch && onConfirmBranch ? <BranchChoice key="branch-choice" choice={branch} onConfirm={onConfirmBranch} /> : null;
  return (
    <section class="ctm-checklist" aria-label={`Steps for scenario ${scenario}`}>
      <h3 class="ctm-checklist-title">
        Scenario {scenario}: {title}
      </h3>
      <ol class="ctm-steps">
        {showChoice && after < 0 && choice}
        {steps.map((step, index) => {
          const inputId = `ctm-step-${step.id.replace(/\./g, '-')}`;
          const item = (
            <li
              key={step.id}
              class={`ctm-step ctm-step-${step.state} ctm-step-depth-${step.depth} ctm-step-${step.source}`}
              data-step={step.id}
              data-state={step.state}
              data-source={step.source}
              data-provenance={step.provenance.kind}
            >
              {step.source === 'manual' ? (
                <>
                  <input
                    id={inputId}
                    type="checkbox"
                    class="ctm-step-tick"
                    checked={step.state === 'done'}
                    onChange={(event) => onTick(step.id, event.currentTarget.checked)}
                  />
                  <label for={inputId} class="ctm-step-text">
                    <span class="ctm-step-id">{step.id}</span> {step.text}
                  </label>
                </>
              ) : (
                <span class="ctm-step-text">
                  <span class="ctm-step-mark" aria-hidden="true">
                    {MARK[step.state]}
                  </span>{' '}
                  <span class="ctm-step-id">{step.id}</span> {step.text}
                  <span class="ctm-visually-hidden"> ({STATE_LABEL[step.state]})</span>
                </span>
              )}
              {step.why && <span class="ctm-step-why">{step.why}</span>}
              <details class="ctm-step-cite">
                <summary>{provenanceText(step.provenance)}</summary>
                <q>{step.cite}</q>
              </details>
            </li>
          );
          return index === after ? [item, choice] : item;
        })}
      </ol>
    </section>
  );
}
