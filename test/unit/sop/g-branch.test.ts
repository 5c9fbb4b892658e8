/**
 * Scenario G's two paths (SOP G.4–G.6): CTM Assist suggests one, with its reasons; the caseworker
 * confirms it. G.4.b counts only an opt-out because of employer group coverage, not the word.
 *
 * The modules are imported afresh before each test (not at the top of the file): G's paths,
 * criteria and patterns are built at import, and only what is built under the test that checks
 * it is counted by the mutation run (Stryker's ignoreStatic).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFacts, CaseSnapshot } from '../../../lib/case';

let evaluateCase: typeof import('../../../lib/evaluate-case').evaluateCase;
let branchChoice: typeof import('../../../lib/sop/case-scenarios').branchChoice;
let keepOpenMessage: typeof import('../../../lib/checklist/closing').keepOpenMessage;
let keepOpenStep: typeof import('../../../lib/checklist/closing').keepOpenStep;

beforeEach(async () => {
  vi.resetModules();
  ({ evaluateCase } = await import('../../../lib/evaluate-case'));
  ({ branchChoice } = await import('../../../lib/sop/case-scenarios'));
  ({ keepOpenMessage, keepOpenStep } = await import('../../../lib/checklist/closing'));
});

const rd: CaseFacts = { complaintId: '4100808', category: 'Retroactive Disenrollment', contractNumber: 'S1234', issueLevel: 'none' };
const suggest = (summary: string, facts: Partial<CaseFacts> = {}) => branchChoice('G', { facts: { ...rd, ...facts }, summary }).suggestion;

function snapshot(facts: Partial<CaseFacts>, summary?: string, currentEntry?: string): CaseSnapshot {
  return { facts: { ...rd, ...facts }, currentEntry, pageErrors: [], phi: { summary } as CaseSnapshot['phi'], missing: [], malformed: [], conflicts: [] };
}
const settings = { schemaVersion: 1 as const, contracts: ['S1234'] };
const phrasesOf = (evaluation: ReturnType<typeof import('../../../lib/evaluate-case').evaluateCase>) => (evaluation.lint.requiredPhrases ?? []).map((p) => (typeof p === 'string' ? p : p.phrase));

describe('SOP G.4.b: opt-out because of employer group coverage, by meaning', () => {
  it.each([
    'Retroactive disenrollment requested. Her employer mailed the enrollment letter late.',
    'The beneficiary is a retiree who moved to Ohio and asks for a retroactive disenrollment.',
    'Called the union hall about a ride to the pharmacy. Wants the plan ended back to January.',
    'Has employer group coverage through her husband and asks about a pharmacy claim.',
  ])('a bare employer, union or retiree word does not make it critical: %s', (summary) => {
    expect(suggest(summary)).toMatchObject({ branch: 'non-critical' });
  });

  it.each([
    'Wants to opt out because her employer group coverage started in March.',
    'Has union retiree coverage and wants out of the plan.',
    'Asks to disenroll retroactively: she now has coverage through her employer.',
    "Requests disenrollment back to 01/01 due to her husband's employer group health plan.",
  ])('an opt-out because of employer group coverage is critical (PDP too): %s', (summary) => {
    const suggestion = suggest(summary);
    expect(suggestion).toMatchObject({ branch: 'critical', provenance: { kind: 'ctm-assist' } });
    expect(suggestion?.reasons.join(' ')).toMatch(/employer group coverage \(SOP G\.4\.b\)/);
  });

  it('SOP G.4.a stays: an MA-PD case about immediate access to care is critical, a PDP one is not', () => {
    expect(suggest('Cannot get care from her doctor until the disenrollment is fixed.', { contractNumber: 'H1234' })).toMatchObject({ branch: 'critical' });
    expect(suggest('Cannot get care from her doctor until the disenrollment is fixed.')).toMatchObject({ branch: 'non-critical' });
  });
});

describe('SOP G.4: the path is a suggestion with its reasons, until the caseworker confirms one', () => {
  it('says why it suggests non-critical when no G.4 criterion shows', () => {
    const suggestion = suggest('Wants to opt out of the plan back to January.');
    expect(suggestion).toMatchObject({ branch: 'non-critical', provenance: { kind: 'ctm-assist' } });
    expect(suggestion?.reasons.join(' ')).toMatch(/no G\.4 criterion/i);
  });

  it('SOP G.1, G.5, G.6: an Immediate Need RD suggests critical but keeps both paths and both emails, G.1 first', () => {
    const evaluation = evaluateCase(snapshot({ issueLevel: 'immediate-need' }), { ticks: {}, settings, picked: 'G' });
    expect(evaluation.branch.suggestion).toMatchObject({ branch: 'critical', reasons: [expect.stringMatching(/Immediate Need/)] });
    expect(evaluation.branch.confirmed).toBeUndefined();
    const ids = evaluation.steps.map((s) => s.id);
    expect(ids[0]).toBe('G.1');
    expect(ids).toEqual(expect.arrayContaining(['G.5.a', 'G.6', 'G.6.a', 'G.6.c', 'G.6.d']));
    expect(evaluation.emailTemplates).toEqual(['G-critical-rd', 'G-integriguard']);
    expect(evaluation.steps.find((s) => s.id === 'G.4')).toMatchObject({ state: 'todo' });
  });

  it('SOP G.6: the Current Entry naming IntegriGuard is a reason for the suggestion, not a decision', () => {
    const evaluation = evaluateCase(snapshot({}, undefined, 'Valid RD. Referred to IntegriGuard with all development.'), { ticks: {}, settings, picked: 'G' });
    expect(evaluation.branch.suggestion).toMatchObject({ branch: 'non-critical' });
    expect(evaluation.steps.map((s) => s.id)).toContain('G.5.a');
  });

  it('SOP G.6: once the caseworker confirms non-critical, only G.6 and the IntegriGuard email stay, and its phrase is asked', () => {
    const evaluation = evaluateCase(snapshot({ issueLevel: 'immediate-need' }), { ticks: {}, settings, picked: 'G', branch: 'non-critical' });
    expect(evaluation.branch.confirmed).toBe('non-critical');
    const ids = evaluation.steps.map((s) => s.id);
    expect(ids).toContain('G.6.d');
    expect(ids).not.toContain('G.5.a');
    expect(evaluation.emailTemplates).toEqual(['G-integriguard']);
    expect(phrasesOf(evaluation)).toEqual(['referred to IntegriGuard']);
    expect(evaluation.steps.find((s) => s.id === 'G.4')).toMatchObject({ state: 'done' });
  });

  it('SOP G.5: a confirmed critical RD keeps G.5 and the CRITICAL RD email', () => {
    const evaluation = evaluateCase(snapshot({}), { ticks: {}, settings, picked: 'G', branch: 'critical' });
    expect(evaluation.steps.map((s) => s.id)).not.toContain('G.6.a');
    expect(evaluation.emailTemplates).toEqual(['G-critical-rd']);
    expect(phrasesOf(evaluation)).toEqual(['CRITICAL RD']);
  });

  it('a confirmed path is ignored for a scenario without paths', () => {
    const evaluation = evaluateCase(snapshot({ category: 'Pricing', cisControlled: 'yes' }), { ticks: {}, settings, picked: 'L', branch: 'critical' });
    expect(evaluation.branch).toEqual({});
  });
});

describe('SOP G.6.d: the keep-open warning names who the case waits for', () => {
  it('non-critical: IntegriGuard, not the RO, citing G.6.a', () => {
    const message = keepOpenMessage('G', 'non-critical');
    expect(message).toMatch(/IntegriGuard/);
    expect(message).not.toMatch(/\bRO\b/);
    expect(keepOpenStep('G', 'non-critical')).toBe('G.6.a');
  });

  it('critical: the RO, citing G.5.c', () => {
    expect(keepOpenMessage('G', 'critical')).toMatch(/\bRO\b/);
    expect(keepOpenMessage('G', 'critical')).not.toMatch(/IntegriGuard/);
    expect(keepOpenStep('G', 'critical')).toBe('G.5.c');
  });

  it('undecided: both, each with its path', () => {
    expect(keepOpenMessage('G')).toMatch(/critical RD.*RO.*non-critical RD.*IntegriGuard/i);
  });

  it('other scenarios keep their words (SOP A.3)', () => {
    expect(keepOpenMessage('A')).toMatch(/the RO must act on the request first/);
  });
});
