import type { Scenario } from '../types';
import { KEEP_OPEN } from './shared';
import { WEIGHT } from '../../detect/weights';
import { daysOfMedicationLeft } from '../../detect/medication-days';
import { indicatorChecked } from './shared';

/** SOP scenario J: marked Immediate Need, but the plan believes it should not be. */
export const J: Scenario = {
  letter: 'J',
  title: 'Immediate Need that should not be',
  appliesWhen: 'The case has issue level "Immediate Need" but your plan does not believe it should (e.g. more than 2 days of medication left).',
  cite: 'Plan A receives case with issue level of “Immediate Need” but Plan A does not believe it should be',
  caseScenario: true,
  steps: [
    {
      id: 'J.1',
      text: 'Write any other pertinent notes about the complaint in the Current Entry (Plan Response).',
      cite: 'Plan A indicates in the Current Entry (Plan Response) field any additional pertinent notes related to the complaint.',
      checks: [{ kind: 'note' }],
    },
    {
      id: 'J.2',
      text: 'Check the reassignment indicator with the reason "requires issue level reassignment".',
      cite: 'Plan A checks the indicator that the case requires reassignment to another issue level.',
      checks: [{ kind: 'reassignment', reason: 'issue-level' }],
    },
    {
      id: 'J.3',
      text: 'Under "Requested Issue Level" pick the right level (see the issue level definitions), save it (it shows in the blue box), then submit the request.',
      cite: 'Plan A clicks “Select Issue Level” under “Requested Issue Level”, selects the most appropriate level',
      checks: [{ kind: 'requested-issue-level' }],
    },
    {
      id: 'J.4',
      text: 'Do NOT close the case in CTM. Your time clock stops once the indicator is checked and starts again when CMS reassigns the complaint.',
      cite: 'The time clock for Plan A will stop once the indicator is checked and will commence once the complaint is reassigned.',
      checks: KEEP_OPEN,
    },
    {
      id: 'J.5',
      text: 'Watch the "Note to Plan" for the RO\'s action or decision.',
      cite: 'For updates on the request, Plan A will be able to view the RO action/decision on the system generated "Note to Plan" section on the Plan Resolution page.',
    },
  ],
  notes: [
    {
      text: 'Immediate Need: the beneficiary needs medication and has 2 or fewer days of it left. Urgent: 3 to 14 days left. CMS may mark an egregious complaint Immediate Need anyway.',
      cite: 'An immediate need complaint is defined as a complaint that is related to the beneficiary’s need for medication where the beneficiary has 2 or less days of medication left.',
    },
  ],
  requiredPhrases: [],
  reassignmentReason: 'issue-level',
  keepOpen: true,
  emails: [],
  followUps: [
    {
      kind: 'clock-paused-while-reassignment',
      step: 'J.4',
      cite: 'The time clock for Plan A will stop once the indicator is checked and will commence once the complaint is reassigned.',
      reason: 'issue-level',
    },
  ],
  detection: {
    described: [
      'Immediate Need, but the summary says more than 2 days of medication are left (key 11)',
      'Reassignment box checked: issue level (J.2)',
      'A requested issue level is chosen (J.3)',
    ],
    // The issue level definitions: Immediate Need means 2 or fewer days left.
    signals: ({ facts, summary }) => {
      const days = facts.issueLevel === 'immediate-need' ? daysOfMedicationLeft(summary) : undefined;
      if (days === undefined || days <= 2) return [];
      return [{ weight: WEIGHT.medicationDays, reason: `Issue level is Immediate Need, but the summary says about ${days} days of medication are left (Immediate Need means 2 or fewer)` }];
    },
    corroborate: ({ facts }) => {
      const checked = indicatorChecked(facts, 'issue-level');
      return [
        ...(checked ? [{ weight: WEIGHT.indicator, reason: checked }] : []),
        // J.3: a requested issue level is already chosen.
        ...(facts.requestedIssueLevel ? [{ weight: WEIGHT.indicatorShared, reason: 'A requested issue level is chosen' }] : []),
      ];
    },
  },
  tieRank: 4,
  nextStep: { text: 'Check the indicator and request the right issue level; the clock then stops', sop: 'J.2–J.4' },
};
