/**
 * What the rest of CTM Assist asks lib/sop: a step's parent and depth, a letter's scenario and
 * next step, the phrases a scenario asks for and whether a note says them, which scenarios apply
 * together, G's path, the lint rules, the clock pause, the follow-ups and the hand-over.
 *
 * The modules are imported afresh before each test (not at the top of the file): the scenario
 * tables and the lists built from them at import are counted by the mutation run (Stryker's
 * ignoreStatic) only when built under the test that reads them.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFacts } from '../../../lib/case';
import type { RdBranch, SopStep } from '../../../lib/sop';
import type { ReassignmentReason } from '../../../lib/sop/case-terms';
import { SOP_TEXT } from './sop-text';

let sop: typeof import('../../../lib/sop');
let caseScenarios: typeof import('../../../lib/sop/case-scenarios');
let shared: typeof import('../../../lib/sop/scenarios/shared');
let terms: typeof import('../../../lib/sop/case-terms');

beforeEach(async () => {
  vi.resetModules();
  sop = await import('../../../lib/sop');
  caseScenarios = await import('../../../lib/sop/case-scenarios');
  shared = await import('../../../lib/sop/scenarios/shared');
  terms = await import('../../../lib/sop/case-terms');
});

const facts: CaseFacts = { complaintId: '100234', contractNumber: 'S1234', issueLevel: 'none', category: 'Retroactive Disenrollment' };
const step = (id: string): SopStep => ({ id, text: 'Do the step.', cite: 'Plan A does it.' });

describe('step numbering (the SOP\'s own: A.1, A.1.a, G.5.b.i)', () => {
  it('a sub-step\'s parent is its id without the last part; a top-level step has none', () => {
    expect(sop.parentStepId('G.5.b.i')).toBe('G.5.b');
    expect(sop.parentStepId('G.5.b')).toBe('G.5');
    expect(sop.parentStepId('A.1.a')).toBe('A.1');
    expect(sop.parentStepId('G.5')).toBeUndefined();
    expect(sop.parentStepId('K')).toBeUndefined();
    expect(sop.parentStepId('')).toBeUndefined();
  });

  it('depth: a step 0, a lettered sub-step 1, a roman-numbered one 2', () => {
    expect(sop.stepDepth(step('A.1'))).toBe(0);
    expect(sop.stepDepth(step('A.1.a'))).toBe(1);
    expect(sop.stepDepth(step('G.5.b.i'))).toBe(2);
    expect(sop.SCENARIOS.G.steps.map(sop.stepDepth).filter((d) => d === 2)).toHaveLength(4);
  });
});

describe('letters and scenarios', () => {
  it('A–L are case scenarios and M–P guides, each list in the SOP order', () => {
    expect(sop.CASE_SCENARIOS.map((s) => s.letter).join('')).toBe('ABCDEFGHIJKL');
    expect(sop.GUIDE_SCENARIOS.map((s) => s.letter).join('')).toBe('MNOP');
    expect(sop.LETTERS.join('')).toBe('ABCDEFGHIJKLMNOP');
    expect(Object.keys(sop.CASE_SCENARIO_MAP).join('')).toBe('ABCDEFGHIJKL');
    expect(sop.scenario('G')).toBe(sop.SCENARIOS.G);
    expect(sop.scenario('P').letter).toBe('P');
  });

  it('tells a case letter from a guide letter, and neither from anything else', () => {
    const cases = ['A', 'L', 'M', 'P', 'a', 'AB', 'Q', ''].map((v) => [v, sop.isCaseLetter(v), sop.isGuideLetter(v)]);
    expect(cases).toEqual([
      ['A', true, false],
      ['L', true, false],
      ['M', false, true],
      ['P', false, true],
      ['a', false, false],
      ['AB', false, false],
      ['Q', false, false],
      ['', false, false],
    ]);
  });

  it('the popup\'s next step: the confirmed G path\'s own, else the scenario\'s, none without a letter', () => {
    const [critical, nonCritical] = sop.SCENARIOS.G.branching!.paths;
    expect(sop.scenarioNextStep(undefined)).toBeUndefined();
    expect(sop.scenarioNextStep('A')).toBe(sop.SCENARIOS.A.nextStep);
    expect(sop.scenarioNextStep('A', 'critical')).toBe(sop.SCENARIOS.A.nextStep);
    expect(sop.scenarioNextStep('G')).toBe(sop.SCENARIOS.G.nextStep);
    expect(sop.scenarioNextStep('G', 'critical')).toBe(critical!.nextStep);
    expect(sop.scenarioNextStep('G', 'non-critical')).toBe(nonCritical!.nextStep);
    expect(sop.scenarioNextStep('K')).toBeUndefined();
    expect(sop.scenarioNextStep('M')).toBeUndefined();
  });
});

describe('required phrases (SOP D.1.a, G.5.a, G.6.a, H.1.a, L.2)', () => {
  it('each comes with the scenario and step that ask for it; G asks only on a decided path', () => {
    expect(sop.requiredPhrases('D')).toEqual([{ phrase: 'CTM Case Not Part D', step: 'D.1.a', scenario: 'D' }]);
    expect(sop.requiredPhrases('G', 'critical')).toEqual([{ phrase: 'CRITICAL RD', step: 'G.5.a', branch: 'critical', scenario: 'G' }]);
    expect(sop.requiredPhrases('G')).toEqual([]);
    expect(sop.requiredPhrases('A', 'critical')).toEqual([]);
  });

  // SOP D.1.a and L.2 tie their phrase to no RD path: passing a path never drops it.
  it('a phrase that is not tied to an RD path is asked on either path', () => {
    expect(sop.requiredPhrases('D', 'critical')).toEqual([{ phrase: 'CTM Case Not Part D', step: 'D.1.a', scenario: 'D' }]);
    expect(sop.requiredPhrases('L', 'non-critical')).toEqual([{ phrase: 'CIS or Congressional Resolution', step: 'L.2', scenario: 'L' }]);
  });

  it('a note says a phrase in its exact words, case and spacing aside; G.6.a by meaning', () => {
    const [notPartD] = sop.requiredPhrases('D');
    const [integriguard] = sop.requiredPhrases('G', 'non-critical');
    expect(sop.noteSays('Per review: ctm case  NOT part d.', notPartD!)).toBe(true);
    expect(sop.noteSays('CTM Case is Part D', notPartD!)).toBe(false);
    expect(sop.noteSays(undefined, notPartD!)).toBe(false);
    expect(sop.noteSays('Case sent to IntegriGuard.', integriguard!)).toBe(true);
    expect(sop.noteSays('Not referred to IntegriGuard.', integriguard!)).toBe(false);
    expect(sop.noteSays(undefined, integriguard!)).toBe(false);
  });

  it('says where a phrase comes from: the SOP item of the step that asks for it', () => {
    expect(caseScenarios.phraseProvenance('CRITICAL RD')).toEqual({ kind: 'sop', item: 'G.5.a' });
    expect(caseScenarios.phraseProvenance('EE Complaint')).toEqual({ kind: 'sop', item: 'H.1.a' });
    expect(caseScenarios.phraseProvenance('CIS or Congressional Resolution')).toEqual({ kind: 'sop', item: 'L.2' });
    expect(caseScenarios.phraseProvenance('Some phrase nobody asks')).toBeUndefined();
  });
});

describe('scenarios that apply together (SOP L with G or H)', () => {
  it('reads the pair both ways, keeps the order given, and leaves out the active one and unrelated ones', () => {
    expect(sop.alsoApplies('L', ['H', 'A', 'L', 'G'])).toEqual(['H', 'G']);
    expect(sop.alsoApplies('G', ['L', 'H', 'G'])).toEqual(['L']);
    expect(sop.alsoApplies('H', ['G', 'L'])).toEqual(['L']);
    expect(sop.alsoApplies('A', ['L', 'G', 'B'])).toEqual([]);
    expect(sop.alsoApplies('L', [])).toEqual([]);
  });
});

describe('G\'s path (SOP G.4–G.6)', () => {
  const noCriterion =
    'no G.4 criterion shows: not Immediate Need, and the summary names neither immediate access to care (MA-PD) nor an opt-out for employer group coverage';

  it('a scenario without paths has no choice', () => {
    expect(caseScenarios.branchChoice('A', { facts, confirmed: 'critical' })).toEqual({});
  });

  it('suggests a path with its reasons and says the suggestion is ours; nothing is confirmed by itself', () => {
    const choice = caseScenarios.branchChoice('G', { facts, summary: 'Wants to leave the plan back to January.' });
    expect(choice).toEqual({
      paths: sop.SCENARIOS.G.branching!.paths,
      decidedAt: 'G.4',
      suggestion: { branch: 'non-critical', reasons: [noCriterion], provenance: { kind: 'ctm-assist', reason: `non-critical RD, because ${noCriterion}` } },
    });
    expect('confirmed' in choice).toBe(false);
    expect(caseScenarios.confirmedPath(choice)).toBeUndefined();
  });

  it('gives every reason for a critical path, the caseworker\'s own actions first', () => {
    const choice = caseScenarios.branchChoice('G', {
      facts: { ...facts, issueLevel: 'immediate-need', reassignmentRequested: true, reassignmentReason: 'cms-issue' },
      currentEntry: 'critical rd',
    });
    const reasons = [
      'the reassignment box is checked as a CMS issue (G.5.a)',
      'the Current Entry says "CRITICAL RD" (G.5.a)',
      'the issue level is Immediate Need, always critical (SOP G.4)',
    ];
    expect(choice.suggestion).toEqual({ branch: 'critical', reasons, provenance: { kind: 'ctm-assist', reason: `critical RD, because ${reasons.join('; ')}` } });
  });

  it('the reassignment box counts for the critical path only when checked as a CMS issue', () => {
    const other = caseScenarios.branchChoice('G', { facts: { ...facts, reassignmentRequested: true, reassignmentReason: 'category' } });
    const unchecked = caseScenarios.branchChoice('G', { facts: { ...facts, reassignmentRequested: false, reassignmentReason: 'cms-issue' } });
    expect([other.suggestion?.branch, unchecked.suggestion?.branch]).toEqual(['non-critical', 'non-critical']);
  });

  it('a Current Entry naming IntegriGuard is a reason for non-critical', () => {
    expect(caseScenarios.branchChoice('G', { facts, currentEntry: 'Sent to INTEGRIGUARD' }).suggestion?.reasons).toEqual([
      'the Current Entry mentions IntegriGuard (G.6.a)',
    ]);
  });

  it('keeps a confirmed path that exists, and its steps\' path is then the one shown', () => {
    const choice = caseScenarios.branchChoice('G', { facts, confirmed: 'critical' });
    expect(choice.confirmed).toBe('critical');
    expect(caseScenarios.confirmedPath(choice)).toBe(sop.SCENARIOS.G.branching!.paths[0]);
    const unknown = caseScenarios.branchChoice('G', { facts, confirmed: 'maybe' as RdBranch });
    expect('confirmed' in unknown).toBe(false);
    expect(caseScenarios.confirmedPath({})).toBeUndefined();
  });
});

describe('rules that apply while a scenario is worked', () => {
  it('lint rules: the scenario\'s own, none for a scenario without, a guide or no letter', () => {
    expect(caseScenarios.scenarioLint('A')).toBe(sop.SCENARIOS.A.lint);
    expect(caseScenarios.scenarioLint('F')).toEqual({ caseworkerName: { step: 'F.3.c' } });
    for (const letter of ['C', 'M', 'Z', '', 'toString', undefined]) expect(caseScenarios.scenarioLint(letter), String(letter)).toEqual({});
  });

  // SOP I.4 and J.4 stop the clock; D.4 asks the category reason without saying so.
  it('the clock pauses for I and J, not for D, and the scenario decides only for its own reason', () => {
    const cases: [string | undefined, ReassignmentReason | undefined][] = [
      ['I', 'category'],
      ['J', 'issue-level'],
      ['D', 'category'],
      ['A', 'another-plan'],
      ['A', 'category'],
      ['L', 'cms-issue'],
      ['I', 'issue-level'],
      [undefined, 'category'],
      ['I', undefined],
      ['E', undefined],
      ['Z', 'category'],
      ['M', 'category'],
    ];
    expect(cases.map(([letter, reason]) => caseScenarios.scenarioPausesClock(letter, reason))).toEqual([
      true, true, false, false, undefined, false, undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('finds a scenario\'s follow-up of a kind (L\'s return to CMS, E\'s contact attempts)', () => {
    expect(caseScenarios.followUpOf('L', 'return-to-cms')).toBe(sop.SCENARIOS.L.followUps[0]);
    expect(caseScenarios.followUpOf('E', 'contact-attempts')).toBe(sop.SCENARIOS.E.followUps[0]);
    expect(caseScenarios.followUpOf('L', 'contact-attempts')).toBeUndefined();
    expect(caseScenarios.followUpOf('Z', 'return-to-cms')).toBeUndefined();
    expect(caseScenarios.followUpOf(undefined, 'return-to-cms')).toBeUndefined();
  });

  // SOP A.4, B.4, C.4, D.5, G.5.e, H.4, L.6; I (category) and J stay with the plan.
  it('where the complaint goes once the RO agrees: the scenario\'s own, else the reason\'s when every scenario asking it hands over', () => {
    const to = (letter: string | undefined, reason: ReassignmentReason | undefined) => caseScenarios.handOverOf(letter, reason)?.to;
    expect(to('A', 'another-plan')).toBe('another contract');
    expect(to('B', 'another-plan')).toBe(sop.SCENARIOS.B.handsOver!.to);
    expect(to(undefined, 'another-plan')).toBe('another contract');
    expect(to('D', 'category')).toBe('an MA only complaint (the MA Only CTM)');
    expect(to('I', 'category')).toBeUndefined();
    expect(to(undefined, 'category')).toBeUndefined();
    expect(to(undefined, 'cms-issue')).toBe('CMS Issue');
    expect(to('E', 'cms-issue')).toBe('CMS Issue');
    expect(to('A', 'cms-issue')).toBe('CMS Issue');
    expect(to('J', 'issue-level')).toBeUndefined();
    expect(to(undefined, 'issue-level')).toBeUndefined();
    expect(to('A', undefined)).toBeUndefined();
    expect(to(undefined, 'no-such-reason' as ReassignmentReason)).toBeUndefined();
    expect(caseScenarios.handOverOf('A', 'another-plan')).toEqual({ step: 'A.4', to: 'another contract' });
  });
});

describe('provenance in words', () => {
  it('names the SOP item, the later CMS guidance, or our suggestion, in full', () => {
    expect(sop.provenanceText({ kind: 'sop', item: 'G.5.a' })).toBe('SOP G.5.a');
    expect(sop.provenanceText({ kind: 'cms-guidance', which: 'Urgent 7 days' })).toBe('CMS guidance after 2007, set in options: Urgent 7 days');
    expect(sop.provenanceText({ kind: 'ctm-assist', reason: 'a fake reason' })).toBe('CTM Assist suggests: a fake reason');
  });

  it('a step without its own provenance comes from the SOP item it is numbered after', () => {
    expect(sop.stepProvenance(step('A.2'))).toEqual({ kind: 'sop', item: 'A.2' });
    const ours = { ...step('X.1'), provenance: { kind: 'ctm-assist', reason: 'ours' } as const };
    expect(sop.stepProvenance(ours)).toBe(ours.provenance);
    // No step of the SOP data claims a provenance of its own: each is its SOP item.
    expect(sop.LETTERS.flatMap((l) => sop.SCENARIOS[l].steps).filter((s) => s.provenance)).toEqual([]);
  });
});

describe('the reassignment indicator (SOP A.2, C.2, D.2, I.2, J.2)', () => {
  it('CTM\'s words for each reason, the SOP\'s where it has them', () => {
    expect(terms.ISSUE_LEVELS).toEqual(['immediate-need', 'urgent', 'none']);
    expect(terms.REASSIGNMENT_REASONS).toEqual(['another-plan', 'cms-issue', 'category', 'issue-level']);
    expect(terms.REASSIGNMENT_REASON_LABEL).toEqual({
      'another-plan': 'belongs to another plan',
      'cms-issue': 'CMS issue',
      category: 'requires category reassignment',
      'issue-level': 'requires issue level reassignment',
    });
    for (const reason of ['another-plan', 'cms-issue', 'category'] as const) {
      expect(SOP_TEXT.toLowerCase(), reason).toContain(terms.REASSIGNMENT_REASON_LABEL[reason].toLowerCase());
    }
  });

  it('says the box is checked, in CTM\'s words, only when checked with that reason', () => {
    const checked = (reason: ReassignmentReason, requested?: boolean): CaseFacts => ({ ...facts, reassignmentRequested: requested, reassignmentReason: reason });
    expect(shared.indicatorChecked(checked('cms-issue', true), 'cms-issue')).toBe('The reassignment box is checked: CMS issue');
    expect(shared.indicatorChecked(checked('category', true), 'category')).toBe('The reassignment box is checked: requires category reassignment');
    expect(shared.indicatorChecked(checked('category', true), 'cms-issue')).toBeUndefined();
    expect(shared.indicatorChecked(checked('cms-issue', false), 'cms-issue')).toBeUndefined();
    expect(shared.indicatorChecked(checked('cms-issue'), 'cms-issue')).toBeUndefined();
    // G, H or L: the CMS-issue box backs the scenario only once it is signalled.
    expect(shared.backsCmsIssue(checked('cms-issue', true), true)).toEqual([{ weight: 15, reason: 'The reassignment box is checked: CMS issue' }]);
    expect(shared.backsCmsIssue(checked('cms-issue', true), false)).toEqual([]);
    expect(shared.backsCmsIssue(checked('cms-issue', false), true)).toEqual([]);
  });

  it('a summary says what a scenario pattern looks for; no summary says nothing', () => {
    expect(shared.summarySays('Asks about an enrollment exception.', /\benrollment exception\b/i)).toBe(true);
    expect(shared.summarySays('Asks about a refill.', /\benrollment exception\b/i)).toBe(false);
    expect(shared.summarySays(undefined, /\benrollment exception\b/i)).toBe(false);
  });

  // SOP D.3, I.3: the requested category is chosen under "Requested Complaint Category".
  it('names a requested category once one is chosen', () => {
    expect(shared.requestedCategoryReason({ ...facts, requestedCategory: 'Pricing' })).toBe('A requested complaint category is chosen ("Pricing")');
    expect(shared.requestedCategoryReason(facts)).toBeUndefined();
  });
});
