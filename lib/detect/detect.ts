/**
 * Ranks the SOP case scenarios for a complaint page, each with reasons a caseworker can check
 * (DOMAIN.md "The scenarios, as the extension sees them"). C, B and I are mostly the
 * caseworker's call: they appear only on a signal, and can always be picked by hand.
 */
import { CIS_CONGRESSIONAL_PHRASE, CRITICAL_RD_PHRASE, EE_PHRASE, INTEGRIGUARD_PHRASE, NOT_PART_D_PHRASE } from '../sop/case-scenarios';
import type { CaseLetter } from '../sop/types';
import { describe, enrollmentExceptionCategory, rdCategory } from './categories';
import { contractsIn, mentionsAnotherPlan } from './contracts';
import { daysOfMedicationLeft } from './medication-days';
import { containsPhrase } from './phrase';
import { reassignmentSignals } from './reassignment-signals';
import { mentionsPartDDrugs, notPartDSubjects } from './subject-matter';
import { Tally, WEIGHT } from './tally';
import type { DetectInput, ScenarioMatch } from './types';

const SAVE_ERROR = /\b(?:could\s+not|cannot|can\s*not|unable\s+to|failed\s+to|won't)\s+(?:be\s+)?(?:save|saved|close|closed|submit|submitted)\b|\b(?:save|saving|submit)\s+(?:failed|error)\b|\berror\b.*\bsav/i;

export function detectScenarios(input: DetectInput): ScenarioMatch[] {
  const { facts, currentEntry, summary } = input;
  const tally = new Tally();

  // SOP L: the two CTM fields that mark a CIS or Congressional case.
  if (facts.cisControlled === 'yes') tally.add('L', WEIGHT.cmsFlag, 'Is This Complaint Controlled in CIS? is Yes');
  if (facts.pressOrHillInterest === 'yes') tally.add('L', WEIGHT.cmsFlag, 'Press or Hill Interest is Yes');

  // SOP G and H: the category says what the case is.
  const rd = rdCategory(facts);
  if (rd) tally.add('G', WEIGHT.category, `${describe(rd)}: a retroactive disenrollment`);
  const ee = enrollmentExceptionCategory(facts);
  if (ee) tally.add('H', WEIGHT.category, `${describe(ee)}: an enrollment exception`);

  // SOP F: the page failed to save or close.
  const saveError = input.pageErrors.some((message) => SAVE_ERROR.test(message));
  if (saveError) {
    tally.add('F', WEIGHT.saveError, 'The page shows that the complaint could not be saved or closed');
    if (facts.resolutionDate) tally.add('F', WEIGHT.corroboration, 'A resolution date is entered');
  } else if (input.pageErrors.length > 0) {
    tally.add('F', WEIGHT.pageError, 'The page shows an error message');
  }

  // SOP J and the issue level definitions: Immediate Need means 2 or fewer days left.
  if (facts.issueLevel === 'immediate-need') {
    const days = daysOfMedicationLeft(summary);
    if (days !== undefined && days > 2) {
      tally.add('J', WEIGHT.medicationDays, `Issue level is Immediate Need, but the summary says about ${days} days of medication are left (Immediate Need means 2 or fewer)`);
    }
  }

  // SOP D: Part A, B or C subject matter.
  const categorySubjects = notPartDSubjects([facts.category, facts.subcategory].filter(Boolean).join(' '));
  if (categorySubjects.length > 0) {
    tally.add('D', WEIGHT.notPartDCategory, `Category is about ${categorySubjects.join(', ')}, not Part D`);
  }
  const summarySubjects = notPartDSubjects(summary);
  if (summarySubjects.length > 0) {
    const drugs = mentionsPartDDrugs(summary);
    tally.add(
      'D',
      drugs ? WEIGHT.notPartDSummaryWithDrugs : WEIGHT.notPartDSummary,
      `The summary mentions ${summarySubjects.join(', ')}${drugs ? ' (and also prescription drugs)' : ''}`,
    );
  }

  // SOP A and B, key 12 and 17: the complaint may belong to another contract.
  if (facts.contractNumber === 'OTHER') tally.add('A', WEIGHT.otherUnknownContract, 'Contract assignment is Other: the contract was not identified at intake');
  if (facts.contractNumber === 'UNKNOWN') tally.add('A', WEIGHT.otherUnknownContract, 'Contract assignment is Unknown: the plan is not known');
  if (facts.contractNumber === 'CMS') tally.add('C', WEIGHT.cmsContract, 'Contract assignment is CMS: a CMS issue');
  const own = new Set((input.ownContracts ?? []).map((c) => c.toUpperCase()));
  for (const contract of contractsIn(summary).filter((c) => c !== facts.contractNumber)) {
    if (own.has(contract)) {
      tally.add('B', WEIGHT.namedContract, `The summary names ${contract}, another of your own contracts`);
      tally.add('A', WEIGHT.anotherPlanWords, `The summary names contract ${contract}, not this case's contract`);
    } else {
      tally.add('A', WEIGHT.namedContract, `The summary names contract ${contract}, not this case's contract`);
    }
  }
  if (mentionsAnotherPlan(summary) && !tally.has('A')) tally.add('A', WEIGHT.anotherPlanWords, 'The summary mentions another plan');

  // SOP E: the resolution is entered.
  if (facts.resolutionDate) tally.add('E', WEIGHT.resolution, 'A resolution date is entered');
  if (facts.disposition === 'resolved') tally.add('E', WEIGHT.corroboration, 'Disposition is Resolved');

  // The note already carries a scenario's phrase (SOP D.1.a, G.5.a, G.6.a, H.1.a, L.2).
  const phrases: [CaseLetter, string][] = [
    ['D', NOT_PART_D_PHRASE],
    ['G', CRITICAL_RD_PHRASE],
    ['G', INTEGRIGUARD_PHRASE],
    ['H', EE_PHRASE],
    ['L', CIS_CONGRESSIONAL_PHRASE],
  ];
  for (const [letter, phrase] of phrases) {
    if (containsPhrase(currentEntry, phrase)) tally.add(letter, WEIGHT.notePhrase, `The Current Entry already says "${phrase}"`);
  }

  reassignmentSignals(facts, tally);
  return tally.ranked();
}
