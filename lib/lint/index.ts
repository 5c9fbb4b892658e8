/** The plan-response note linter: public surface for the panel and content script. */
export { lintNote, NOTE_RULES } from './lint-note';
export { NOTE_LIMIT, NOTE_NEAR_LIMIT_RATIO, submittedLength, indexPastLimit } from './submitted-length';
export { applyFix, fixAsSingleEdit, fixGrowth } from './fix';
export { ABBREVIATIONS } from './abbreviations';
export type { Finding, Fix, LintContext, Rule, ScenarioId, Severity, TextEdit } from './types';
export { SEVERITY_ORDER } from './types';
