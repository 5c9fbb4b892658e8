/** Adds up signal weights per scenario and ranks them. */
import type { CaseLetter } from '../sop/types';
import type { ScenarioMatch } from './types';

export { WEIGHT } from './weights';

export class Tally {
  private readonly found = new Map<CaseLetter, ScenarioMatch>();

  add(scenario: CaseLetter, score: number, reason: string): void {
    const match = this.found.get(scenario) ?? { scenario, score: 0, reasons: [] };
    match.score += score;
    match.reasons.push(reason);
    this.found.set(scenario, match);
  }

  has(scenario: CaseLetter): boolean {
    return this.found.has(scenario);
  }

  /** Highest score first; `tieRank` orders equal scores (lower first). */
  ranked(tieRank: (scenario: CaseLetter) => number): ScenarioMatch[] {
    return [...this.found.values()].sort((a, b) => b.score - a.score || tieRank(a.scenario) - tieRank(b.scenario));
  }
}
