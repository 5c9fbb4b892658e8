export { detectScenarios } from './detect';
export { isCriticalRd } from './critical-rd';
export type { CriticalRdInput, CriticalRdResult } from './critical-rd';
export { daysOfMedicationLeft } from './medication-days';
export { containsPhrase } from './phrase';
export type { DetectInput, ScenarioMatch } from './types';
