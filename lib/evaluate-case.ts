/**
 * CaseSnapshot + the caseworker's pick and ticks + settings → everything the panel shows about
 * the SOP: ranked scenarios, the active one and those that also apply, its checklist, the
 * keep-open guard, the lint context for the note, and the email templates the scenarios ask
 * for. Pure.
 */
import type { CaseSnapshot } from './case';
import type { Settings } from './settings';
import { detectScenarios } from './detect/detect';
import type { ScenarioMatch } from './detect/types';
import { checklistFor } from './checklist/checklist';
import { keepOpenViolated } from './checklist/closing';
import { roDisagreed } from './checklist/ro-disagreed';
import type { StepState } from './checklist/types';
import { alsoApplies, branchChoice, requiredPhrases, CASE_SCENARIO_MAP } from './sop/case-scenarios';
import type { CaseLetter, RdBranch } from './sop/types';
import type { LintContext } from './lint/types';
import { TEMPLATES } from './email/templates';
import type { TemplateId } from './email/templates';

export type CaseEvaluation = {
  matches: ScenarioMatch[];
  /** The caseworker's pick, else the top suggestion. */
  active?: CaseLetter;
  /** Suggested scenarios that apply alongside the active one (SOP L with G or H): their phrases, keep-open rules and emails count too. */
  alsoApplies: CaseLetter[];
  steps: StepState[];
  /** A scenario worked (active or also applying) says keep open and the page is set to close (SOP A.3, D.4, L.5 …). */
  keepOpenViolated: boolean;
  /** The scenario whose keep-open rule the page breaks: the active one first. */
  keepOpenScenario?: CaseLetter;
  /** CMS's Note to Plan says the RO disagreed with the reassignment request (SOP A.4 …). */
  roDisagreed: boolean;
  lint: LintContext;
  emailTemplates: TemplateId[];
};

export type CaseWork = {
  picked?: CaseLetter;
  ticks: Readonly<Record<string, boolean>>;
  settings: Settings;
};

export function evaluateCase(snapshot: CaseSnapshot, work: CaseWork): CaseEvaluation {
  const { facts, currentEntry, noteToPlan, pageErrors } = snapshot;
  const summary = snapshot.phi.summary;
  const ownContracts = work.settings.contracts;
  const unknownFields = [...snapshot.missing, ...snapshot.malformed.map((m) => m.key), ...snapshot.conflicts.map((c) => c.key)];
  const matches = detectScenarios({ facts, currentEntry, noteToPlan, pageErrors, summary, ownContracts, unknownFields });
  const active = work.picked ?? matches[0]?.scenario;
  const also = active ? alsoApplies(active, matches.map((m) => m.scenario)) : [];
  const worked = active ? [active, ...also] : [];
  const checklistInput = { facts, currentEntry, pageErrors, ticks: work.ticks, summary };
  // A branched scenario's path (G): what the note or indicator already shows, else what its criteria suggest.
  const branchOf = (letter: CaseLetter) => branchChoice(letter, checklistInput).branch;
  const keepOpenScenario = worked.find((letter) => keepOpenViolated(letter, facts));
  return {
    matches,
    active,
    alsoApplies: also,
    steps: active ? checklistFor(active, checklistInput) : [],
    keepOpenViolated: keepOpenScenario !== undefined,
    keepOpenScenario,
    roDisagreed: roDisagreed(noteToPlan),
    lint: {
      scenario: active,
      requiredPhrases: worked.flatMap((letter) => requiredPhrases(letter, branchOf(letter))),
      caseworker: facts.caseworker,
      ownContracts,
    },
    emailTemplates: [...new Set(worked.flatMap((letter) => emailsFor(letter, branchOf(letter))))],
  };
}

/** The scenario's emails; on a known path, only those whose SOP step belongs to it. */
function emailsFor(letter: CaseLetter, branch: RdBranch | undefined): TemplateId[] {
  const scenario = CASE_SCENARIO_MAP[letter];
  return scenario.emails
    .filter((id): id is TemplateId => id in TEMPLATES)
    .filter((id) => {
      const step = scenario.steps.find((s) => s.id === TEMPLATES[id].sop);
      return branch === undefined || step?.branch === undefined || step.branch === branch;
    });
}
