import type { Scenario } from '../types';
import { WEIGHT } from '../../detect/weights';

const SAVE_ERROR = /\b(?:could\s+not|cannot|can\s*not|unable\s+to|failed\s+to|won't)\s+(?:be\s+)?(?:save|saved|close|closed|submit|submitted)\b|\b(?:save|saving|submit)\s+(?:failed|error)\b|\berror\b.*\bsav/i;

/** SOP scenario F: the complaint will not close or save after entering the resolution. */
export const F: Scenario = {
  letter: 'F',
  title: 'Resolved but will not close or save',
  appliesWhen: 'You cannot close and/or save the complaint after entering resolution notes and a resolution date.',
  cite: 'Plan A can not close and/ or save complaint after entering resolution notes and resolution date',
  caseScenario: true,
  steps: [
    {
      id: 'F.1',
      text: 'Check that a resolution date is entered in the Resolution Date field (CTM needs it to record the case as closed/resolved).',
      cite: 'Plan A verifies a resolution date is entered in the resolution date field.',
      checks: [{ kind: 'resolution-date' }],
    },
    {
      id: 'F.1.a',
      text: 'If there is no resolution date, enter and save the date the case was resolved. If it still does not save, go to F.2.',
      cite: 'If there is no resolution date, enter and save the date the case was resolved. The complaint should close. If the case still does not save, move to item F.2.',
      checks: [{ kind: 'resolution-date' }],
    },
    {
      id: 'F.1.b',
      text: 'If there is a resolution date, go to F.2.',
      cite: 'If there is a resolution date, move to item F.2.',
      checks: [{ kind: 'resolution-date' }],
    },
    {
      id: 'F.2',
      text: 'Check that the complaint category is assigned properly.',
      cite: 'Plan A verifies that the complaint category is assigned properly.',
      checks: [{ kind: 'category-assigned' }],
    },
    {
      id: 'F.2.a',
      text: 'If no category is assigned, follow Scenario I.',
      cite: 'If no category is assigned, refer to Scenario I.',
      checks: [{ kind: 'category-assigned' }],
    },
    {
      id: 'F.2.b',
      text: 'If a category is assigned, go to F.3.',
      cite: 'If a category is assigned, move to item F.3.',
      checks: [{ kind: 'category-assigned' }],
    },
    {
      id: 'F.3',
      text: 'Write in the Current Entry (Plan Response):',
      cite: 'Plan A indicates in the Current Entry (Plan Response) field that',
    },
    {
      id: 'F.3.a',
      text: 'That the complaint needs further help from the lead RO.',
      cite: 'the complaint requires further assistance from the lead RO,',
      checks: [{ kind: 'note-mentions', pattern: /\blead\s+(?:RO|regional\s+office)\b/i, what: 'the lead RO' }],
    },
    {
      id: 'F.3.b',
      text: 'That the complaint disposition is resolved.',
      cite: 'the complaint disposition is resolved, and',
      checks: [{ kind: 'note-mentions', pattern: /\bresolved\b/i, what: 'that the disposition is resolved' }],
    },
    {
      id: 'F.3.c',
      text: 'Any other pertinent notes, and the name of the caseworker as shown on the complaint in CTM.',
      cite: 'any additional pertinent notes related to the complaint, the name of the caseworker as shown on the complaint in CTM.',
      checks: [{ kind: 'note-names-caseworker' }],
    },
    {
      id: 'F.4',
      text: 'Email your lead RO\'s mailbox, subject "CTM Case Resolved But Will Not Close", with:',
      cite: 'Plan A notifies its lead RO of the status by sending an email to the RO’s mailbox. The email subject line should state, “CTM Case Resolved But Will Not Close.”',
    },
    {
      id: 'F.4.a',
      text: 'The CTM complaint ID of each case that needs CMS to look at it.',
      cite: 'the CTM complaint ID for the case(s) that need(s) further evaluation by CMS,',
    },
    {
      id: 'F.4.b',
      text: 'The caseworker(s) shown on the complaint(s) in CTM.',
      cite: 'the caseworker(s) shown on the complaint(s) in CTM and',
    },
    {
      id: 'F.4.c',
      text: "Your plan's name and contract number.",
      cite: 'the name and contract number of Plan A.',
    },
  ],
  notes: [
    {
      text: 'A resolution date must be entered for CTM to record the complaint as closed/resolved.',
      cite: 'Note: Resolution date must be entered in order for complaint to be recorded as closed/resolved in the CTM.',
    },
  ],
  requiredPhrases: [],
  keepOpen: false,
  emails: ['F-will-not-close'],
  followUps: [],
  detection: {
    described: [
      'The page shows that the complaint could not be saved or closed',
      'The page shows another error message',
    ],
    // The page failed to save or close.
    signals: ({ facts, pageErrors }) => {
      if (pageErrors.some((message) => SAVE_ERROR.test(message))) {
        return [
          { weight: WEIGHT.saveError, reason: 'The page shows that the complaint could not be saved or closed' },
          ...(facts.resolutionDate ? [{ weight: WEIGHT.corroboration, reason: 'A resolution date is entered' }] : []),
        ];
      }
      return pageErrors.length > 0 ? [{ weight: WEIGHT.pageError, reason: 'The page shows an error message' }] : [];
    },
  },
  tieRank: 3,
  nextStep: { text: 'Email the lead RO: "CTM Case Resolved But Will Not Close"', sop: 'F.4' },
  lint: { caseworkerName: { step: 'F.3.c' } },
};
