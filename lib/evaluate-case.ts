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
import { alsoApplies, branchChoice, requiredPhrases, CASE_SCENARIO_MAP, type BranchChoice } from './sop/case-scenarios';
import type { CaseLetter, RdBranch } from './sop/types';
import type { LintContext } from './lint/types';
import { TEMPLATE_SOP } from './email/templates';
import type { TemplateId } from './email/templates';

export type CaseEvaluation = {
  matches: ScenarioMatch[];
  /** The caseworker's pick, else the top suggestion. */
  active?: CaseLetter;
  /** Suggested scenarios that apply alongside the active one (SOP L with G or H): their phrases, keep-open rules and emails count too. */
  alsoApplies: CaseLetter[];
  steps: StepState[];
  /** The active scenario's paths if it branches (G): the confirmed path and CTM Assist's suggestion; empty otherwise. */
  branch: BranchChoice;
  /** A scenario worked (active or also applying) says keep open and the page is set to close (SOP A.3, D.4, L.5 …). */
  keepOpenViolated: boolean;
  /** The scenario whose keep-open rule the page breaks: the active one first. */
  keepOpenScenario?: CaseLetter;
  /** That scenario's confirmed path, if it branches (a non-critical RD waits for IntegriGuard, G.6.d). */
  keepOpenBranch?: RdBranch;
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
  const unknownFields = [...snapshot.missing, ...snapshot.malformed.map((m) => m.key), ...snapshot.conflicts.map((c) => c.key)];
  const matches = detectScenarios({ facts, currentEntry, noteToPlan, pageErrors, summary, ownContracts, unknownFields });
  const active = work.picked ?? matches[0]?.scenario;
  const also = active ? alsoApplies(active, matches.map((m) => m.scenario)) : [];
  const worked = active ? [active, ...also] : [];
  // A branched scenario's path (G), per scenario worked: the caseworker's confirmed one, and what CTM Assist suggests.
  const choiceOf = (letter: CaseLetter) => branchChoice(letter, { facts, currentEntry, summary, confirmed: work.branch });
  const choice = active ? choiceOf(active) : {};
  const branchOf = (letter: CaseLetter) => choiceOf(letter).confirmed;
  const keepOpenScenario = worked.find((letter) => keepOpenViolated(letter, facts));
  return {
    matches,
    active,
    alsoApplies: also,
    steps: active ? checklistFor(active, { facts, currentEntry, pageErrors, ticks: work.ticks, summary, branch: choice }) : [],
    branch: choice,
    keepOpenViolated: keepOpenScenario !== undefined,
    keepOpenScenario,
    keepOpenBranch: keepOpenScenario ? branchOf(keepOpenScenario) : undefined,
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

/** The scenario's emails; on a confirmed path, only those whose SOP step belongs to it. */
function emailsFor(letter: CaseLetter, branch: RdBranch | undefined): TemplateId[] {
  const scenario = CASE_SCENARIO_MAP[letter];
  // Stryker disable next-line MethodExpression: every scenario's email is a template (sop.test.ts lists them); this keeps a slip from offering an email that has no template
  const templates = scenario.emails.filter((id): id is TemplateId => id in TEMPLATE_SOP);
  return templates.filter((id) => {
    if (branch === undefined) return true;
    // Stryker disable next-line OptionalChaining: every template's SOP item is a step of its scenario
    const stepBranch = scenario.steps.find((s) => s.id === TEMPLATE_SOP[id])?.branch;
    // A step on both paths keeps its email.
    // Stryker disable next-line ConditionalExpression: only G has paths, and both its emails' steps (G.5.b, G.6) name one
    if (stepBranch === undefined) return true;
    return stepBranch === branch;
  });
}
