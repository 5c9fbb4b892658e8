import type { Scenario } from '../types';
import { KEEP_OPEN } from './shared';
import { WEIGHT } from '../../detect/weights';
import { indicatorChecked, requestedCategoryReason } from './shared';
import { shownBlank } from '../../detect/blank-field';

/** SOP scenario I: the case is in the wrong complaint category. */
export const I: Scenario = {
  letter: 'I',
  title: 'Miscategorized case',
  appliesWhen: 'The complaint category does not fit the complaint.',
  cite: 'Plan A receives miscategorized case',
  caseScenario: true,
  steps: [
    {
      id: 'I.1',
      text: 'Write any other pertinent notes about the complaint in the Current Entry (Plan Response).',
      cite: 'Plan A indicates in the Current Entry (Plan Response) field any additional pertinent notes related to the complaint.',
      checks: [{ kind: 'note' }],
    },
    {
      id: 'I.2',
      text: 'Check the reassignment indicator with the reason "requires category reassignment".',
      cite: 'Plan A checks the indicator that the case requires reassignment to another complaint category.',
      checks: [{ kind: 'reassignment', reason: 'category' }],
    },
    {
      id: 'I.3',
      text: 'Under "Requested Complaint Category" pick the most appropriate category, save it (it shows in the blue box), then submit the request.',
      cite: 'Plan A clicks “Select Complaint Category” under “Requested Complaint Category”, selects the most appropriate category',
      checks: [{ kind: 'requested-category' }],
    },
    {
      id: 'I.4',
      text: 'Do NOT close the case in CTM. Your time clock stops once the indicator is checked and starts again when CMS recategorizes the complaint.',
      cite: 'The time clock for Plan A will stop once the indicator is checked and will commence once the complaint is recategorized.',
      checks: KEEP_OPEN,
    },
    {
      id: 'I.5',
      text: 'Watch the "Note to Plan" for the RO\'s action or decision.',
      cite: 'For updates on the request, Plan A will be able to view the RO action/decision on the system generated "Note to Plan" section on the Plan Resolution page.',
    },
  ],
  notes: [],
  requiredPhrases: [],
  reassignmentReason: 'category',
  keepOpen: true,
  emails: [],
  followUps: [
    {
      kind: 'clock-paused-while-reassignment',
      step: 'I.4',
      cite: 'The time clock for Plan A will stop once the indicator is checked and will commence once the complaint is recategorized.',
      reason: 'category',
    },
  ],
  detection: {
    described: [
      'The page shows no complaint category (F.2.a: "If no category is assigned, refer to Scenario I")',
      'Reassignment box checked: category (I.2)',
      'A requested category is chosen (I.3)',
    ],
    signals: (input) =>
      shownBlank(input, 'category')
        ? [{ weight: WEIGHT.noCategory, reason: 'The page shows no complaint category: "If no category is assigned, refer to Scenario I" (SOP F.2.a)' }]
        : [],
    // The category reason is shared with D: without a D signal it suggests I.
    corroborate: ({ facts }, found) => {
      const checked = indicatorChecked(facts, 'category');
      const requested = requestedCategoryReason(facts);
      return [
        ...(checked ? [{ weight: found('D') ? WEIGHT.corroboration : WEIGHT.indicatorShared, reason: checked }] : []),
        ...(requested ? [{ weight: WEIGHT.corroboration, reason: requested }] : []),
      ];
    },
  },
  tieRank: 10,
  nextStep: { text: 'Check the indicator and request the right category; the clock then stops', sop: 'I.2–I.4' },
};
