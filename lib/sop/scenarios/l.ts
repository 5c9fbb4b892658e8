import type { Scenario } from '../types';
import { KEEP_OPEN } from './shared';
import { WEIGHT } from '../../detect/weights';
import { backsCmsIssue, summarySays } from './shared';

export const CIS_CONGRESSIONAL_PHRASE = 'CIS or Congressional Resolution';

/** Key 2 and 4: CIS tracks correspondence from "Congressmen, Senators, etc."; a Congressional case comes from a congressperson. */
const NAMES_CONGRESS = /\b(?:congress(?:man|woman|person|men|women)|congressional|members?\s+of\s+congress|senators?)\b/i;

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
      'The summary names a member of Congress or a senator while neither field says Yes or No (key 2, 4)',
      'Reassignment box checked: CMS issue, with an L signal (L.4)',
    ],
    // The two CTM fields that mark a CIS or Congressional case; the summary only when both are unanswered.
    signals: ({ facts, summary }) => [
      ...(facts.cisControlled === 'yes' ? [{ weight: WEIGHT.cmsFlag, reason: 'Is This Complaint Controlled in CIS? is Yes' }] : []),
      ...(facts.pressOrHillInterest === 'yes' ? [{ weight: WEIGHT.cmsFlag, reason: 'Press or Hill Interest is Yes' }] : []),
      ...(facts.cisControlled === undefined && facts.pressOrHillInterest === undefined && summarySays(summary, NAMES_CONGRESS)
        ? [
            {
              weight: WEIGHT.summaryNamesScenario,
              reason: 'The summary names a member of Congress or a senator, and neither "Controlled in CIS?" nor "Press or Hill Interest" says Yes or No (SOP key 2, 4)',
            },
          ]
        : []),
    ],
    corroborate: ({ facts }, found) => backsCmsIssue(facts, found('L')),
  },
  tieRank: 0,
  // A CIS or Congressional case can also be an RD or an enrollment exception: L.2 and G.5.a /
  // H.1.a each ask for their notation, and G.5.b's email is still owed.
  alsoAppliesWith: ['G', 'H'],
  nextStep: {
    text: 'Resolve, note "CIS or Congressional Resolution", and as a best practice return the complaint to CMS within 2 to 7 days, depending on the issue level (reassignment: CMS issue)',
    sop: 'L.2–L.4',
    from: 'return-to-cms',
  },
};
