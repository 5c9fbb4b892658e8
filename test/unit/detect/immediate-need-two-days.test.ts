/** SOP issue level definitions: Immediate Need means 2 or fewer days of medication left (SOP J, key 11). */
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../lib/case';
import { detectScenarios } from '../../../lib/detect/detect';

const facts: CaseFacts = { complaintId: '100234', contractNumber: 'S1234', issueLevel: 'immediate-need', category: 'Pricing/Co-Insurance' };
const suggested = (summary: string) => detectScenarios({ facts, pageErrors: [], summary }).map((m) => m.scenario);

describe('Immediate Need and the days of medication left', () => {
  it('exactly 2 days left fits Immediate Need: J (wrong issue level) is not suggested', () => {
    expect(suggested('Beneficiary has 2 days of medication left.')).not.toContain('J');
  });

  it('3 days left is more than Immediate Need allows: J is suggested', () => {
    expect(suggested('Beneficiary has 3 days of medication left.')).toContain('J');
  });

  it.each([
    ['Beneficiary has a couple of days of medication left.', false],
    ['Beneficiary ran out of insulin yesterday.', false],
    ['Beneficiary has a few days of medication left.', true],
    ['Enough pills to last one week.', true],
  ])('"%s": J suggested is %s, whatever the wording of the days', (summary, j) => {
    expect(suggested(summary).includes('J')).toBe(j);
  });

  it('an Urgent case with 10 days left is not J: the rule is only about Immediate Need', () => {
    const matches = detectScenarios({ facts: { ...facts, issueLevel: 'urgent' }, pageErrors: [], summary: 'She has 10 days of medication left.' });
    expect(matches.map((m) => m.scenario)).not.toContain('J');
  });
});
