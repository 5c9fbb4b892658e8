/**
 * SOP A.4, B.4, C.4, D.5, G.5.e, H.4, L.6: when the RO disagrees with a reassignment request,
 * the system-generated "Note to Plan" says so and the case is back with the plan.
 */
const REFUSAL = /\b(?:disagree[sd]?|den(?:y|ies|ied)|reject(?:s|ed)?|declin(?:e|es|ed)|not\s+approved?|not\s+agree)\b/i;
const ABOUT_REQUEST = /\b(?:reassign\w*|request(?:s|ed)?|RO|regional\s+office)\b/i;

export function roDisagreed(noteToPlan: string | undefined): boolean {
  // Stryker disable next-line ConditionalExpression: without the guard, '' and undefined (read as "undefined") match neither pattern, so false all the same
  if (!noteToPlan) return false;
  return REFUSAL.test(noteToPlan) && ABOUT_REQUEST.test(noteToPlan);
}
