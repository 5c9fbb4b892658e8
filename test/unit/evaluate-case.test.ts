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

  it('offers both RD emails while the caseworker has not confirmed the path (SOP G.5.b, G.6)', () => {
    const rd = snapshot({ complaintId: '1', category: 'Retroactive Disenrollment', issueLevel: 'immediate-need' });
    expect(evaluateCase(rd, { ticks: {}, settings, picked: 'G' }).emailTemplates).toEqual(['G-critical-rd', 'G-integriguard']);
    expect(evaluateCase(rd, { ticks: {}, settings, picked: 'G', branch: 'non-critical' }).emailTemplates).toEqual(['G-integriguard']);
  });

  it('tells when CMS’s Note to Plan says the RO disagreed (SOP A.4)', () => {
    const disagreed = snapshot({ complaintId: '1' }, { noteToPlan: 'The RO disagrees with the reassignment request.' });
    expect(evaluateCase(disagreed, { ticks: {}, settings }).roDisagreed).toBe(true);
  });
});

describe('a complaint category the page does not let CTM Assist read', () => {
  const noCategory = { complaintId: '1' };

  it('a category shown empty suggests Scenario I (SOP F.2.a: "If no category is assigned, refer to Scenario I")', () => {
    const evaluation = evaluateCase(snapshot(noCategory), { ticks: {}, settings });
    expect(evaluation.matches.map((m) => m.scenario)).toEqual(['I']);
    expect(evaluation.active).toBe('I');
  });

  it.each([
    ['not found on the page', { missing: ['category'] }],
    ['unreadable', { malformed: [{ key: 'category', label: 'Category', reason: 'it is not one of the CTM categories' }] }],
    ['shown with two values', { conflicts: [{ key: 'category', label: 'Category', values: ['Marketing', 'Enrollment'] }] }],
  ])('a category %s is not taken for an empty one: no Scenario I (SOP F.2.a)', (_, extra) => {
    const evaluation = evaluateCase(snapshot(noCategory, extra), { ticks: {}, settings });
    expect(evaluation.matches).toEqual([]);
    expect(evaluation.active).toBeUndefined();
  });
});

describe('a page that suggests no scenario', () => {
  it('has no active scenario, no steps, nothing also applying and no email until the caseworker picks one', () => {
    const evaluation = evaluateCase(snapshot({ complaintId: '1', category: 'Marketing' }), { ticks: {}, settings });
    expect(evaluation.matches).toEqual([]);
    expect(evaluation.active).toBeUndefined();
    expect(evaluation.alsoApplies).toEqual([]);
    expect(evaluation.steps).toEqual([]);
    expect(evaluation.emailTemplates).toEqual([]);
    expect(evaluation.keepOpenViolated).toBe(false);
    expect(evaluation.lint.requiredPhrases).toEqual([]);
  });
});
