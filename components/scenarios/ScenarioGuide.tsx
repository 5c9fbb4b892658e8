/**
 * A guide for the scenarios that are not about one case (M–P: access and general questions),
 * for the popup: when it applies and its steps, with the SOP numbering.
 */
import { SCENARIOS, stepDepth } from '../../lib/sop';
import type { GuideLetter } from '../../lib/sop/types';

export interface ScenarioGuideProps {
  letter: GuideLetter;
}

export function ScenarioGuide({ letter }: ScenarioGuideProps) {
  const scenario = SCENARIOS[letter];
  return (
    <section class="ctm-guide" data-guide={letter} aria-label={`Scenario ${letter}: ${scenario.title}`}>
      <h3 class="ctm-guide-title">
        <span class="ctm-scenario-letter">{letter}</span> {scenario.title}
      </h3>
      <p class="ctm-guide-applies">{scenario.appliesWhen}</p>
      <ol class="ctm-steps">
        {scenario.steps.map((step) => (
          <li key={step.id} class={`ctm-step ctm-step-depth-${stepDepth(step)}`} data-guide-step={step.id}>
            <span class="ctm-step-id">{step.id}</span> {step.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
