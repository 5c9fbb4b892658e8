import type { Scenario } from '../types';
import { DO_NOT_CLOSE_TEXT, KEEP_OPEN } from './shared';
import { WEIGHT } from '../../detect/weights';
import { describe, enrollmentExceptionCategory } from '../../detect/categories';
import { backsCmsIssue, summarySays } from './shared';

export const EE_PHRASE = 'EE Complaint';

const SAYS_EE = /\benrol{1,2}ment\s+exceptions?\b/i;

/** SOP scenario H: enrollment exception (EE). */
export const H: Scenario = {
  letter: 'H',
  title: 'Enrollment exception (EE)',
  appliesWhen: 'The complaint is an enrollment exception request.',
  cite: 'Plan A receives cases related to enrollment',
  caseScenario: true,
  steps: [
    {
      id: 'H.1',
      text: 'After validating that the case truly is an enrollment exception request, write in the Current Entry (Plan Response):',
      cite: 'After validating the case is truly an enrollment exception request, Plan A indicates in the Current',
    },
    {
      id: 'H.1.a',
      text: `The phrase "${EE_PHRASE}".`,
      cite: '“EE Complaint” and',
      checks: [{ kind: 'phrase', phrase: EE_PHRASE }],
    },
    {
      id: 'H.1.b',
      text: 'Any other pertinent notes about the complaint.',
      cite: 'any additional pertinent notes related to the complaint.',
      checks: [{ kind: 'note' }],
    },
    {
      id: 'H.2',
      text: 'Check the reassignment indicator with the reason "CMS issue".',
      cite: 'Plan A checks the indicator that the case requires reassignment because it is a CMS issue.',
      checks: [{ kind: 'reassignment', reason: 'cms-issue' }],
    },
    { id: 'H.3', text: DO_NOT_CLOSE_TEXT, cite: 'Plan A should NOT close case in CTM.', checks: KEEP_OPEN },
    {
      id: 'H.4',
      text: 'Watch the "Note to Plan": it shows if the RO disagrees. If the RO agrees, the complaint is reassigned to "CMS Issue".',
      cite: 'Plan A will no longer be able to see the complaint in the system as the complaint is reassigned to ”CMS Issue”.',
    },
  ],
  notes: [],
  requiredPhrases: [{ phrase: EE_PHRASE, step: 'H.1.a' }],
  reassignmentReason: 'cms-issue',
  keepOpen: true,
  handsOver: { step: 'H.4', to: 'CMS Issue' },
  emails: [],
  followUps: [],
  detection: {
    described: [
      'Category or subcategory is an enrollment exception',
      'Else: the summary speaks of an enrollment exception',
      'Reassignment box checked: CMS issue, with an H signal (H.2)',
    ],
    signals: ({ facts, summary }) => {
      const ee = enrollmentExceptionCategory(facts);
      if (ee) return [{ weight: WEIGHT.category, reason: `${describe(ee)}: an enrollment exception` }];
      return summarySays(summary, SAYS_EE) ? [{ weight: WEIGHT.summaryNamesScenario, reason: 'The summary speaks of an enrollment exception (SOP H)' }] : [];
    },
    corroborate: ({ facts }, found) => backsCmsIssue(facts, found('H')),
  },
  tieRank: 2,
  nextStep: { text: 'Note the facts and check the indicator (CMS issue); keep the case open', sop: 'H.2' },
};
