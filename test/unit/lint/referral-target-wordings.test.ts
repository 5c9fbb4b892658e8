/**
 * referral-target-missing, wording by wording (SOP A.1.a / B.1.a: "the name and/or contract number
 * of the Plan to where the complaint must be reassigned"): which contract numbers, plan names and
 * lead-in words count as naming the plan, and which near misses do not.
 *
 * The rule is imported afresh inside each test (not at the top of the file), so that its patterns,
 * which are built at import, are built under the test that checks them.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../lib/lint/types';

async function freshRule() {
  vi.resetModules();
  return (await import('../../../lib/lint/rules/referral-target-missing')).referralTargetMissing;
}

const ASK_A: Finding[] = [
  {
    rule: 'referral-target-missing',
    severity: 'warning',
    message: 'Name the plan or contract number (e.g. S1234) the complaint should be reassigned to, if known (SOP A.1.a).',
    start: 0,
    end: 0,
  },
];
const NONE: Finding[] = [];
const A = { scenario: 'A' as const, ownContracts: ['S9999'] };

describe('referral-target-missing: contract numbers (SOP A.1.a)', () => {
  it.each([
    ['H1234', 'Contract H1234 per the member.', NONE],
    ['R1234', 'Contract R1234 per the member.', NONE],
    ['S1234', 'Contract S1234 per the member.', NONE],
    ['E1234', 'Contract E1234 per the member.', NONE],
    ['F1234', 'Contract F1234 per the member.', NONE],
    ['X1234', 'Contract X1234 per the member.', NONE],
    ['91234 (a 9-series contract)', 'Contract 91234 per the member.', NONE],
    ['r1234 in lower case', 'Contract r1234 per the member.', NONE],
    ['S1234-001 with a plan benefit package', 'Contract S1234-001 per the member.', NONE],
    ['H1234 at the very start and a full stop after it', 'H1234.', NONE],
    ['H1234 at the very end', 'Contract H1234', NONE],
    ['H1234 in brackets', 'Contract (H1234) per the member.', NONE],
    ['not inside a longer word: XH1234', 'Contract XH1234 per the member.', ASK_A],
    ['not with a letter after it: H1234A', 'Contract H1234A per the member.', ASK_A],
    ['not with a fifth digit: H12345', 'Contract H12345 per the member.', ASK_A],
    ['not after a hyphen: -H1234', 'Code ref-H1234 per the member.', ASK_A],
    ['not with only three digits: H123', 'Contract H123 per the member.', ASK_A],
    ['not a letter other than H R S E F X: K1234', 'Contract K1234 per the member.', ASK_A],
    ['not four letters after the letter: Habcd', 'Contract Habcd per the member.', ASK_A],
    ['not a PBP alone: -001', 'Contract -001 per the member.', ASK_A],
  ])('%s', async (_what, note, expected) => {
    const rule = await freshRule();
    expect(rule(note, A)).toEqual(expected);
  });

  it("A: the plan's own contract, in any case and with a PBP suffix, is not a target; another one after it is", async () => {
    const rule = await freshRule();
    expect(rule('Member is in s9999-015, not ours.', A)).toEqual(ASK_A);
    expect(rule('Member is in S9999, now H5678.', A)).toEqual(NONE);
  });

  it("B (SOP B.1.a): the plan's own contract counts, since the subsidiary's contract may be one of them", async () => {
    const rule = await freshRule();
    expect(rule('Subsidiary contract S9999.', { scenario: 'B', ownContracts: ['S9999'] })).toEqual(NONE);
    expect(rule('Subsidiary contract unknown.', { scenario: 'B', ownContracts: ['S9999'] })).toEqual([
      { ...ASK_A[0], message: 'Name the plan or contract number (e.g. S1234) the complaint should be reassigned to, if known (SOP B.1.a).' },
    ]);
  });
});

describe('referral-target-missing: a plan name ending in a plan word (SOP A.1.a)', () => {
  it.each([
    ['Health', 'Other carrier: Acme Health.', NONE],
    ['Healthcare', 'Other carrier: Acme Healthcare.', NONE],
    ['Plan', 'Other carrier: Acme Plan.', NONE],
    ['Plans', 'Other carrier: Acme Plans.', NONE],
    ['Insurance', 'Other carrier: Acme Insurance.', NONE],
    ['Rx', 'Other carrier: Acme Rx.', NONE],
    ['PDP', 'Other carrier: Acme PDP.', NONE],
    ['MA-PD', 'Other carrier: Acme MA-PD.', NONE],
    ['MAPD', 'Other carrier: Acme MAPD.', NONE],
    ['Advantage', 'Other carrier: Acme Advantage.', NONE],
    ['Care', 'Other carrier: Acme Care.', NONE],
    ['Choice', 'Other carrier: Acme Choice.', NONE],
    ['Prescription', 'Other carrier: Acme Prescription.', NONE],
    ['Drug', 'Other carrier: Acme Drug.', NONE],
    ['Medicare', 'Other carrier: Acme Medicare.', NONE],
    ['Mutual', 'Other carrier: Acme Mutual.', NONE],
    ['Group', 'Other carrier: Acme Group.', NONE],
    ['a name of several words', 'Other carrier: Acme Blue Sky Health.', NONE],
    ["a name with & ' and -", "Other carrier: O'Neil-Smith&Co Health.", NONE],
    ['any run of spaces before the plan word', 'Other carrier: Acme  Health.', NONE],
    ['a line break before the plan word', 'Other carrier: Acme\nHealth.', NONE],
    ['not a plan word in lower case', 'Other carrier: Acme health.', ASK_A],
    ['not a plan word joined to the name', 'Other carrier: AcmeHealth.', ASK_A],
    ['not a plan word after a lower-case word', 'Not our member, per the Plan.', ASK_A],
    ['not a plan word that only starts like one', 'Other carrier: Acme Healthy.', ASK_A],
  ])('%s', async (_what, note, expected) => {
    const rule = await freshRule();
    expect(rule(note, A)).toEqual(expected);
  });
});

describe('referral-target-missing: a plan name after a lead-in (SOP A.1.a)', () => {
  it.each([
    ['reassign to', 'Please reassign to Zenith.', NONE],
    ['Reassigned to', 'Reassigned to Zenith.', NONE],
    ['reassignment to', 'Needs reassignment to Zenith.', NONE],
    ['belong to', 'They belong to Zenith.', NONE],
    ['Belongs to', 'Belongs to Zenith.', NONE],
    ['transfer to', 'Please transfer to Zenith.', NONE],
    ['Transferred to', 'Transferred to Zenith.', NONE],
    ['refer to', 'Please refer to Zenith.', NONE],
    ['Referred to', 'Referred to Zenith.', NONE],
    ['move to', 'Please move to Zenith.', NONE],
    ['Moved to', 'Moved to Zenith.', NONE],
    ['sent to', 'Case sent to Zenith.', NONE],
    ['route to', 'Please route to Zenith.', NONE],
    ['Routed to', 'Routed to Zenith.', NONE],
    ['routes to', 'System routes to Zenith.', NONE],
    ['up to 30 characters between the lead-in and "to"', 'Reassign these two complaints, please to Zenith.', NONE],
    ['"to the" before the name', 'Reassign to the Zenith group.', NONE],
    ['enrolled in', 'Member enrolled in Zenith.', NONE],
    ['Enrolled with', 'Enrolled with Zenith.', NONE],
    ['member of', 'Is a member of Zenith.', NONE],
    ['Member of', 'Member of Zenith.', NONE],
    ['covered by', 'Now covered by Zenith.', NONE],
    ['Covered by', 'Covered by Zenith.', NONE],
    ['plan name:', 'Other plan name: Zenith', NONE],
    ['Plan Name =', 'Plan Name = Zenith', NONE],
    ['Plan name - ', 'Plan name - Zenith', NONE],
    ['plan name without a sign', 'Other plan name Zenith', NONE],
    ['plan name : with a space before the colon', 'Plan name : Zenith', NONE],
    ['plan: ', 'Other plan: Zenith', NONE],
    ['Plan = ', 'Plan = Zenith', NONE],
    ['Plan : with a space before the colon', 'Plan : Zenith', NONE],
    ['a name only starting like CMS or RO', 'Reassign to ROYAL now.', NONE],
    ['a name "Plan C" (only Plan A and Plan B mean Medicare parts)', 'Reassign to Plan C now.', NONE],
  ])('counts: %s', async (_what, note, expected) => {
    const rule = await freshRule();
    expect(rule(note, A)).toEqual(expected);
  });

  it.each([
    ['reassign  to', 'Please reassign  to Zenith.'],
    ['to  Zenith', 'Please reassign to  Zenith.'],
    ['to the  Zenith', 'Please reassign to the  Zenith.'],
    ['enrolled  in', 'Member enrolled  in Zenith.'],
    ['enrolled in  Zenith', 'Member enrolled in  Zenith.'],
    ['member  of', 'Is a member  of Zenith.'],
    ['covered  by', 'Now covered  by Zenith.'],
    ['plan  name:', 'Other plan  name: Zenith'],
    ['plan name  :', 'Other plan name  : Zenith'],
    ['plan  :', 'Other plan  : Zenith'],
    ['plan:  Zenith', 'Other plan:  Zenith'],
    ['a line break', 'Member enrolled\nin\nZenith.'],
  ])('counts any run of spaces between the words: %s', async (_what, note) => {
    const rule = await freshRule();
    expect(rule(note, A)).toEqual(NONE);
  });

  it.each([
    ['a name in lower case', 'Please reassign to zenith.'],
    ['no name after "to"', 'Please reassign to them.'],
    ['a single capital letter', 'Please reassign to Z.'],
    ['more than 30 characters between the lead-in and "to"', 'Reassign this one complaint now please to Zenith.'],
    ['a full stop between the lead-in and "to"', 'Please reassign. Letter to Zenith.'],
    ['a line break between the lead-in and "to"', 'Please reassign\nLetter to Zenith.'],
    ['"to" inside a longer word', 'Please reassign into Zenith.'],
    ['a lead-in word inside a longer word (Unenrolled)', 'Unenrolled in Zenith.'],
    ['a lead-in word inside a longer word (Xreassign)', 'Xreassign to Zenith.'],
    ['a lead-in joined to "to"', 'Reassignto Zenith.'],
    ['member without "of"', 'Member Zenith.'],
    ['enrolled at', 'Enrolled at Zenith.'],
    ['covered with', 'Covered with Zenith.'],
    ['plan name with no space before the name', 'Plan name:Zenith'],
    ['plan - (only "plan name" takes a dash)', 'Plan - Zenith'],
    ['CMS', 'Reassign to CMS now.'],
    ['the RO', 'Refer to the RO now.'],
    ['Medicare', 'Refer to Medicare now.'],
    ['CTM', 'Sent to CTM now.'],
    ['HPMS', 'Sent to HPMS now.'],
    ['IntegriGuard', 'Referred to IntegriGuard now.'],
    ['Plan A (Medicare Part A)', 'Refer to Plan A now.'],
    ['Plan B (Medicare Part B)', 'Refer to Plan B now.'],
    ['Plan  B with two spaces', 'Refer to Plan  B now.'],
  ])('does not count: %s', async (_what, note) => {
    const rule = await freshRule();
    expect(rule(note, A)).toEqual(ASK_A);
  });
});
