import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../lib/case';
import { detectScenarios } from '../../../lib/detect/detect';
import type { DetectInput } from '../../../lib/detect/types';

const base: CaseFacts = { complaintId: '100234', contractNumber: 'S1234', issueLevel: 'none', category: 'Pricing/Co-Insurance' };

interface Case {
  /** The SOP item the signal comes from. */
  sop: string;
  name: string;
  facts?: Partial<CaseFacts>;
  input?: Partial<Omit<DetectInput, 'facts'>>;
  /** The ranking must start with exactly these letters. */
  top: string[];
  /** A reason of the first match must contain this. */
  reason?: string;
  /** These letters must not be suggested at all. */
  absent?: string[];
}

const CASES: Case[] = [
  // --- no signal
  { sop: 'none', name: 'a plain Part D pricing complaint suggests nothing', top: [], absent: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'] },
  { sop: 'none', name: 'a doctor who prescribed a drug is not Part B subject matter', input: { summary: 'My doctor prescribed a new drug and the pharmacy says it is not on the formulary.' }, top: [] },
  { sop: 'none', name: 'Immediate Need with 1 day of medication left is not J', facts: { issueLevel: 'immediate-need' }, input: { summary: 'Member has 1 day of medication left.' }, top: [], absent: ['J'] },
  { sop: 'none', name: 'Immediate Need without a day count is not J', facts: { issueLevel: 'immediate-need' }, input: { summary: 'Member cannot get her insulin at the pharmacy.' }, top: [], absent: ['J'] },
  { sop: 'none', name: 'the case contract named in its own summary is not another plan', input: { summary: 'Enrolled in S1234 since January.' }, top: [], absent: ['A', 'B'] },
  // --- L: CIS or Congressional
  { sop: 'L', name: 'CIS-controlled case is L', facts: { cisControlled: 'yes' }, top: ['L'], reason: 'Is This Complaint Controlled in CIS? is Yes' },
  { sop: 'L', name: 'Press or Hill Interest is L', facts: { pressOrHillInterest: 'yes' }, top: ['L'], reason: 'Press or Hill Interest is Yes' },
  { sop: 'L', name: 'CIS and Press/Hill both No suggest nothing', facts: { cisControlled: 'no', pressOrHillInterest: 'no' }, top: [] },
  { sop: 'L.2', name: 'the CIS phrase already in the note backs L', input: { currentEntry: 'cis or congressional  resolution: called member 3/2.' }, top: ['L'], reason: 'CIS or Congressional Resolution' },
  // --- G: retroactive disenrollment
  { sop: 'G', name: 'category Retroactive Disenrollment is G', facts: { category: 'Retroactive Disenrollment' }, top: ['G'], reason: 'Category is "Retroactive Disenrollment"' },
  { sop: 'G', name: 'subcategory Retro Disenrollment is G', facts: { category: 'Enrollment/Disenrollment', subcategory: 'Retro Disenrollment' }, top: ['G'], reason: 'Subcategory is "Retro Disenrollment"' },
  { sop: 'G', name: 'subcategory RD is G', facts: { category: 'Enrollment/Disenrollment', subcategory: 'RD Request' }, top: ['G'] },
  { sop: 'G', name: 'retroactive ENROLLMENT is not an RD', facts: { category: 'Enrollment/Disenrollment', subcategory: 'Retroactive Enrollment' }, top: [], absent: ['G'] },
  { sop: 'G.5.a', name: 'CRITICAL RD in the note backs G', input: { currentEntry: 'CRITICAL RD - referred to home RO' }, top: ['G'] },
  { sop: 'G.6.a', name: 'IntegriGuard referral in the note backs G', input: { currentEntry: 'Case referred to IntegriGuard on 3/4.' }, top: ['G'] },
  // --- L and G together
  { sop: 'L, G', name: 'a Congressional RD case is L first, then G', facts: { pressOrHillInterest: 'yes', category: 'Retroactive Disenrollment' }, top: ['L', 'G'] },
  { sop: 'L, H', name: 'a CIS enrollment exception is L first, then H', facts: { cisControlled: 'yes', category: 'Enrollment Exception' }, top: ['L', 'H'] },
  { sop: 'G.6.a', name: 'an IntegriGuard referral in the note backs G, said in words', input: { currentEntry: 'Referred to IntegriGuard on 3/2.' }, top: ['G'], reason: 'The Current Entry already says that the case has been referred to IntegriGuard' },
  // --- H: enrollment exception
  { sop: 'H', name: 'category Enrollment Exception is H', facts: { category: 'Enrollment Exception' }, top: ['H'], reason: 'an enrollment exception' },
  { sop: 'H', name: 'subcategory EE is H', facts: { category: 'Enrollment/Disenrollment', subcategory: 'EE' }, top: ['H'] },
  { sop: 'H.1.a', name: 'EE Complaint in the note backs H', input: { currentEntry: 'EE Complaint. Validated with enrollment.' }, top: ['H'] },
  // --- J: Immediate Need that should not be
  { sop: 'J', name: 'Immediate Need with 5 days of medication is J', facts: { issueLevel: 'immediate-need' }, input: { summary: 'Beneficiary states she has 5 days of medication remaining.' }, top: ['J'], reason: 'about 5 days' },
  { sop: 'J', name: "Immediate Need with a week's supply is J", facts: { issueLevel: 'immediate-need' }, input: { summary: "Member still has a week's supply of his inhaler." }, top: ['J'], reason: 'about 7 days' },
  { sop: 'J', name: 'Immediate Need with 10 days left is J', facts: { issueLevel: 'immediate-need' }, input: { summary: 'Pharmacy refused refill; 10 days left.' }, top: ['J'] },
  { sop: 'J', name: 'Immediate Need with enough pills for three more days is J', facts: { issueLevel: 'immediate-need' }, input: { summary: 'Has enough pills for three more days.' }, top: ['J'] },
  { sop: 'J', name: 'Urgent with 10 days left is not J (J is about Immediate Need)', facts: { issueLevel: 'urgent' }, input: { summary: '10 days left.' }, top: [], absent: ['J'] },
  { sop: 'J.2', name: 'the indicator checked for issue level is J', facts: { reassignmentRequested: true, reassignmentReason: 'issue-level', issueLevel: 'immediate-need' }, top: ['J'] },
  { sop: 'J.3', name: 'a requested issue level chosen is J', facts: { requestedIssueLevel: 'urgent' }, top: ['J'] },
  // --- D: not Part D
  { sop: 'D', name: 'a Part B summary is D, without quoting it', input: { summary: 'Complains that Part B did not pay for her knee brace.' }, top: ['D'], reason: 'The summary mentions Part B' },
  { sop: 'D', name: 'a hospital bill is D', input: { summary: 'Member received a bill from the hospital after an inpatient stay.' }, top: ['D'], reason: 'hospital care' },
  { sop: 'D', name: 'a physician visit is D', input: { summary: 'Charged for a physician visit.' }, top: ['D'] },
  { sop: 'D', name: 'durable medical equipment is D', input: { summary: 'Needs a wheelchair; durable medical equipment supplier refused.' }, top: ['D'] },
  { sop: 'D', name: 'a Part C category is D', facts: { category: 'Part C Medical Services' }, top: ['D'], reason: 'Category is about' },
  { sop: 'D', name: 'a Medicare Advantage benefits category is D', facts: { category: 'MA Benefits' }, top: ['D'], reason: 'Medicare Advantage medical benefits' },
  { sop: 'D', name: 'a Medicare Advantage plan refusing a drug is not D', input: { summary: 'Her Medicare Advantage plan will not cover the drug at the pharmacy.' }, top: [], absent: ['D'] },
  { sop: 'D.1.a', name: 'CTM Case Not Part D in the note is D, quoting the phrase', input: { currentEntry: 'CTM Case Not Part D. Recommend category MA Benefits.' }, top: ['D'], reason: 'The Current Entry already says "CTM Case Not Part D"' },
  { sop: 'D.2', name: 'the category indicator with a Part B summary is D first, I second', facts: { reassignmentRequested: true, reassignmentReason: 'category' }, input: { summary: 'Part B claim denied.' }, top: ['D', 'I'] },
  // --- A and B: another plan, a subsidiary
  { sop: 'A, key 12', name: 'contract Other is A', facts: { contractNumber: 'OTHER' }, top: ['A'], reason: 'Other' },
  { sop: 'A, key 17', name: 'contract Unknown is A', facts: { contractNumber: 'UNKNOWN' }, top: ['A'], reason: 'Unknown' },
  { sop: 'A', name: 'another contract named in the summary is A', input: { summary: 'Member says she enrolled in H9876 in January.', ownContracts: ['S1234'] }, top: ['A'], reason: 'H9876' },
  { sop: 'A', name: 'another plan mentioned in words is A', input: { summary: 'She switched to a new plan last month and is being billed by both.' }, top: ['A'], reason: 'another plan' },
  { sop: 'B', name: 'a named contract that is one of our own is B first, A second', input: { summary: 'Member is actually in H5678.', ownContracts: ['S1234', 'H5678'] }, top: ['B', 'A'], reason: 'your own contracts' },
  { sop: 'A.2', name: 'the indicator checked as another plan is A', facts: { reassignmentRequested: true, reassignmentReason: 'another-plan' }, top: ['A'] },
  { sop: 'B.2', name: 'checking the box as another plan on a subsidiary case keeps B first (A.2 and B.2 share the reason)', facts: { reassignmentRequested: true, reassignmentReason: 'another-plan' }, input: { summary: 'Member is actually in H5678.', ownContracts: ['S1234', 'H5678'] }, top: ['B', 'A'] },
  { sop: 'A.2', name: 'an unchecked indicator with a reason chosen says nothing', facts: { reassignmentRequested: false, reassignmentReason: 'another-plan' }, top: [] },
  { sop: 'A, F', name: 'equal scores follow the SOP order, not the letters: a page error (F) before another plan in words (A)', input: { pageErrors: ['Please enter a valid date.'], summary: 'She switched to a new plan last month.' }, top: ['F', 'A'] },
  // --- C and I: the caseworker's call, suggested only on signals
  { sop: 'C.2', name: 'the indicator checked as a CMS issue with no other signal is C', facts: { reassignmentRequested: true, reassignmentReason: 'cms-issue' }, top: ['C'] },
  { sop: 'C, key 3', name: 'contract assignment CMS is C', facts: { contractNumber: 'CMS' }, top: ['C'] },
  { sop: 'L.4', name: 'a CMS-issue indicator on a CIS case backs L, not C first', facts: { cisControlled: 'yes', reassignmentRequested: true, reassignmentReason: 'cms-issue' }, top: ['L', 'C'] },
  { sop: 'I.2', name: 'the indicator checked for a category with no other signal is I', facts: { reassignmentRequested: true, reassignmentReason: 'category' }, top: ['I'] },
  { sop: 'I.3', name: 'a requested category chosen suggests I', facts: { requestedCategory: 'Marketing' }, top: ['I'] },
  // --- E and F: resolution, save errors
  { sop: 'E', name: 'a resolution date entered is E', facts: { resolutionDate: '2026-03-04' }, top: ['E'], reason: 'A resolution date is entered' },
  { sop: 'E', name: 'a resolved disposition backs E', facts: { resolutionDate: '2026-03-04', disposition: 'resolved' }, top: ['E'] },
  { sop: 'F', name: 'a save error is F', input: { pageErrors: ['The complaint could not be saved.'] }, top: ['F'], reason: 'could not be saved' },
  { sop: 'F', name: 'a save error after a resolution date is F first, E second', facts: { resolutionDate: '2026-03-04' }, input: { pageErrors: ['Error: unable to save complaint'] }, top: ['F', 'E'] },
  { sop: 'E, G', name: 'a resolution date on an RD case ranks G above E', facts: { category: 'Retroactive Disenrollment', resolutionDate: '2026-03-04' }, top: ['G', 'E'] },
  { sop: 'L, E', name: 'a resolution date on a Congressional case ranks L above E', facts: { pressOrHillInterest: 'yes', resolutionDate: '2026-03-04' }, top: ['L', 'E'] },
];

describe('detectScenarios (table)', () => {
  it.each(CASES)('SOP $sop: $name', (c) => {
    const matches = detectScenarios({
      facts: { ...base, ...c.facts },
      pageErrors: [],
      ...c.input,
    });
    expect(matches.slice(0, c.top.length).map((m) => m.scenario)).toEqual(c.top);
    if (c.top.length === 0) expect(matches).toEqual([]);
    if (c.reason) expect(matches[0]?.reasons.join(' | ')).toContain(c.reason);
    for (const letter of c.absent ?? []) expect(matches.map((m) => m.scenario)).not.toContain(letter);
  });
});

describe('detectScenarios privacy', () => {
  it('never quotes the summary in its reasons', () => {
    const summary = 'Jane Q Public, 123 Elm Street, says Part B did not pay for her hospital stay; switched to another plan; 5 days of medication';
    const matches = detectScenarios({ facts: { ...base, issueLevel: 'immediate-need' }, pageErrors: [], summary });
    expect(matches.length).toBeGreaterThan(0);
    const reasons = matches.flatMap((m) => m.reasons).join(' ');
    for (const word of ['Jane', 'Public', 'Elm', 'knee', 'stay', 'switched']) expect(reasons).not.toContain(word);
  });

  it('gives every match at least one reason and a positive score, best first', () => {
    const matches = detectScenarios({
      facts: { ...base, pressOrHillInterest: 'yes', category: 'Retroactive Disenrollment', resolutionDate: '2026-03-01' },
      pageErrors: [],
      currentEntry: 'CRITICAL RD',
    });
    // Congressional interest (L), an RD category (G) and a resolution date (E): three matches.
    expect(matches.map((m) => m.scenario).sort()).toEqual(['E', 'G', 'L']);
    for (const m of matches) {
      expect(m.reasons.length).toBeGreaterThan(0);
      expect(m.score).toBeGreaterThan(0);
    }
    const scores = matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
