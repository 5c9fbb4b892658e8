import { describe, expect, it } from 'vitest';
import type { CaseSnapshot } from '../../lib/case';
import { evaluateCase } from '../../lib/evaluate-case';

function snapshot(facts: CaseSnapshot['facts'], extra: Partial<CaseSnapshot> = {}): CaseSnapshot {
  return { facts, pageErrors: [], phi: {}, missing: [], malformed: [], conflicts: [], ...extra };
}

const settings = { schemaVersion: 1 as const, contracts: ['S1234'] };
const phrasesOf = (evaluation: ReturnType<typeof evaluateCase>) =>
  (evaluation.lint.requiredPhrases ?? []).map((p) => (typeof p === 'string' ? p : p.phrase));

describe('evaluating a case for the panel', () => {
  it('makes the top suggestion active until the caseworker picks another (TEST-HOOKS data-active)', () => {
    const congressional = snapshot({ complaintId: '1', contractNumber: 'S1234', pressOrHillInterest: 'yes' });
    const top = evaluateCase(congressional, { ticks: {}, settings });
    expect(top.matches[0]?.scenario).toBe('L');
    expect(top.active).toBe('L');
    const picked = evaluateCase(congressional, { ticks: {}, settings, picked: 'C' });
    expect(picked.active).toBe('C');
    expect(picked.steps.map((s) => s.id)).toContain('C.2');
  });

  it('asks the note for the active scenario’s phrase (SOP L.2: "CIS or Congressional Resolution")', () => {
    const evaluation = evaluateCase(snapshot({ complaintId: '1', cisControlled: 'yes' }), { ticks: {}, settings });
    expect(phrasesOf(evaluation)).toEqual(['CIS or Congressional Resolution']);
    expect(evaluation.lint.ownContracts).toEqual(['S1234']);
  });

  it('flags closing a keep-open case (SOP L.5) and not an E case (SOP E.1)', () => {
    const closing = { complaintId: '1', cisControlled: 'yes' as const, resolutionDate: '2026-11-05' };
    expect(evaluateCase(snapshot(closing), { ticks: {}, settings }).keepOpenViolated).toBe(true);
    expect(evaluateCase(snapshot(closing), { ticks: {}, settings, picked: 'E' }).keepOpenViolated).toBe(false);
  });

  it('offers the F email for F (SOP F.4), none for a case with no email', () => {
    const saveFailed = snapshot({ complaintId: '1', resolutionDate: '2026-11-05' }, { pageErrors: ['The complaint could not be saved.'] });
    expect(evaluateCase(saveFailed, { ticks: {}, settings }).emailTemplates).toEqual(['F-will-not-close']);
    expect(evaluateCase(snapshot({ complaintId: '1' }), { ticks: {}, settings, picked: 'A' }).emailTemplates).toEqual([]);
  });

  it('offers only the critical RD email once the caseworker confirms a critical RD (SOP G.4, G.5.b)', () => {
    const rd = snapshot({ complaintId: '1', category: 'Retroactive Disenrollment', issueLevel: 'immediate-need' });
    const evaluation = evaluateCase(rd, { ticks: {}, settings, picked: 'G', branch: 'critical' });
    expect(evaluation.emailTemplates).toEqual(['G-critical-rd']);
    expect(phrasesOf(evaluation)).toEqual(['CRITICAL RD']);
  });

  it('tells when CMS’s Note to Plan says the RO disagreed (SOP A.4)', () => {
    const disagreed = snapshot({ complaintId: '1' }, { noteToPlan: 'The RO disagrees with the reassignment request.' });
    expect(evaluateCase(disagreed, { ticks: {}, settings }).roDisagreed).toBe(true);
  });
});
