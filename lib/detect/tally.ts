/** Adds up signal weights per scenario and ranks them. */
import type { CaseLetter } from '../sop/types';
import type { ScenarioMatch } from './types';

/**
 * Signal weights. Explicit CMS fields (CIS, Press/Hill) outrank categories, which outrank what
 * the summary suggests; an RD or EE case that is also Congressional therefore shows L first
 * and G or H second (both apply: L.2 and G.5.a each ask for their own phrase).
 */
export const WEIGHT = {
  cmsFlag: 100,
  saveError: 85,
  category: 90,
  notePhrase: 85,
  medicationDays: 85,
  notPartDCategory: 80,
  otherUnknownContract: 75,
  namedContract: 70,
  notPartDSummary: 60,
  notPartDSummaryWithDrugs: 35,
  resolution: 55,
  indicator: 60,
  indicatorShared: 40,
  corroboration: 15,
  anotherPlanWords: 45,
  cmsContract: 50,
  pageError: 45,
} as const;

/** Order among equal scores: explicit CMS flags first, the caseworker's-call scenarios last. */
const TIE_ORDER: readonly CaseLetter[] = ['L', 'G', 'H', 'F', 'J', 'D', 'B', 'A', 'E', 'C', 'I', 'K'];

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

  ranked(): ScenarioMatch[] {
    return [...this.found.values()].sort(
      (a, b) => b.score - a.score || TIE_ORDER.indexOf(a.scenario) - TIE_ORDER.indexOf(b.scenario),
    );
  }
}
