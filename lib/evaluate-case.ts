/**
 * CaseSnapshot + the caseworker's pick and ticks + settings → everything the panel shows about
 * the SOP: ranked scenarios, the active one, its checklist, the keep-open guard, the lint
 * context for the note, and the email templates the active scenario asks for. Pure.
 */
import type { CaseSnapshot } from './case';
import type { Settings } from './settings';
import { detectScenarios } from './detect/detect';
import type { ScenarioMatch } from './detect/types';
import { checklistFor } from './checklist/checklist';
import { keepOpenViolated } from './checklist/closing';
import { roDisagreed } from './checklist/ro-disagreed';
import type { StepState } from './checklist/types';
import { branchChoice, caseRequiredPhrases as requiredPhrases, CASE_SCENARIO_MAP, type BranchChoice } from './sop/case-scenarios';
import type { CaseLetter, RdBranch } from './sop/types';
import type { LintContext } from './lint/types';
import { TEMPLATES } from './email/templates';
import type { TemplateId } from './email/templates';

export type CaseEvaluation = {
  matches: ScenarioMatch[];
  /** The caseworker's pick, else the top suggestion. */
  active?: CaseLetter;
  steps: StepState[];
  /** A branched scenario (G): the confirmed path and CTM Assist's suggestion; empty otherwise. */
  branch: BranchChoice;
  /** The active scenario says keep open and the page is set to close (SOP A.3, D.4, L.5 …). */
  keepOpenViolated: boolean;
  /** CMS's Note to Plan says the RO disagreed with the reassignment request (SOP A.4 …). */
  roDisagreed: boolean;
  lint: LintContext;
  emailTemplates: TemplateId[];
};

export type CaseWork = {
  picked?: CaseLetter;
  /** The path the caseworker confirmed for a branched scenario (G), remembered per complaint. */
  branch?: RdBranch;
  ticks: Readonly<Record<string, boolean>>;
  settings: Settings;
};

export function evaluateCase(snapshot: CaseSnapshot, work: CaseWork): CaseEvaluation {
  const { facts, currentEntry, noteToPlan, pageErrors } = snapshot;
  const summary = snapshot.phi.summary;
  const ownContracts = work.settings.contracts;
  const matches = detectScenarios({ facts, currentEntry, noteToPlan, pageErrors, summary, ownContracts });
  const active = work.picked ?? matches[0]?.scenario;
  // A branched scenario's path (G), once: the caseworker's confirmed one, and what CTM Assist suggests.
  const choice = active ? branchChoice(active, { facts, currentEntry, summary, confirmed: work.branch }) : {};
  const branch = choice.confirmed;
  return {
    matches,
    active,
    steps: active ? checklistFor(active, { facts, currentEntry, pageErrors, ticks: work.ticks, summary, branch: choice }) : [],
    branch: choice,
    keepOpenViolated: active ? keepOpenViolated(active, facts) : false,
    roDisagreed: roDisagreed(noteToPlan),
    lint: {
      scenario: active,
      requiredPhrases: active ? requiredPhrases(active, branch) : [],
      caseworker: facts.caseworker,
      ownContracts,
    },
    emailTemplates: active ? emailsFor(active, branch) : [],
  };
}

/** The scenario's emails; on a confirmed path, only those whose SOP step belongs to it. */
function emailsFor(letter: CaseLetter, branch: RdBranch | undefined): TemplateId[] {
  const scenario = CASE_SCENARIO_MAP[letter];
  return scenario.emails
    .filter((id): id is TemplateId => id in TEMPLATES)
    .filter((id) => {
      const step = scenario.steps.find((s) => s.id === TEMPLATES[id].sop);
      return branch === undefined || step?.branch === undefined || step.branch === branch;
    });
}
