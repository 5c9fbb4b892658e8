/**
 * `required-phrase` over the phrases of the active scenario and of the scenarios that also
 * apply, each citing its own SOP step; where the SOP asks for a meaning rather than words
 * (G.6.a: the entry says the case "has been referred to IntegriGuard"), a warning that accepts
 * reasonable wordings.
 */
import { describe, expect, it } from 'vitest';
import { requiredPhrases } from '../../../lib/sop/case-scenarios';
import type { LintContext } from '../../../lib/lint/types';
import { findingsOf, fixed } from './helpers';

const congressionalCriticalRd: LintContext = {
  scenario: 'L',
  requiredPhrases: [...requiredPhrases('L'), ...requiredPhrases('G', 'critical')],
};
const nonCriticalRd: LintContext = { scenario: 'G', requiredPhrases: requiredPhrases('G', 'non-critical') };

describe('required-phrase with a scenario that also applies', () => {
  it('SOP G.5.a: the phrase of a scenario that also applies is an error naming that scenario and step', () => {
    const found = findingsOf('required-phrase', 'CIS or Congressional Resolution: called the senator’s office 11/05/2026.', congressionalCriticalRd);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', data: { phrase: 'CRITICAL RD' } });
    expect(found[0]?.message).toContain('Scenario G');
    expect(found[0]?.message).toContain('also applies');
    expect(found[0]?.message).toContain('G.5.a');
  });

  it('SOP L.2: the active scenario’s phrase cites its own step', () => {
    const [finding] = findingsOf('required-phrase', 'CRITICAL RD', congressionalCriticalRd);
    expect(finding?.data?.phrase).toBe('CIS or Congressional Resolution');
    expect(finding?.message).toContain('Scenario L');
    expect(finding?.message).toContain('L.2');
    expect(finding?.message).not.toContain('also applies');
  });
});

describe('required-phrase where the SOP asks for a meaning (SOP G.6.a)', () => {
  it.each([
    'Case has been referred to IntegriGuard on 11/05/2026.',
    'Referred the case and all development to IntegriGuard.',
    'RD referral sent to IntegriGuard 11/05/2026.',
    'referred to integriguard',
    'Forwarded the case to IntegriGuard for processing.',
  ])('accepts "%s"', (note) => {
    expect(findingsOf('required-phrase', note, nonCriticalRd)).toEqual([]);
  });

  it.each(['Not referred to IntegriGuard yet.', 'Will call IntegriGuard tomorrow.', 'Called the member 11/05/2026.'])(
    'warns on "%s"',
    (note) => {
      expect(findingsOf('required-phrase', note, nonCriticalRd)).toHaveLength(1);
    },
  );

  it('is a warning citing G.6.a, never "the SOP\'s exact words", and its fix satisfies it', () => {
    const text = 'Called the member 11/05/2026.';
    const [finding] = findingsOf('required-phrase', text, nonCriticalRd);
    expect(finding).toMatchObject({ severity: 'warning', data: { phrase: 'referred to IntegriGuard' } });
    expect(finding?.message).toContain('G.6.a');
    expect(finding?.message).toContain('has been referred to IntegriGuard');
    expect(finding?.message).not.toMatch(/exact words/i);
    expect(findingsOf('required-phrase', fixed(text, finding), nonCriticalRd)).toEqual([]);
  });
});
