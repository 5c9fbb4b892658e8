/**
 * Scenarios that apply alongside the one being worked (a CIS or Congressional case that is also
 * an RD or an enrollment exception): their letters on `data-also-applies` (TEST-HOOKS.md), and
 * what follows from them. Their steps show when the caseworker picks them.
 */
import { CASE_SCENARIO_MAP as SCENARIOS } from '../../lib/sop/case-scenarios';
import type { CaseLetter } from '../../lib/sop/types';

export interface AlsoAppliesProps {
  active: CaseLetter;
  letters: readonly CaseLetter[];
}

export function AlsoApplies({ active, letters }: AlsoAppliesProps) {
  if (letters.length === 0) return null;
  const one = letters.length === 1;
  return (
    <div class="ctm-also-applies" data-also-applies={letters.join(' ')}>
      <strong class="ctm-also-applies-title">Also applies to this case:</strong>
      <ul class="ctm-also-applies-list">
        {letters.map((letter) => (
          <li key={letter}>
            <span class="ctm-scenario-title">
              <span class="ctm-scenario-letter">{letter}</span> {SCENARIOS[letter].title}
            </span>
          </li>
        ))}
      </ul>
      <p class="ctm-also-applies-what">
        {one ? 'Its' : 'Their'} required phrases, keep-open rules and emails apply as well as Scenario {active}&apos;s: the
        note findings and emails below include them. Pick {one ? 'it' : 'one'} above to see {one ? 'its' : 'their'} steps.
      </p>
    </div>
  );
}
