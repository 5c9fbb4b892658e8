import { containsPhrase } from '../../detect/phrase';
import { criteriaMet, type Criterion } from '../../detect/criteria';
import type { BranchPath, Branching, RdBranch, Scenario } from '../types';
import { KEEP_OPEN } from './shared';
import { WEIGHT } from '../../detect/weights';
import { describe, rdCategory } from '../../detect/categories';
import { backsCmsIssue, summarySays } from './shared';

export const CRITICAL_RD_PHRASE = 'CRITICAL RD';
/** The SOP asks the note to say the case "has been referred to IntegriGuard" (G.6.a). */
export const INTEGRIGUARD_PHRASE = 'referred to IntegriGuard';
/**
 * G.6.a asks for that meaning, not those words: "referred/sent/forwarded … to IntegriGuard" or
 * "IntegriGuard referral" says it; "not (yet) (been) referred", "hasn't been sent", "didn't get
 * referred", "no referral" and "(yet to) be referred" do not.
 */
const REFERRED_TO_INTEGRIGUARD =
  /(?<!(?:\b(?:not|never|no|be)|n['’]t)\s+(?:(?:yet|been|get|got|gotten)\s+){0,2})\b(?:referred|referral|sent|forwarded|submitted|transferred)\b[^.\n]{0,60}?\bto\s+IntegriGuard\b|\bIntegriGuard\s+referral\b/i;
/** The summary speaks of a retroactive disenrollment (not a retroactive enrollment). */
const SAYS_RD = /\bretro(?:active(?:ly)?)?[-\s]*dis[-\s]?enrol{1,2}(?:ment|ed)?s?\b|\bdis[-\s]?enrol{1,2}ed\s+retroactively\b/i;
const INTEGRIGUARD_MEANING = { what: 'that the case has been referred to IntegriGuard', pattern: REFERRED_TO_INTEGRIGUARD };

// G.4.b is an opt-out *because of* employer group coverage: both in one sentence, close together.
// Only where a wording starts counts (its distance in words), so "enrol" stands for every ending.
const OPT_OUT = /\b(?:opt(?:s|ed|ing)?[\s-]*out|dis-?enrol|wants?\s+out|(?:drop|leav|cancel|end)\w*\s+(?:the|her|his|their)\s+(?:plan|coverage|enrol))/i;
const EMPLOYER_GROUP_COVERAGE =
  /\b(?:employer|union|retiree)(?:'s)?(?:[\s-]+(?:employer|union|retiree|group|sponsored|based|health|drug|prescription))*[\s-]+(?:coverage|plan|insurance|benefits?)\b|\bgroup\s+(?:health\s+|drug\s+)?(?:coverage|plan|insurance)\b|\b(?:coverage|insurance|benefits?)\s+(?:through|from|with|via)\s+(?:(?:her|his|their|the|a|an)\s+)?(?:\w+(?:'s)?\s+)?(?:employer|union|retiree)\b/i;
const ACCESS_TO_CARE =
  /\b(?:access\s+to\s+(?:care|treatment|a\s+doctor|services)|(?:cannot|can't|can\s+not|unable\s+to)\s+(?:get|see|receive|access)\s+(?:care|treatment|a\s+doctor|my\s+doctor|her\s+doctor|his\s+doctor|services)|denied\s+(?:care|treatment|services)|needs?\s+(?:care|treatment|surgery)\s+(?:now|immediately|right\s+away|urgently))\b/i;

/** SOP G.4: what makes a valid RD critical. Each reason ends citing the item that states it. */
const CRITICAL_CRITERIA: readonly Criterion[] = [
  { step: 'G.4', issueLevel: 'immediate-need' as const, reason: 'the issue level is Immediate Need, always critical' },
  {
    step: 'G.4.a',
    planTypes: ['MA-PD'] as const,
    summary: { all: [ACCESS_TO_CARE], withinWords: 0 },
    reason: 'an MA-PD contract and the summary is about immediate access to care',
  },
  {
    step: 'G.4.b',
    planTypes: ['MA-PD', 'PDP'] as const,
    summary: { all: [OPT_OUT, EMPLOYER_GROUP_COVERAGE], withinWords: 12 },
    reason: 'the summary is about opting out because of employer group coverage',
  },
].map((criterion) => ({ ...criterion, reason: `${criterion.reason} (SOP ${criterion.step})` }));

const PATHS: readonly BranchPath[] = [
  {
    branch: 'critical',
    label: 'critical RD',
    step: 'G.5',
    keepOpen: { step: 'G.5.c', waitingFor: 'the RO must act on the request first' },
    nextStep: { text: `Check the indicator (CMS issue), write "${CRITICAL_RD_PHRASE}" and email the home region's Part D box ("CRITICAL RD, in CTM")`, sop: 'G.5.a, G.5.b' },
  },
  {
    branch: 'non-critical',
    label: 'non-critical RD',
    step: 'G.6',
    keepOpen: { step: 'G.6.a', waitingFor: 'IntegriGuard must resolve the RD and tell the plan first (G.6.d)' },
    closeOnlyWhen: 'IntegriGuard has told you the RD is resolved (G.6.d)',
    nextStep: {
      text: 'Waiting for IntegriGuard since {since} (when you confirmed the non-critical path): give the beneficiary a status update, and close the case in CTM once IntegriGuard reports the RD resolved',
      sop: 'G.6.c, G.6.d',
      from: 'branch-since',
    },
  },
];

/** SOP G.4–G.6: the path the page and the SOP's criteria point to, with the reasons. */
function suggest({ facts, currentEntry, summary }: Parameters<Branching['suggest']>[0]): { branch: RdBranch; reasons: string[] } {
  const critical = criteriaMet(CRITICAL_CRITERIA, { facts, summary }).map((c) => c.reason);
  if (containsPhrase(currentEntry, CRITICAL_RD_PHRASE)) critical.unshift(`the Current Entry says "${CRITICAL_RD_PHRASE}" (G.5.a)`);
  if (facts.reassignmentRequested && facts.reassignmentReason === 'cms-issue') critical.unshift('the reassignment box is checked as a CMS issue (G.5.a)');
  if (critical.length) return { branch: 'critical', reasons: critical };
  // Stryker disable next-line LogicalOperator,StringLiteral: a missing Current Entry tested as text reads "undefined", which names no IntegriGuard either
  const entry = currentEntry ?? '';
  if (/integriguard/i.test(entry)) return { branch: 'non-critical', reasons: ['the Current Entry mentions IntegriGuard (G.6.a)'] };
  return {
    branch: 'non-critical',
    reasons: ['no G.4 criterion shows: not Immediate Need, and the summary names neither immediate access to care (MA-PD) nor an opt-out for employer group coverage'],
  };
}

const branching: Branching = { decidedAt: 'G.4', paths: PATHS, suggest };

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
      checks: [...KEEP_OPEN, { kind: 'note-mentions', pattern: REFERRED_TO_INTEGRIGUARD, what: INTEGRIGUARD_MEANING.what }],
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
    { phrase: INTEGRIGUARD_PHRASE, step: 'G.6.a', branch: 'non-critical', meaning: INTEGRIGUARD_MEANING },
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
      'Else: the summary speaks of a retroactive disenrollment',
      'Reassignment box checked: CMS issue, with a G signal (G.5.a)',
    ],
    signals: ({ facts, summary }) => {
      const rd = rdCategory(facts);
      if (rd) return [{ weight: WEIGHT.category, reason: `${describe(rd)}: a retroactive disenrollment` }];
      return summarySays(summary, SAYS_RD) ? [{ weight: WEIGHT.summaryNamesScenario, reason: 'The summary speaks of a retroactive disenrollment (SOP G)' }] : [];
    },
    corroborate: ({ facts }, found) => backsCmsIssue(facts, found('G')),
  },
  tieRank: 1,
  branching,
  nextStep: { text: 'Decide whether the RD request is valid; if so, confirm critical or non-critical in the panel', sop: 'G.1, G.4' },
};
