/**
 * The required-phrase finding exactly as the caseworker sees it: message, severity, place, fix and
 * where the rule comes from (SOP D.1.a, G.5.a, G.6.a, H.1.a, L.2).
 *
 * The rule is imported afresh inside each test (not at the top of the file): it keeps the pattern
 * of each phrase once built, and the lower-cased note of the last call, so a test that loaded it
 * earlier would check a pattern built before that test.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ScenarioPhrase } from '../../../lib/sop/types';
import type { LintContext } from '../../../lib/lint/types';

async function freshRule() {
  vi.resetModules();
  return (await import('../../../lib/lint/rules/required-phrase')).requiredPhrase;
}

const NOTE = 'Member asks about a hospital bill.';

describe('required-phrase findings, exactly', () => {
  it('SOP D.1.a: a missing quoted phrase is an error at the start, fixed by adding it as the first line', async () => {
    const rule = await freshRule();
    expect(rule(NOTE, { scenario: 'D', requiredPhrases: ['CTM Case Not Part D'] })).toEqual([
      {
        rule: 'required-phrase',
        severity: 'error',
        message: 'Scenario D asks the note to say "CTM Case Not Part D".',
        start: 0,
        end: 0,
        fix: { label: 'Add "CTM Case Not Part D" as the first line', edits: [{ start: 0, end: 0, replacement: 'CTM Case Not Part D\n' }] },
        data: { phrase: 'CTM Case Not Part D' },
        provenance: { kind: 'sop', item: 'D.1.a' },
      },
    ]);
  });

  it('SOP H.1.a: without an active scenario the message names "the active scenario"', async () => {
    const rule = await freshRule();
    const [finding] = rule(NOTE, { requiredPhrases: ['EE Complaint'] });
    expect(finding?.message).toBe('The active scenario asks the note to say "EE Complaint".');
    expect(finding?.provenance).toEqual({ kind: 'sop', item: 'H.1.a' });
  });

  it('a plain phrase no SOP scenario asks for carries no provenance mark', async () => {
    const rule = await freshRule();
    const found = rule(NOTE, { scenario: 'D', requiredPhrases: ['Team phrase'] });
    expect(found).toHaveLength(1);
    expect(Object.keys(found[0] ?? {})).toEqual(['rule', 'severity', 'message', 'start', 'end', 'fix', 'data']);
  });

  it('SOP L.2: a phrase of the active scenario names its step and asks for the SOP words', async () => {
    const rule = await freshRule();
    const l2: ScenarioPhrase = { phrase: 'CIS or Congressional Resolution', step: 'L.2', scenario: 'L' };
    expect(rule(NOTE, { scenario: 'L', requiredPhrases: [l2] })).toEqual([
      {
        rule: 'required-phrase',
        severity: 'error',
        message: 'Scenario L (SOP L.2) asks the note to say "CIS or Congressional Resolution", in the SOP\'s words.',
        start: 0,
        end: 0,
        fix: {
          label: 'Add "CIS or Congressional Resolution" as the first line',
          edits: [{ start: 0, end: 0, replacement: 'CIS or Congressional Resolution\n' }],
        },
        data: { phrase: 'CIS or Congressional Resolution' },
        provenance: { kind: 'sop', item: 'L.2' },
      },
    ]);
  });

  it('SOP G.5.a: a phrase of a scenario that also applies says so; with no active scenario it does not', async () => {
    const rule = await freshRule();
    const g5: ScenarioPhrase = { phrase: 'CRITICAL RD', step: 'G.5.a', scenario: 'G' };
    expect(rule(NOTE, { scenario: 'L', requiredPhrases: [g5] }).map((f) => f.message)).toEqual([
      'Scenario G, which also applies (SOP G.5.a) asks the note to say "CRITICAL RD", in the SOP\'s words.',
    ]);
    expect(rule(NOTE, { requiredPhrases: [g5] }).map((f) => f.message)).toEqual([
      'Scenario G (SOP G.5.a) asks the note to say "CRITICAL RD", in the SOP\'s words.',
    ]);
  });

  it('a phrase whose own provenance is not the SOP keeps that mark', async () => {
    const rule = await freshRule();
    const own: ScenarioPhrase = {
      phrase: 'Callback set',
      step: 'F.2',
      scenario: 'F',
      provenance: { kind: 'ctm-assist', reason: 'fake reason for the test' },
    };
    expect(rule(NOTE, { scenario: 'F', requiredPhrases: [own] }).map((f) => f.provenance)).toEqual([
      { kind: 'ctm-assist', reason: 'fake reason for the test' },
    ]);
  });

  it('SOP G.6.a: a meaning is a warning, satisfied by any wording its pattern accepts, not by the example words alone', async () => {
    const rule = await freshRule();
    const g6: ScenarioPhrase = {
      phrase: 'referred to IntegriGuard',
      step: 'G.6.a',
      scenario: 'G',
      meaning: { what: 'that the case has been referred to IntegriGuard', pattern: /\bsent to integriguard\b/i },
    };
    const context: LintContext = { scenario: 'G', requiredPhrases: [g6] };
    expect(rule('Case sent to IntegriGuard today.', context)).toEqual([]);
    expect(rule('Case referred to IntegriGuard.', context)).toEqual([
      {
        rule: 'required-phrase',
        severity: 'warning',
        message:
          'Scenario G (SOP G.6.a) asks the note to say that the case has been referred to IntegriGuard in any words (the SOP asks for the meaning), e.g. "referred to IntegriGuard".',
        start: 0,
        end: 0,
        fix: {
          label: 'Add "referred to IntegriGuard" as the first line',
          edits: [{ start: 0, end: 0, replacement: 'referred to IntegriGuard\n' }],
        },
        data: { phrase: 'referred to IntegriGuard' },
        provenance: { kind: 'sop', item: 'G.6.a' },
      },
    ]);
  });

  it('finds nothing when the context carries no phrases at all', async () => {
    const rule = await freshRule();
    expect(rule(NOTE, {})).toEqual([]);
    expect(rule(NOTE, { scenario: 'D', requiredPhrases: [] })).toEqual([]);
  });

  it('a phrase typed with several spaces still matches the note with one', async () => {
    const rule = await freshRule();
    expect(rule('Note: CTM Case Not Part D.', { requiredPhrases: ['CTM  Case   Not Part D'] })).toEqual([]);
    expect(rule('Note: CTM Case Not Part D.', { requiredPhrases: ['  CTM Case Not Part D '] })).toEqual([]);
  });

  it('a blank phrase asks for nothing', async () => {
    const rule = await freshRule();
    expect(rule(NOTE, { requiredPhrases: ['', '   '] })).toEqual([]);
  });

  it('reads brackets and dots in a phrase as those characters, not as pattern syntax', async () => {
    const rule = await freshRule();
    const ctx = { requiredPhrases: ['Ref (no. 1)'] };
    expect(rule('See Ref (no. 1) above.', ctx)).toEqual([]);
    expect(rule('See Ref no 1 above.', ctx).map((f) => f.data)).toEqual([{ phrase: 'Ref (no. 1)' }]);
  });
});
