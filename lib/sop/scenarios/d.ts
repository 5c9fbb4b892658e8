import type { Scenario } from '../types';
import { KEEP_OPEN, WATCH_NOTE_TO_PLAN_TEXT } from './shared';
import { WEIGHT } from '../../detect/weights';
import { mentionsPartDDrugs, notPartDSubjects } from '../../detect/subject-matter';
import { indicatorChecked, requestedCategoryReason, UNKNOWN_CONTRACT_NOT_PART_D } from './shared';

export const NOT_PART_D_PHRASE = 'CTM Case Not Part D';

/** SOP scenario D: the complaint is not about Part D (most likely Part A, B or C). */
export const D: Scenario = {
  letter: 'D',
  title: 'Not a Part D complaint',
  appliesWhen:
    'The complaint is about Part A, B or C (doctors, hospitals, Medicare Advantage medical benefits), not Part D; it must move to the MA Only CTM.',
  cite: 'Plan A receives a complaint that is not related to Part D',
  caseScenario: true,
  steps: [
    {
      id: 'D.1',
      text: 'Write in the Current Entry (Plan Response):',
      cite: 'Plan A indicates in the Current Entry (Plan Response) field the following:',
    },
    {
      id: 'D.1.a',
      text: `The phrase "${NOT_PART_D_PHRASE}".`,
      cite: '“CTM Case Not Part D”,',
      checks: [{ kind: 'phrase', phrase: NOT_PART_D_PHRASE }],
    },
    {
      id: 'D.1.b',
      text: "Your recommendation of the right complaint category.",
      cite: 'plan’s recommendation of appropriate complaint category, and',
    },
    {
      id: 'D.1.c',
      text: 'Any other pertinent notes about the complaint.',
      cite: 'any additional pertinent notes related to the complaint.',
      checks: [{ kind: 'note' }],
    },
    {
      id: 'D.2',
      text: 'Check the reassignment indicator with the reason "requires category reassignment".',
      cite: 'Plan A checks the indicator to request for a case reassignment because it requires category reassignment.',
      checks: [{ kind: 'reassignment', reason: 'category' }],
    },
    {
      id: 'D.3',
      text: 'Under "Requested Complaint Category" pick the most appropriate category, save it (it shows in the blue box), then submit the request.',
      cite: 'Plan A clicks “Selects Complaint Category” under “Requested Complaint Category”, selects the most appropriate category',
      checks: [{ kind: 'requested-category' }],
    },
    {
      id: 'D.4',
      text: 'Do NOT close the case in CTM: it is flagged for the RO to agree or disagree with the request.',
      cite: 'Plan A does NOT close case in CTM.',
      checks: KEEP_OPEN,
    },
    {
      id: 'D.5',
      text: `${WATCH_NOTE_TO_PLAN_TEXT} If the RO agrees, it becomes an MA only complaint.`,
      cite: 'If the RO agrees with the request, the complaint in is reassigned as a MA only complaint.',
    },
  ],
  notes: [
    {
      text: 'Most likely the complaint is about Part A, B or C and must move to the MA Only CTM, which needs a category reassignment.',
      cite: 'Most likely, the complaint is related to Part A, B, or C. The complaint needs to be moved to the MA Only CTM and, subsequently, requires a complaint category reassignment.',
    },
  ],
  requiredPhrases: [{ phrase: NOT_PART_D_PHRASE, step: 'D.1.a' }],
  reassignmentReason: 'category',
  keepOpen: true,
  // D.5: reassigned as an MA only complaint; the D note: moved to the MA Only CTM.
  handsOver: { step: 'D.5', to: 'an MA only complaint (the MA Only CTM)' },
  emails: [],
  followUps: [],
  detection: {
    described: [
      'Category or subcategory about Part A, B or C subjects',
      'The summary mentions Part A, B or C subjects (weaker when it also mentions drugs)',
      'Contract assignment is Unknown: perhaps not directed toward a Part D sponsor (key 17)',
      'Reassignment box checked: category, or a requested category, with a D signal',
    ],
    // Part A, B or C subject matter.
    signals: ({ facts, summary }) => {
      const signals = [];
      if (facts.contractNumber === 'UNKNOWN') signals.push({ weight: WEIGHT.unknownContractNotPartD, reason: UNKNOWN_CONTRACT_NOT_PART_D });
      // join() writes a missing category or subcategory as nothing.
      const categorySubjects = notPartDSubjects([facts.category, facts.subcategory].join(' '));
      if (categorySubjects.length > 0) {
        signals.push({ weight: WEIGHT.notPartDCategory, reason: `Category is about ${categorySubjects.join(', ')}, not Part D` });
      }
      const summarySubjects = notPartDSubjects(summary);
      if (summarySubjects.length > 0) {
        const drugs = mentionsPartDDrugs(summary);
        signals.push({
          weight: drugs ? WEIGHT.notPartDSummaryWithDrugs : WEIGHT.notPartDSummary,
          reason: `The summary mentions ${summarySubjects.join(', ')}${drugs ? ' (and also prescription drugs)' : ''}`,
        });
      }
      return signals;
    },
    // D shares the category reason with I: it only backs a D already signalled.
    corroborate: ({ facts }, found) => {
      if (!found('D')) return [];
      const checked = indicatorChecked(facts, 'category');
      const requested = requestedCategoryReason(facts);
      return [checked, requested].filter((r) => r !== undefined).map((reason) => ({ weight: WEIGHT.corroboration, reason }));
    },
  },
  tieRank: 5,
  nextStep: { text: 'Note "CTM Case Not Part D", request the right category, keep the case open', sop: 'D.1–D.4' },
};
