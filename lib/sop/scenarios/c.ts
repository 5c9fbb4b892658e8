import type { Scenario } from '../types';
import { DO_NOT_CLOSE_TEXT, KEEP_OPEN, WATCH_NOTE_TO_PLAN_TEXT } from './shared';
import { WEIGHT } from '../../detect/weights';
import { indicatorChecked, UNKNOWN_CONTRACT_NOT_PART_D } from './shared';

/** SOP scenario C: the plan can do no more and needs the RO (a CMS issue). */
export const C: Scenario = {
  letter: 'C',
  title: 'Needs RO assistance (CMS issue)',
  appliesWhen: 'Your plan can do no further casework and needs the Regional Office to resolve the complaint.',
  cite: 'Plan A can not do further casework with complaint and requires RO assistance to resolve (CMS issue)',
  caseScenario: true,
  steps: [
    {
      id: 'C.1',
      text: 'Write any other pertinent notes about the complaint in the Current Entry (Plan Response).',
      cite: 'Plan A indicates in the Current Entry (Plan Response) field any additional pertinent notes related to the complaint.',
      checks: [{ kind: 'note' }],
    },
    {
      id: 'C.2',
      text: 'Check the reassignment indicator with the reason "CMS issue".',
      cite: 'Plan A checks the indicator to request for a case reassignment because it is a CMS issue.',
      checks: [{ kind: 'reassignment', reason: 'cms-issue' }],
    },
    {
      id: 'C.3',
      text: DO_NOT_CLOSE_TEXT,
      cite: 'Plan A should NOT close case in CTM.',
      checks: KEEP_OPEN,
    },
    {
      id: 'C.4',
      text: WATCH_NOTE_TO_PLAN_TEXT,
      cite: 'If the RO agrees with the request, Plan A will no longer be able to see the complaint in the system as the complaint is reassigned to “CMS Issue”.',
    },
  ],
  notes: [],
  requiredPhrases: [],
  reassignmentReason: 'cms-issue',
  keepOpen: true,
  handsOver: { step: 'C.4', to: 'CMS Issue' },
  emails: [],
  followUps: [],
  detection: {
    described: [
      'Contract assignment is CMS',
      'Contract assignment is Unknown: perhaps not directed toward a Part D sponsor (key 17)',
      'Reassignment box checked: CMS issue, when no G, H or L signal (C.2)',
    ],
    signals: ({ facts }) => [
      ...(facts.contractNumber === 'CMS' ? [{ weight: WEIGHT.cmsContract, reason: 'Contract assignment is CMS: a CMS issue' }] : []),
      ...(facts.contractNumber === 'UNKNOWN' ? [{ weight: WEIGHT.unknownContractNotPartD, reason: UNKNOWN_CONTRACT_NOT_PART_D }] : []),
    ],
    // The CMS-issue reason is shared with G, H and L: it suggests C only when none of them is signalled.
    corroborate: ({ facts }, found) => {
      const checked = indicatorChecked(facts, 'cms-issue');
      if (!checked) return [];
      const backed = found('L') || found('G') || found('H');
      return [{ weight: backed ? WEIGHT.corroboration : WEIGHT.indicatorShared, reason: checked }];
    },
  },
  tieRank: 9,
  nextStep: { text: 'Note the facts and check the indicator (CMS issue); keep the case open', sop: 'C.2' },
};
