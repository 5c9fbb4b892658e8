import type { Scenario } from '../types';
import { KEEP_OPEN } from './shared';
import { WEIGHT } from '../../detect/weights';
import { backsCmsIssue } from './shared';

export const CIS_CONGRESSIONAL_PHRASE = 'CIS or Congressional Resolution';

/** SOP scenario L: a CIS or Congressional case. */
export const L: Scenario = {
  letter: 'L',
  title: 'CIS or Congressional case',
  appliesWhen: '"Is This Complaint Controlled in CIS?" or "Press or Hill Interest" is Yes on the complaint.',
  cite: 'Plan A receives a Customer Inquiry System (CIS) or Congressional Case as',
  caseScenario: true,
  steps: [
    {
      id: 'L.1',
      text: 'Contact all parties to the case within the timeliness standards, telling them the expected plan actions and resolution.',
      cite: 'Plan A contacts all parties related to case in accordance with timeliness standards informing on expected plan actions and resolution.',
    },
    {
      id: 'L.2',
      text: `Investigate and resolve, and write a clear, concise narrative in the Current Entry (Plan Response) including "${CIS_CONGRESSIONAL_PHRASE}": all actions, contacts, dates, instructions given, system updates and dates.`,
      cite: 'Plan A effectuates investigation, resolution and records clear and concise narrative in Current Entry (Plan Response) field and include “CIS or Congressional Resolution” notation.',
      checks: [{ kind: 'phrase', phrase: CIS_CONGRESSIONAL_PHRASE }],
    },
    {
      id: 'L.3',
      text: 'Best practice: return the complaint to CMS within 2 to 7 days, depending on the issue level.',
      cite: 'As a best practice, Plan A returns the complaint to CMS within 2 to 7 days, depending on Issue Level.',
    },
    {
      id: 'L.4',
      text: 'Check the reassignment indicator with the reason "CMS issue".',
      cite: 'Plan A checks the indicator to request for a case reassignment because it is a “CMS Issue”.',
      checks: [{ kind: 'reassignment', reason: 'cms-issue' }],
    },
    {
      id: 'L.5',
      text: 'Do NOT close the case in CTM: it is flagged for the RO to agree or disagree with the request.',
      cite: 'Plan A should NOT close the case in CTM.',
      checks: KEEP_OPEN,
    },
    {
      id: 'L.6',
      text: 'Watch the "Note to Plan": it shows if the RO disagrees. If the RO agrees, the complaint is reassigned to "CMS Issue".',
      cite: 'For updates on the request, Plan A will be able to view if the RO disagrees with the request on the system generated “Note to Plan” section on the Plan Resolution page.',
    },
  ],
  notes: [],
  requiredPhrases: [{ phrase: CIS_CONGRESSIONAL_PHRASE, step: 'L.2' }],
  reassignmentReason: 'cms-issue',
  keepOpen: true,
  handsOver: { step: 'L.6', to: 'CMS Issue' },
  emails: [],
  followUps: [
    {
      kind: 'return-to-cms',
      step: 'L.3',
      cite: 'As a best practice, Plan A returns the complaint to CMS within 2 to 7 days, depending on Issue Level.',
      days: { 'immediate-need': 2, urgent: 7, none: 7 },
      daysFrom: {
        kind: 'ctm-assist',
        reason: 'L.3 gives only the range; our mapping: Immediate Need 2 (its key 11 budget), Urgent and none 7',
      },
    },
  ],
  detection: {
    described: [
      'Is This Complaint Controlled in CIS? is Yes',
      'Press or Hill Interest is Yes',
      'Reassignment box checked: CMS issue, with an L signal (L.4)',
    ],
    // The two CTM fields that mark a CIS or Congressional case.
    signals: ({ facts }) => [
      ...(facts.cisControlled === 'yes' ? [{ weight: WEIGHT.cmsFlag, reason: 'Is This Complaint Controlled in CIS? is Yes' }] : []),
      ...(facts.pressOrHillInterest === 'yes' ? [{ weight: WEIGHT.cmsFlag, reason: 'Press or Hill Interest is Yes' }] : []),
    ],
    corroborate: ({ facts }, found) => backsCmsIssue(facts, found('L')),
  },
  tieRank: 0,
  nextStep: {
    text: 'Resolve, note "CIS or Congressional Resolution", and as a best practice return the complaint to CMS within 2 to 7 days, depending on the issue level (reassignment: CMS issue)',
    sop: 'L.2–L.4',
    from: 'return-to-cms',
  },
};
