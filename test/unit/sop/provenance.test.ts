import { describe, expect, it } from 'vitest';
import { budgetFor, budgetProvenance } from '../../../lib/deadlines/budgets';
import { lintNote } from '../../../lib/lint/lint-note';
import { ruleProvenance } from '../../../lib/lint/provenance';
import { provenanceText } from '../../../lib/sop/provenance';

describe('provenance of what the panel shows', () => {
  it('says it in words: SOP item, later CMS guidance, or our suggestion', () => {
    expect(provenanceText({ kind: 'sop', item: 'G.5.a' })).toBe('SOP G.5.a');
    expect(provenanceText({ kind: 'cms-guidance', which: 'Urgent 7 days' })).toMatch(/^CMS guidance after 2007, set in options/);
    expect(provenanceText({ kind: 'ctm-assist', reason: 'x' })).toMatch(/^CTM Assist suggests/);
  });

  // SOP key 11 sets Immediate Need at 2 days; Urgent and no-level budgets are later CMS guidance.
  it('marks the Immediate Need budget as the SOP and the others as CMS guidance, even when set by the plan', () => {
    expect(budgetProvenance(budgetFor('immediate-need').source)).toBe('sop');
    expect(budgetProvenance(budgetFor('urgent').source)).toBe('cms-guidance');
    expect(budgetProvenance(budgetFor(undefined, { noLevelDays: 20 }).source)).toBe('cms-guidance');
  });

  it('gives every lint finding a provenance, and never claims the SOP for a rule of our own', () => {
    const findings = lintNote('Called bene 3/4 – “ok”', { scenario: 'E' });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(['sop', 'cms-guidance', 'ctm-assist']).toContain(ruleProvenance(f.rule).kind);
    expect(ruleProvenance('pasted-characters').kind).toBe('ctm-assist');
    expect(ruleProvenance('some-new-rule').kind).toBe('ctm-assist');
  });
});
