/**
 * Ranks the SOP case scenarios for a complaint page, each with reasons a caseworker can check
 * (DOMAIN.md "The scenarios, as the extension sees them"). Each scenario module declares its own
 * signals (lib/sop/scenarios); this reads them generically. C, B and I are mostly the
 * caseworker's call: they appear only on a signal, and can always be picked by hand.
 */
import { CASE_SCENARIO_MAP, noteSays } from '../sop/case-scenarios';
import { CASE_LETTERS } from '../sop/types';
import type { CaseLetter } from '../sop/types';
import { Tally } from './tally';
import type { DetectInput, ScenarioMatch } from './types';
import { WEIGHT } from './weights';


function tieRank(letter: CaseLetter): number {
  return CASE_SCENARIO_MAP[letter].tieRank ?? CASE_LETTERS.length;
}

export function detectScenarios(input: DetectInput): ScenarioMatch[] {
  const tally = new Tally();
  for (const letter of CASE_LETTERS) {
    const scenario = CASE_SCENARIO_MAP[letter];
    // Stryker disable next-line OptionalChaining: every scenario that has a detection declares its signals today; the guard keeps one that only corroborates from throwing
    for (const signal of scenario.detection?.signals?.(input) ?? []) tally.add(letter, signal.weight, signal.reason);
    // The note already carries the scenario's phrase (SOP D.1.a, G.5.a, G.6.a, H.1.a, L.2).
    for (const required of scenario.requiredPhrases) {
      if (!noteSays(input.currentEntry, required)) continue;
      tally.add(letter, WEIGHT.notePhrase, `The Current Entry already says ${required.meaning ? required.meaning.what : `"${required.phrase}"`}`);
    }
  }
  // The reassignment indicator's reasons are shared: each scenario reads what the first pass found.
  const firstPass = new Set(CASE_LETTERS.filter((letter) => tally.has(letter)));
  const found = (letter: CaseLetter): boolean => firstPass.has(letter);
  for (const letter of CASE_LETTERS) {
    for (const signal of CASE_SCENARIO_MAP[letter].detection?.corroborate?.(input, found) ?? []) tally.add(letter, signal.weight, signal.reason);
  }
  return tally.ranked(tieRank);
}
