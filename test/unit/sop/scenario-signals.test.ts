/**
 * Each scenario module's own detection signals and corroboration, read directly: the weight
 * each signal carries (which decides the order a caseworker sees) and the reason shown beside
 * the suggestion, word for word. Reasons never quote the summary (PHI); the samples are fake.
 *
 * The module is imported afresh before each test (not at the top of the file), like the other
 * lib/sop tests: the scenario tables holding these functions are built at import, and only what
 * is built under the test that reads it is counted by the mutation run (Stryker's ignoreStatic).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFacts } from '../../../lib/case';
import type { CaseLetter } from '../../../lib/sop';
import type { DetectInput } from '../../../lib/detect/types';
import { WEIGHT } from '../../../lib/detect/weights';

let sop: typeof import('../../../lib/sop');

beforeEach(async () => {
  vi.resetModules();
  sop = await import('../../../lib/sop');
});

const base: CaseFacts = { complaintId: '100234', contractNumber: 'S1234', issueLevel: 'none', category: 'Pricing/Co-Insurance' };
const input = (facts: Partial<CaseFacts> = {}, extra: Partial<Omit<DetectInput, 'facts'>> = {}): DetectInput => ({ facts: { ...base, ...facts }, pageErrors: [], ...extra });
const signals = (letter: CaseLetter, facts: Partial<CaseFacts> = {}, extra: Partial<Omit<DetectInput, 'facts'>> = {}) =>
  sop.SCENARIOS[letter].detection!.signals!(input(facts, extra));
const corroborate = (letter: CaseLetter, facts: Partial<CaseFacts>, signalled: readonly CaseLetter[] = []) =>
  sop.SCENARIOS[letter].detection!.corroborate!(input(facts), (l) => signalled.includes(l));
const boxChecked = (reason: CaseFacts['reassignmentReason']): Partial<CaseFacts> => ({ reassignmentRequested: true, reassignmentReason: reason });

const UNKNOWN_NOT_PART_D = 'Contract assignment is Unknown: the complaint may not be directed toward a Part D sponsor (SOP key 17)';

describe('A and B: another plan or a subsidiary (SOP A, B; key 12, 17)', () => {
  it('A: an Other or Unknown contract, a contract named in the summary, or words about another plan', () => {
    expect(signals('A', { contractNumber: 'OTHER' })).toEqual([{ weight: WEIGHT.otherUnknownContract, reason: 'Contract assignment is Other: the contract was not identified at intake' }]);
    expect(signals('A', { contractNumber: 'UNKNOWN' })).toEqual([{ weight: WEIGHT.otherUnknownContract, reason: 'Contract assignment is Unknown: perhaps a Part D sponsor that is not known (SOP key 17)' }]);
    expect(signals('A', {}, { summary: 'Was with S9999 and S1234 before.' })).toEqual([{ weight: WEIGHT.namedContract, reason: "The summary names contract S9999, not this case's contract" }]);
    // One of the plan's own contracts (settings, any case) points to B first.
    expect(signals('A', {}, { summary: 'Was with S9999 before.', ownContracts: ['s9999'] })).toEqual([{ weight: WEIGHT.anotherPlanWords, reason: "The summary names contract S9999, not this case's contract" }]);
    expect(signals('A', {}, { summary: 'She switched to a new plan.' })).toEqual([{ weight: WEIGHT.anotherPlanWords, reason: 'The summary mentions another plan' }]);
    // The words count only when nothing stronger was found.
    expect(signals('A', { contractNumber: 'OTHER' }, { summary: 'She switched to a new plan.' })).toHaveLength(1);
    expect(signals('A', {}, { summary: 'Asks about S1234 pricing.' })).toEqual([]);
    expect(signals('A')).toEqual([]);
  });

  it('B: the summary names another of the plan\'s own contracts', () => {
    expect(signals('B', {}, { summary: 'Moved to S5678, not S9999; see S1234.', ownContracts: ['S1234', 's5678'] })).toEqual([
      { weight: WEIGHT.namedContract, reason: 'The summary names S5678, another of your own contracts' },
    ]);
    expect(signals('B', {}, { summary: 'Moved to S5678.' })).toEqual([]);
  });

  // SOP A.2 and B.2 share the reason "belongs to another plan".
  it('the box checked as another plan backs A fully, or A and B alike once B is signalled', () => {
    const reason = 'The reassignment box is checked: belongs to another plan';
    expect(corroborate('A', boxChecked('another-plan'))).toEqual([{ weight: WEIGHT.indicator, reason }]);
    expect(corroborate('A', boxChecked('another-plan'), ['B'])).toEqual([{ weight: WEIGHT.corroboration, reason }]);
    expect(corroborate('B', boxChecked('another-plan'), ['B'])).toEqual([{ weight: WEIGHT.corroboration, reason }]);
    expect(corroborate('B', boxChecked('another-plan'))).toEqual([]);
    expect(corroborate('A', boxChecked('cms-issue'))).toEqual([]);
    expect(corroborate('B', boxChecked('cms-issue'), ['B'])).toEqual([]);
  });
});

describe('C and D: a CMS issue or not Part D (SOP C, D; key 17)', () => {
  it('C: a CMS or Unknown contract', () => {
    expect(signals('C', { contractNumber: 'CMS' })).toEqual([{ weight: WEIGHT.cmsContract, reason: 'Contract assignment is CMS: a CMS issue' }]);
    expect(signals('C', { contractNumber: 'UNKNOWN' })).toEqual([{ weight: WEIGHT.unknownContractNotPartD, reason: UNKNOWN_NOT_PART_D }]);
    expect(signals('C')).toEqual([]);
  });

  // SOP C.2, G.5.a, H.2, L.4 share the reason "CMS issue".
  it('C: the box checked as a CMS issue suggests C only when no G, H or L signal shows', () => {
    const reason = 'The reassignment box is checked: CMS issue';
    expect(corroborate('C', boxChecked('cms-issue'))).toEqual([{ weight: WEIGHT.indicatorShared, reason }]);
    for (const other of ['G', 'H', 'L'] as const) expect(corroborate('C', boxChecked('cms-issue'), [other]), other).toEqual([{ weight: WEIGHT.corroboration, reason }]);
    expect(corroborate('C', boxChecked('category'))).toEqual([]);
  });

  it('D: an Unknown contract, a category or a summary about Part A, B or C', () => {
    expect(signals('D', { contractNumber: 'UNKNOWN' })).toEqual([{ weight: WEIGHT.unknownContractNotPartD, reason: UNKNOWN_NOT_PART_D }]);
    expect(signals('D', { category: 'Benefits', subcategory: 'Inpatient stay' })).toEqual([{ weight: WEIGHT.notPartDCategory, reason: 'Category is about hospital care, not Part D' }]);
    // Each subject the category and subcategory name, listed apart.
    expect(signals('D', { category: 'Medical Benefits', subcategory: 'Inpatient stay' })).toEqual([
      { weight: WEIGHT.notPartDCategory, reason: 'Category is about hospital care, medical benefits, not Part D' },
    ]);
    expect(signals('D', { category: undefined, subcategory: 'Inpatient stay' })).toEqual([{ weight: WEIGHT.notPartDCategory, reason: 'Category is about hospital care, not Part D' }]);
    expect(signals('D', {}, { summary: 'Billed for a hospital stay and a wheelchair.' })).toEqual([
      { weight: WEIGHT.notPartDSummary, reason: 'The summary mentions hospital care, durable medical equipment' },
    ]);
    expect(signals('D', {}, { summary: 'Billed for a hospital stay and a refill.' })).toEqual([
      { weight: WEIGHT.notPartDSummaryWithDrugs, reason: 'The summary mentions hospital care (and also prescription drugs)' },
    ]);
    expect(signals('D', {}, { summary: 'Asks about a refill.' })).toEqual([]);
  });

  // SOP D.2, D.3 share the category indicator and the requested category with I.
  it('D: the category box and a requested category back only a D already signalled', () => {
    const facts = { ...boxChecked('category'), requestedCategory: 'Fake Category' };
    expect(corroborate('D', facts, ['D'])).toEqual([
      { weight: WEIGHT.corroboration, reason: 'The reassignment box is checked: requires category reassignment' },
      { weight: WEIGHT.corroboration, reason: 'A requested complaint category is chosen ("Fake Category")' },
    ]);
    expect(corroborate('D', boxChecked('category'), ['D'])).toHaveLength(1);
    expect(corroborate('D', {}, ['D'])).toEqual([]);
    expect(corroborate('D', facts)).toEqual([]);
  });
});

describe('E and F: resolved cases (SOP E, F)', () => {
  it('E: a resolution date, and a resolved disposition', () => {
    expect(signals('E', { resolutionDate: '03/04/2026', disposition: 'resolved' })).toEqual([
      { weight: WEIGHT.resolution, reason: 'A resolution date is entered' },
      { weight: WEIGHT.corroboration, reason: 'Disposition is Resolved' },
    ]);
    expect(signals('E', { disposition: 'resolved' })).toHaveLength(1);
    expect(signals('E')).toEqual([]);
  });

  it('F: a failed save, with the resolution date as support; any other page error counts less', () => {
    expect(signals('F', { resolutionDate: '03/04/2026' }, { pageErrors: ['Save failed'] })).toEqual([
      { weight: WEIGHT.saveError, reason: 'The page shows that the complaint could not be saved or closed' },
      { weight: WEIGHT.corroboration, reason: 'A resolution date is entered' },
    ]);
    expect(signals('F', {}, { pageErrors: ['Field required', 'Save failed'] })).toEqual([
      { weight: WEIGHT.saveError, reason: 'The page shows that the complaint could not be saved or closed' },
    ]);
    expect(signals('F', { resolutionDate: '03/04/2026' }, { pageErrors: ['Field required'] })).toEqual([{ weight: WEIGHT.pageError, reason: 'The page shows an error message' }]);
    expect(signals('F', { resolutionDate: '03/04/2026' })).toEqual([]);
  });
});

describe('G, H and L: named by a field, a category or the summary (SOP G, H, L; key 2, 4)', () => {
  it('G: an RD category or subcategory first, else the summary', () => {
    expect(signals('G', { category: 'Enrollment', subcategory: 'Retro Disenrollment' }, { summary: 'Asks for a retroactive disenrollment.' })).toEqual([
      { weight: WEIGHT.category, reason: 'Subcategory is "Retro Disenrollment": a retroactive disenrollment' },
    ]);
    expect(signals('G', {}, { summary: 'Asks for a retroactive disenrollment.' })).toEqual([
      { weight: WEIGHT.summaryNamesScenario, reason: 'The summary speaks of a retroactive disenrollment (SOP G)' },
    ]);
    expect(signals('G')).toEqual([]);
  });

  it('H: an enrollment exception category first, else the summary', () => {
    expect(signals('H', { category: 'Enrollment Exception' })).toEqual([{ weight: WEIGHT.category, reason: 'Category is "Enrollment Exception": an enrollment exception' }]);
    expect(signals('H')).toEqual([]);
  });

  it('L: the CIS and Press or Hill fields; the summary only when neither is answered', () => {
    expect(signals('L', { cisControlled: 'yes', pressOrHillInterest: 'yes' })).toEqual([
      { weight: WEIGHT.cmsFlag, reason: 'Is This Complaint Controlled in CIS? is Yes' },
      { weight: WEIGHT.cmsFlag, reason: 'Press or Hill Interest is Yes' },
    ]);
    const senator = { summary: "Her senator's office called." };
    expect(signals('L', {}, senator)).toEqual([
      {
        weight: WEIGHT.summaryNamesScenario,
        reason: 'The summary names a member of Congress or a senator, and neither "Controlled in CIS?" nor "Press or Hill Interest" says Yes or No (SOP key 2, 4)',
      },
    ]);
    expect(signals('L', { cisControlled: 'no' }, senator)).toEqual([]);
    expect(signals('L', { pressOrHillInterest: 'no' }, senator)).toEqual([]);
    expect(signals('L')).toEqual([]);
  });

  it('the box checked as a CMS issue backs G, H or L once that scenario is signalled', () => {
    const backed = [{ weight: WEIGHT.corroboration, reason: 'The reassignment box is checked: CMS issue' }];
    for (const letter of ['G', 'H', 'L'] as const) {
      expect(corroborate(letter, boxChecked('cms-issue'), [letter]), letter).toEqual(backed);
      expect(corroborate(letter, boxChecked('cms-issue'), ['C']), letter).toEqual([]);
    }
  });
});

describe('I and J: a category or issue level to change (SOP I, J; F.2.a; key 11)', () => {
  it('I: the page shows no category, but not when the category could not be read', () => {
    const reason = 'The page shows no complaint category: "If no category is assigned, refer to Scenario I" (SOP F.2.a)';
    expect(signals('I', { category: undefined })).toEqual([{ weight: WEIGHT.noCategory, reason }]);
    expect(signals('I', { category: undefined }, { unknownFields: ['category'] })).toEqual([]);
    expect(signals('I')).toEqual([]);
  });

  it('I: the category box suggests I without a D signal; a requested category backs it', () => {
    const checked = { weight: WEIGHT.indicatorShared, reason: 'The reassignment box is checked: requires category reassignment' };
    const requested = { weight: WEIGHT.corroboration, reason: 'A requested complaint category is chosen ("Fake Category")' };
    expect(corroborate('I', { ...boxChecked('category'), requestedCategory: 'Fake Category' })).toEqual([checked, requested]);
    expect(corroborate('I', boxChecked('category'), ['D'])).toEqual([{ ...checked, weight: WEIGHT.corroboration }]);
    expect(corroborate('I', { requestedCategory: 'Fake Category' })).toEqual([requested]);
    expect(corroborate('I', {})).toEqual([]);
  });

  it('J: Immediate Need while the summary says more than 2 days of medication are left', () => {
    expect(signals('J', { issueLevel: 'immediate-need' }, { summary: 'She has 5 days of medication left.' })).toEqual([
      { weight: WEIGHT.medicationDays, reason: 'Issue level is Immediate Need, but the summary says about 5 days of medication are left (Immediate Need means 2 or fewer)' },
    ]);
    expect(signals('J', { issueLevel: 'immediate-need' }, { summary: 'She has 2 days of medication left.' })).toEqual([]);
    expect(signals('J', { issueLevel: 'urgent' }, { summary: 'She has 5 days of medication left.' })).toEqual([]);
    expect(signals('J', { issueLevel: 'immediate-need' })).toEqual([]);
  });

  it('J: the issue level box suggests J; a requested issue level backs it', () => {
    expect(corroborate('J', { ...boxChecked('issue-level'), requestedIssueLevel: 'urgent' })).toEqual([
      { weight: WEIGHT.indicator, reason: 'The reassignment box is checked: requires issue level reassignment' },
      { weight: WEIGHT.indicatorShared, reason: 'A requested issue level is chosen' },
    ]);
    expect(corroborate('J', boxChecked('category'))).toEqual([]);
  });
});
