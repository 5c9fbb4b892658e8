import type { Scenario } from '../types';
import { DO_NOT_CLOSE_TEXT, KEEP_OPEN, WATCH_NOTE_TO_PLAN_TEXT } from './shared';
import { WEIGHT } from '../../detect/weights';
import { contractsIn } from '../../detect/contracts';
import { indicatorChecked } from './shared';

/** SOP scenario B: the complaint involves one of the plan's subsidiaries. */
export const B: Scenario = {
  letter: 'B',
  title: 'Complaint involves a subsidiary',
  appliesWhen: "The complaint belongs to one of your own organization's other contracts (a subsidiary).",
  cite: 'Plan A received a complaint that involves one of its subsidiaries',
  caseScenario: true,
  steps: [
    {
      id: 'B.1',
      text: 'Write in the Current Entry (Plan Response):',
      cite: 'Plan A indicates in the Current Entry (Plan Response) field',
    },
    {
      id: 'B.1.a',
      text: "If known, the name and/or contract number of the subsidiary's plan.",
      cite: 'if known, the name and/or contract number of the Plan to where the complaint must be reassigned and ,',
      checks: [{ kind: 'note-names-contract' }],
    },
    {
      id: 'B.1.b',
      text: 'Any other pertinent notes about the complaint.',
      cite: 'any additional pertinent notes related to the complaint,',
      checks: [{ kind: 'note' }],
    },
    {
      id: 'B.2',
      text: 'Check the reassignment indicator with the reason "belongs to another plan".',
      cite: 'Plan A checks the indicator to request a case reassignment because it belongs to another plan.',
      checks: [{ kind: 'reassignment', reason: 'another-plan' }],
    },
    {
      id: 'B.3',
      text: DO_NOT_CLOSE_TEXT,
      cite: 'Plan A should NOT close case in CTM.',
      checks: KEEP_OPEN,
    },
    {
      id: 'B.4',
      text: `${WATCH_NOTE_TO_PLAN_TEXT} You still see it if you have access to the subsidiary's CTM.`,
      cite: 'reassigned to a different contract unless Plan A has access to the subsidiary’s CTM.',
    },
  ],
  notes: [],
  requiredPhrases: [],
  reassignmentReason: 'another-plan',
  keepOpen: true,
  handsOver: { step: 'B.4', to: "another contract (unless you have access to the subsidiary's CTM)" },
  emails: [],
  followUps: [],
  detection: {
    described: [
      "The summary names another of the plan's own contracts (settings)",
      'Reassignment box checked: belongs to another plan, with a B signal (B.2)',
    ],
    // Key 12: the summary names another of the plan's own contracts (a subsidiary).
    signals: ({ facts, summary, ownContracts }) => {
      // No contracts in the settings: an empty set.
      const own = new Set(ownContracts?.map((c) => c.toUpperCase()));
      return contractsIn(summary)
        .filter((contract) => contract !== facts.contractNumber && own.has(contract))
        .map((contract) => ({ weight: WEIGHT.namedContract, reason: `The summary names ${contract}, another of your own contracts` }));
    },
    // A.2 and B.2 share the reason: it backs a B already signalled (and A alike).
    corroborate: ({ facts }, found) => {
      const checked = indicatorChecked(facts, 'another-plan');
      return checked && found('B') ? [{ weight: WEIGHT.corroboration, reason: checked }] : [];
    },
  },
  tieRank: 6,
  nextStep: { text: "Note the receiving plan's name or contract and check the indicator (another plan)", sop: 'A.1, A.2' },
  lint: { referralTarget: { step: 'B.1.a', anyContract: true } },
};
