/**
 * Which tracked cases a several-case email is for: those worked under the email's scenario and,
 * when the email belongs to one path of it (G.5.b: the critical RD), those whose path the
 * caseworker confirmed as that one. Any other case may still be named, after the caseworker confirms; `why` says how it was
 * worked, in words.
 */
import { SCENARIOS } from '../sop';
import type { Letter, RdBranch } from '../sop/types';
import { TEMPLATES, type TemplateId } from './templates';

/** What a tracked case records that tells how it was worked. */
export interface WorkedCase {
  scenario?: Letter;
  /** The path the caseworker confirmed (G: critical or non-critical RD). */
  branch?: RdBranch;
}

export type CaseFit = { fits: true } | { fits: false; why: string };

/** The path of its scenario an email belongs to: the branch of the SOP step that asks for it. */
function templateBranch(templateId: TemplateId): RdBranch | undefined {
  const template = TEMPLATES[templateId];
  // Stryker disable next-line OptionalChaining: every template's SOP item is a step today; kept so a new one without a step does not throw
  return SCENARIOS[template.scenario].steps.find((step) => step.id === template.sop)?.branch;
}

/** "worked as scenario F", "worked as scenario G, critical path". */
export function fitDescription(templateId: TemplateId): string {
  const branch = templateBranch(templateId);
  return `worked as scenario ${TEMPLATES[templateId].scenario}${branch ? `, ${branch} path` : ''}`;
}

export function caseFit(templateId: TemplateId, worked: WorkedCase): CaseFit {
  const wanted = TEMPLATES[templateId].scenario;
  if (!worked.scenario) return { fits: false, why: 'no scenario recorded' };
  if (worked.scenario !== wanted) return { fits: false, why: `worked as scenario ${worked.scenario}` };
  const branch = templateBranch(templateId);
  if (!branch) return { fits: true };
  if (worked.branch === branch) return { fits: true };
  return { fits: false, why: worked.branch ? `worked as scenario ${wanted}, ${worked.branch} path` : `worked as scenario ${wanted}; no path confirmed` };
}
