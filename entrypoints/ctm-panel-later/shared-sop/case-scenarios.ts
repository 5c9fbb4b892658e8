/**
 * `lib/sop/case-scenarios` for the later part: the panel module's own look-ups (see
 * wxt.config.ts), read when a rule runs, so the later part carries no copy of the scenarios.
 */
import { sharedScenarios, type SharedScenarios } from '../../../lib/panel-module';

export const phraseProvenance: SharedScenarios['phraseProvenance'] = (phrase) => sharedScenarios().phraseProvenance(phrase);
export const scenarioLint: SharedScenarios['scenarioLint'] = (letter) => sharedScenarios().scenarioLint(letter);
