import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers';

const A = { scenario: 'A' as const, ownContracts: ['S1234'] };
const B = { scenario: 'B' as const, ownContracts: ['S1234'] };

describe('referral-target-missing (SOP A.1.a / B.1.a: name and/or contract number of the receiving plan)', () => {
  it('warns when an A note names no plan or contract', () => {
    const [finding] = findingsOf('referral-target-missing', 'Member is not ours. Please reassign.', A);
    expect(finding).toMatchObject({ severity: 'warning' });
    expect(finding?.message).toContain('A.1.a');
  });

  it('accepts another plan\'s contract number, with or without a plan benefit package', () => {
    expect(findingsOf('referral-target-missing', 'Belongs to contract H5678.', A)).toEqual([]);
    expect(findingsOf('referral-target-missing', 'Enrolled under r9876-001', A)).toEqual([]);
  });

  it("for A, the plan's own contract is not a referral target; for B (a subsidiary) it may be", () => {
    expect(findingsOf('referral-target-missing', 'Member is not in S1234.', A)).toHaveLength(1);
    expect(findingsOf('referral-target-missing', 'Subsidiary contract S1234.', B)).toEqual([]);
  });

  it('accepts a plan name', () => {
    expect(findingsOf('referral-target-missing', 'Member is enrolled with Acme Health Plan.', A)).toEqual([]);
    expect(findingsOf('referral-target-missing', 'Please reassign to Zenith.', A)).toEqual([]);
    expect(findingsOf('referral-target-missing', 'Plan name: Northwind', B)).toEqual([]);
  });

  it('does not take CMS, the RO or codes for a plan', () => {
    expect(findingsOf('referral-target-missing', 'Reassign to CMS. Refer to RO. Code S12345 and XS1234.', A)).toHaveLength(1);
  });

  it('runs only for scenarios A and B', () => {
    expect(findingsOf('referral-target-missing', 'Please reassign.', { scenario: 'C' })).toEqual([]);
    expect(findingsOf('referral-target-missing', 'Please reassign.', {})).toEqual([]);
  });
});
