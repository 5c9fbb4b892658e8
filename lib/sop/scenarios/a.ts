import type { Scenario } from '../types';
import { DO_NOT_CLOSE_TEXT, KEEP_OPEN, WATCH_NOTE_TO_PLAN_TEXT } from './shared';
import { WEIGHT } from '../../detect/weights';
import { contractsIn, mentionsAnotherPlan } from '../../detect/contracts';
import { indicatorChecked } from './shared';

/** SOP scenario A: the complaint belongs to another plan. */
export const A: Scenario = {
  letter: 'A',
  title: 'Complaint belongs to another plan',
  appliesWhen: 'Your plan received a complaint that should have gone to another plan.',
  cite: 'Plan A receives a complaint that should have gone to Plan B',
  caseScenario: true,
  steps: [
    {
      id: 'A.1',
      text: 'Write in the Current Entry (Plan Response):',
      cite: 'Plan A indicates in the Current Entry (Plan Response) field',
    },
    {
      id: 'A.1.a',
      text: 'If known, the name and/or contract number of the plan the complaint must go to.',
      cite: 'if known, the name and/or contract number of the Plan to where the complaint must be reassigned',
      checks: [{ kind: 'note-names-contract' }],
    },
    {
      id: 'A.1.b',
      text: 'Any other pertinent notes about the complaint.',
      cite: 'any additional pertinent notes related to the complaint.',
      checks: [{ kind: 'note' }],
    },
    {
      id: 'A.2',
      text: 'Check the reassignment indicator with the reason "belongs to another plan".',
      cite: 'Plan A checks the indicator to request for a case reassignment because it belongs to another plan.',
      checks: [{ kind: 'reassignment', reason: 'another-plan' }],
    },
    {
      id: 'A.3',
      text: DO_NOT_CLOSE_TEXT,
      cite: 'Plan A should NOT close case in CTM. The case is flagged in the CTM for the RO to agree or disagree with the plan request.',
      checks: KEEP_OPEN,
    },
    {
      id: 'A.4',
      text: WATCH_NOTE_TO_PLAN_TEXT,
      cite: 'If the RO agrees with the request, Plan A will no longer be able to see the complaint in the system as the complaint is reassigned to a different contract.',
    },
  ],
  notes: [],
  requiredPhrases: [],
  reassignmentReason: 'another-plan',
  keepOpen: true,
  handsOver: { step: 'A.4', to: 'another contract' },
  emails: [],
  followUps: [],
  detection: {
    described: [
      'Contract assignment is Other or Unknown (key 12, 17)',
      "The summary names a contract other than the case's",
      'The summary mentions another plan',
      'Reassignment box checked: belongs to another plan (A.2)',
    ],
    // Key 12 and 17: the complaint may belong to another contract.
    signals: ({ facts, summary, ownContracts }) => {
      const signals = [];
      if (facts.contractNumber === 'OTHER') signals.push({ weight: WEIGHT.otherUnknownContract, reason: 'Contract assignment is Other: the contract was not identified at intake' });
      if (facts.contractNumber === 'UNKNOWN') signals.push({ weight: WEIGHT.otherUnknownContract, reason: 'Contract assignment is Unknown: perhaps a Part D sponsor that is not known (SOP key 17)' });
      // No contracts in the settings: an empty set.
      const own = new Set(ownContracts?.map((c) => c.toUpperCase()));
      for (const contract of contractsIn(summary).filter((c) => c !== facts.contractNumber)) {
        // One of the plan's own contracts points to B first.
        signals.push({ weight: own.has(contract) ? WEIGHT.anotherPlanWords : WEIGHT.namedContract, reason: `The summary names contract ${contract}, not this case's contract` });
      }
      if (signals.length === 0 && mentionsAnotherPlan(summary)) signals.push({ weight: WEIGHT.anotherPlanWords, reason: 'The summary mentions another plan' });
      return signals;
    },
    // A.2 and B.2 share the reason: with a B signal it backs both alike, so checking the box never flips a B case to A.
    corroborate: ({ facts }, found) => {
      const checked = indicatorChecked(facts, 'another-plan');
      return checked ? [{ weight: found('B') ? WEIGHT.corroboration : WEIGHT.indicator, reason: checked }] : [];
    },
  },
  tieRank: 7,
  nextStep: { text: "Note the receiving plan's name or contract and check the indicator (another plan)", sop: 'A.1, A.2' },
  lint: { referralTarget: { step: 'A.1.a', anyContract: false } },
};
