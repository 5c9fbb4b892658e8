import { isCriticalRd } from '../../detect/critical-rd';
import { containsPhrase } from '../../detect/phrase';
import type { Branching, Scenario } from '../types';
import { KEEP_OPEN } from './shared';
import { WEIGHT } from '../../detect/weights';
import { describe, rdCategory } from '../../detect/categories';
import { backsCmsIssue } from './shared';

export const CRITICAL_RD_PHRASE = 'CRITICAL RD';
/** The SOP asks the note to say the case "has been referred to IntegriGuard" (G.6.a). */
export const INTEGRIGUARD_PHRASE = 'referred to IntegriGuard';

/** SOP G.4–G.6: which path the case takes. */
const branching: Branching = {
  fromPage({ facts, currentEntry }) {
    if (containsPhrase(currentEntry, CRITICAL_RD_PHRASE)) return 'critical';
    if (facts.reassignmentRequested && facts.reassignmentReason === 'cms-issue') return 'critical';
    if (containsPhrase(currentEntry, INTEGRIGUARD_PHRASE) || /integriguard/i.test(currentEntry ?? '')) return 'non-critical';
    return undefined;
  },
  suggested(input) {
    const critical = isCriticalRd(input);
    if (!critical.critical) return undefined;
    return { branch: 'critical', hint: `Critical: ${critical.reasons.join('; ')}. Write "${CRITICAL_RD_PHRASE}" in the Current Entry` };
  },
};

