/**
 * The suggested SOP scenarios, best first, each with its reasons, and a picker that can make
 * any case scenario A–L the active one (TEST-HOOKS.md: data-scenario, data-rank, data-active,
 * data-pick-scenario).
 */
import type { ScenarioMatch } from '../../lib/detect/types';
import { CASE_SCENARIO_MAP as SCENARIOS } from '../../lib/sop/case-scenarios';
import { CASE_LETTERS } from '../../lib/sop/types';
import type { CaseLetter } from '../../lib/sop/types';

export interface ScenarioListProps {
  /** Ranked best first (detectScenarios). */
  matches: readonly ScenarioMatch[];
  /** The scenario being worked: the top suggestion until the caseworker picks another. */
  active: CaseLetter | undefined;
  onPick(letter: CaseLetter): void;
}

function Title({ letter }: { letter: CaseLetter }) {
  return (
    <span class="ctm-scenario-title">
      <span class="ctm-scenario-letter">{letter}</span> {SCENARIOS[letter].title}
    </span>
  );
}

export function ScenarioList({ matches, active, onPick }: ScenarioListProps) {
  const activeSuggested = matches.some((m) => m.scenario === active);
  return (
    <section class="ctm-scenarios" aria-label="SOP scenario">
      {matches.length === 0 ? (
        <p class="ctm-scenarios-none">No scenario suggested; pick one.</p>
      ) : (
        <ol class="ctm-scenario-suggestions" aria-label="Suggested scenarios">
          {matches.map((match, index) => {
            const isActive = match.scenario === active;
            return (
              <li
                key={match.scenario}
                class={`ctm-scenario${isActive ? ' ctm-scenario-active' : ''}`}
                data-scenario={match.scenario}
                data-rank={String(index + 1)}
                data-active={isActive ? 'true' : 'false'}
                aria-current={isActive ? 'true' : undefined}
              >
                <Title letter={match.scenario} />
                {isActive && <span class="ctm-scenario-working"> (working)</span>}
                <ul class="ctm-scenario-reasons">
                  {match.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
      {active && !activeSuggested && (
        <div class="ctm-scenario ctm-scenario-active ctm-scenario-picked" data-scenario={active} data-active="true" aria-current="true">
          <Title letter={active} />
          <span class="ctm-scenario-working"> (picked by you)</span>
        </div>
      )}
      <div class="ctm-scenario-picker" role="group" aria-label="Work this case as scenario">
        {CASE_LETTERS.map((letter) => (
          <button
            key={letter}
            type="button"
            class={`ctm-pick${letter === active ? ' ctm-pick-active' : ''}`}
            data-pick-scenario={letter}
            aria-pressed={letter === active ? 'true' : 'false'}
            title={SCENARIOS[letter].appliesWhen}
            onClick={() => onPick(letter)}
          >
            <Title letter={letter} />
          </button>
        ))}
      </div>
    </section>
  );
}
