/**
 * A case can be two scenarios at once: a CIS or Congressional case (SOP L) that is also a
 * retroactive disenrollment (SOP G) or an enrollment exception (SOP H). Both apply: L.2 asks for
 * its notation and G.5.a / H.1.a for theirs, each keeps the case open (L.5, G.5.c, H.3), and
 * G.5.b's email is still owed.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFacts, CaseSnapshot } from '../../lib/case';
import { evaluateCase } from '../../lib/evaluate-case';
import { alsoApplies, CASE_SCENARIO_MAP } from '../../lib/sop/case-scenarios';
import { CASE_LETTERS } from '../../lib/sop/types';

function snapshot(facts: CaseFacts): CaseSnapshot {
  return { facts, pageErrors: [], phi: {}, missing: [], malformed: [], conflicts: [] };
}

const settings = { schemaVersion: 1 as const, contracts: ['S1234'] };
const phrasesOf = (evaluation: ReturnType<typeof evaluateCase>) =>
  (evaluation.lint.requiredPhrases ?? []).map((p) => (typeof p === 'string' ? p : p.phrase));

// Immediate Need: G.4 "Cases labeled Immediate Need by 1-800 MEDICARE are ALWAYS considered Critical".
const congressionalCriticalRd = snapshot({
  complaintId: '1',
  contractNumber: 'S1234',
  pressOrHillInterest: 'yes',
  category: 'Retroactive Disenrollment',
  issueLevel: 'immediate-need',
});

describe('a case that is two scenarios at once (SOP L with G or H)', () => {
  it('SOP L, G: a Congressional RD is worked as L with G also applying', () => {
    const evaluation = evaluateCase(congressionalCriticalRd, { ticks: {}, settings });
    expect(evaluation.active).toBe('L');
    expect(evaluation.alsoApplies).toEqual(['G']);
  });

  it('SOP L.2 and G.5.a: once the critical RD path is confirmed, both notations are required in the Current Entry', () => {
    const evaluation = evaluateCase(congressionalCriticalRd, { ticks: {}, settings, branch: 'critical' });
    expect(phrasesOf(evaluation)).toEqual(['CIS or Congressional Resolution', 'CRITICAL RD']);
  });

  it('SOP G.5.b: the critical RD email is offered on the L case (both RD emails until a path is confirmed)', () => {
    expect(evaluateCase(congressionalCriticalRd, { ticks: {}, settings }).emailTemplates).toEqual(['G-critical-rd', 'G-integriguard']);
    expect(evaluateCase(congressionalCriticalRd, { ticks: {}, settings, branch: 'critical' }).emailTemplates).toEqual(['G-critical-rd']);
  });

  it('SOP G.4: before a path is confirmed the L case asks only for its own notation', () => {
    const evaluation = evaluateCase(congressionalCriticalRd, { ticks: {}, settings });
    expect(phrasesOf(evaluation)).toEqual(['CIS or Congressional Resolution']);
  });

  it('SOP L.5, G.5.c: setting the case to close breaks a keep-open rule', () => {
    const closing = snapshot({ ...congressionalCriticalRd.facts, resolutionDate: '2026-11-05' });
    const evaluation = evaluateCase(closing, { ticks: {}, settings });
    expect(evaluation.keepOpenViolated).toBe(true);
    expect(evaluation.keepOpenScenario).toBe('L');
  });

  it('SOP L, H: a CIS enrollment exception also asks for "EE Complaint" (H.1.a)', () => {
    const evaluation = evaluateCase(snapshot({ complaintId: '1', cisControlled: 'yes', category: 'Enrollment Exception' }), { ticks: {}, settings });
    expect(evaluation.active).toBe('L');
    expect(evaluation.alsoApplies).toEqual(['H']);
    expect(phrasesOf(evaluation)).toEqual(['CIS or Congressional Resolution', 'EE Complaint']);
  });

  it('works both ways: with G picked, L also applies (SOP L.2)', () => {
    const evaluation = evaluateCase(congressionalCriticalRd, { ticks: {}, settings, picked: 'G', branch: 'critical' });
    expect(evaluation.alsoApplies).toEqual(['L']);
    expect(phrasesOf(evaluation)).toEqual(['CRITICAL RD', 'CIS or Congressional Resolution']);
  });

  it('a scenario the active one does not combine with does not also apply (C picked on a CIS RD)', () => {
    const evaluation = evaluateCase(congressionalCriticalRd, { ticks: {}, settings, picked: 'C' });
    expect(evaluation.alsoApplies).toEqual([]);
    expect(phrasesOf(evaluation)).toEqual([]);
    expect(evaluation.emailTemplates).toEqual([]);
  });

  it('a required phrase of a scenario that also applies carries its scenario and step', () => {
    const evaluation = evaluateCase(congressionalCriticalRd, { ticks: {}, settings, branch: 'critical' });
    expect(evaluation.lint.requiredPhrases).toContainEqual(expect.objectContaining({ phrase: 'CRITICAL RD', scenario: 'G', step: 'G.5.a' }));
  });
});

describe('which scenarios may apply together is declared in the scenario modules', () => {
  it('L declares G and H; the registry reads it both ways', () => {
    expect(CASE_SCENARIO_MAP.L.alsoAppliesWith).toEqual(['G', 'H']);
    expect(alsoApplies('L', ['L', 'G', 'C'])).toEqual(['G']);
    expect(alsoApplies('H', ['H', 'L'])).toEqual(['L']);
    expect(alsoApplies('C', ['C', 'L', 'G'])).toEqual([]);
  });

  it('declares only case scenarios, never the scenario itself', () => {
    for (const letter of CASE_LETTERS) {
      for (const other of CASE_SCENARIO_MAP[letter].alsoAppliesWith ?? []) {
        expect(CASE_LETTERS, `${letter} → ${other}`).toContain(other);
        expect(other, letter).not.toBe(letter);
      }
    }
  });
});