/** SOP scenario G: retroactive disenrollment (RD). */
export const G: Scenario = {
  letter: 'G',
  title: 'Retroactive disenrollment (RD)',
  appliesWhen: 'The complaint is about a retroactive disenrollment (RD).',
  cite: 'Plan A receives cases related to retroactive disenrollments (RDs)',
  caseScenario: true,
  steps: [
    {
      id: 'G.1',
      text: 'Develop the case to decide whether it is a valid RD request.',
      cite: 'Plan A develops case to determine if it is a valid RD request',
    },
    {
      id: 'G.2',
      text: 'If the RD request is not valid and the case is resolved: notify the beneficiary and close the case in CTM.',
      cite: 'If RD request is not valid and case is resolved, plan notifies the beneficiary and closes the case in the CTM',
    },
    {
      id: 'G.3',
      text: 'If the case is wrongly coded as an RD and belongs to another plan: follow Scenario A.',
      cite: 'If a case is incorrectly coded as an RD and requires referral to another Plan, see Scenario #A in this SOP.',
    },
    {
      id: 'G.4',
      text: 'If the RD request is valid, decide: critical or non-critical. Immediate Need cases from 1-800-MEDICARE are ALWAYS critical; also critical:',
      cite: 'If RD request is valid, Plan A determines if case is Critical or Non-Critical. Cases labeled Immediate Need by 1-800 MEDICARE are ALWAYS considered Critical.',
      checks: [{ kind: 'rd-branch' }],
    },
    {
      id: 'G.4.a',
      text: 'MA-PD: the case concerns an immediate need for access to care.',
      cite: 'For MA-PD: case concerns immediate need to access to care.',
      // A criterion of G.4: considered once the note shows the path taken.
      checks: [{ kind: 'rd-branch' }],
    },
    {
      id: 'G.4.b',
      text: 'MA-PD and PDP: the case concerns opting out because of employer group coverage.',
      cite: 'For MA-PD and PDP: case concerns opt-out due to employer group coverage',
      // A criterion of G.4: considered once the note shows the path taken.
      checks: [{ kind: 'rd-branch' }],
    },
    {
      id: 'G.5',
      text: 'Critical RD: refer the case to the home RO.',
      cite: 'Critical Retro-Disenrollment: Plan A refers case to home RO',
      branch: 'critical',
    },
    {
      id: 'G.5.a',
      text: `Check the reassignment indicator with the reason "CMS issue" and write "${CRITICAL_RD_PHRASE}" in the Current Entry (Plan Response).`,
      cite: 'Plan A checks the indicator that the case requires reassignment because it is a CMS issue and indicates in the Current Entry (Plan Response) field “CRITICAL RD”.',
      checks: [{ kind: 'reassignment', reason: 'cms-issue' }, { kind: 'phrase', phrase: CRITICAL_RD_PHRASE }],
      branch: 'critical',
    },
    {
      id: 'G.5.b',
      text: 'Email the home region\'s Part D complaint box, subject "CRITICAL RD, in CTM", with:',
      cite: 'Plan notifies home region by sending an email to the Home Region’s Part D complaint box (see Addendum A and B). The email subject line should state, “CRITICAL RD, in CTM”.',
      branch: 'critical',
    },
    { id: 'G.5.b.i', text: 'The CTM complaint ID of each case.', cite: 'the CTM complaint ID for case(s),', branch: 'critical' },
    { id: 'G.5.b.ii', text: "Your plan's name and contract number.", cite: 'the name and contract number of Plan A,', branch: 'critical' },
    { id: 'G.5.b.iii', text: 'The caseworker listed on the complaint in CTM.', cite: 'the caseworker listed on the complaint in the CTM', branch: 'critical' },
    { id: 'G.5.b.iv', text: 'Any other relevant information.', cite: 'any other relevant information', branch: 'critical' },
    {
      id: 'G.5.c',
      text: 'Leave the case OPEN and write in the Current Entry that the case and all development were referred to the home RO.',
      cite: 'Plan leaves the case OPEN and indicates in the Current Entry (Plan Response) field that the case and all development have been referred to home RO for processing.',
      checks: [...KEEP_OPEN, { kind: 'note-mentions', pattern: /\bhome\s+(?:RO|region(?:al\s+office)?)\b/i, what: 'the referral to the home RO' }],
      branch: 'critical',
    },
    {
      id: 'G.5.d',
      text: 'The case is flagged for the RO to agree or disagree with the request.',
      cite: 'The case is flagged in the CTM for the RO to agree or disagree with the plan request.',
      checks: KEEP_OPEN,
      branch: 'critical',
    },
    {
      id: 'G.5.e',
      text: 'Watch the "Note to Plan": it shows if the RO disagrees. If the RO agrees, the complaint is reassigned to "CMS Issue".',
      cite: 'For updates on the request, Plan A will be able to view if the RO disagrees with the request on the system generated "Note to Plan" section on the Plan Resolution page.',
      branch: 'critical',
    },
    {
      id: 'G.6',
      text: 'Non-critical RD: refer the case to IntegriGuard.',
      cite: 'Non-Critical Retro-Disenrollment: Plan A refers case to IntegriGuard',
      branch: 'non-critical',
    },
    {
      id: 'G.6.a',
      text: `Leave the case open, document all case development, and write in the Current Entry that the case was "${INTEGRIGUARD_PHRASE}".`,
      cite: 'Plan leaves the case open, documents all case development, and indicates in the Current Entry field that case has been referred to IntegriGuard.',
      checks: [...KEEP_OPEN, { kind: 'phrase', phrase: INTEGRIGUARD_PHRASE }],
      branch: 'non-critical',
    },
    {
      id: 'G.6.b',
      text: 'Send all relevant information to IntegriGuard.',
      cite: 'Plan sends all relevant information to IntegriGuard',
      branch: 'non-critical',
    },
    {
      id: 'G.6.c',
      text: 'Give the beneficiary a status update on the RD complaint (strongly encouraged).',
      cite: 'Plans are strongly encouraged to give the beneficiary a status update of the RD complaint',
      branch: 'non-critical',
    },
    {
      id: 'G.6.d',
      text: 'When IntegriGuard tells you the RD is resolved, close the case in CTM.',
      cite: 'When a RD case is resolved by IntegriGuard, they will notify Plan of the resolution. Subsequently, Plan A will close case in CTM.',
      branch: 'non-critical',
    },
  ],
  notes: [{ text: 'RDs are excluded from Part D performance metrics.', cite: 'Note: RDs are excluded from Part D Performance Metrics analyses' }],
  requiredPhrases: [
    { phrase: CRITICAL_RD_PHRASE, step: 'G.5.a', branch: 'critical' },
    { phrase: INTEGRIGUARD_PHRASE, step: 'G.6.a', branch: 'non-critical' },
  ],
  // The critical path only (G.5.a); a non-critical RD is not reassigned.
  reassignmentReason: 'cms-issue',
  keepOpen: true,
  // Critical path only: the non-critical path (G.6) requests no reassignment.
  handsOver: { step: 'G.5.e', to: 'CMS Issue' },
  closeOnlyWhen: 'the RD request is not valid and resolved (G.2), or IntegriGuard has resolved it (G.6.d)',
  emails: ['G-critical-rd', 'G-integriguard'],
  followUps: [],
  detection: {
    described: [
      'Category or subcategory is a retroactive disenrollment',
      'Reassignment box checked: CMS issue, with a G signal (G.5.a)',
    ],
    signals: ({ facts }) => {
      const rd = rdCategory(facts);
      return rd ? [{ weight: WEIGHT.category, reason: `${describe(rd)}: a retroactive disenrollment` }] : [];
    },
    corroborate: ({ facts }, found) => backsCmsIssue(facts, found('G')),
  },
  tieRank: 1,
  branching,
  nextStep: { text: 'Decide whether the retroactive disenrollment is valid, critical or non-critical', sop: 'G.1, G.4' },
};
