export { detectScenarios } from './detect';
export { daysOfMedicationLeft } from './medication-days';
export { containsPhrase } from './phrase';
export type { DetectInput, ScenarioMatch } from './types';
