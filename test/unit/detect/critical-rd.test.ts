import { describe, expect, it } from 'vitest';
import { isCriticalRd } from '../../../lib/detect';

const rd = { category: 'Retroactive Disenrollment' } as const;

describe('isCriticalRd (SOP G.4)', () => {
  it('SOP G.4: Immediate Need is always critical, whatever the contract type', () => {
    const result = isCriticalRd({ facts: { ...rd, contractNumber: 'S1234', issueLevel: 'immediate-need' } });
    expect(result.critical).toBe(true);
    expect(result.reasons.join()).toContain('Immediate Need');
  });

  it('SOP G.4.a: MA-PD (H contract) and immediate access to care is critical', () => {
    const result = isCriticalRd({ facts: { ...rd, contractNumber: 'H1234', issueLevel: 'none' }, summary: 'Cannot get care from her doctor until the disenrollment is fixed.' });
    expect(result).toEqual({ critical: true, reasons: [expect.stringContaining('G.4.a')] });
  });

  it('SOP G.4.a: MA-PD regional (R contract) and access to care is critical', () => {
    expect(isCriticalRd({ facts: { ...rd, contractNumber: 'R4321' }, summary: 'Needs access to care for surgery.' }).critical).toBe(true);
  });

  it('SOP G.4.a: a PDP about access to care is not critical (the criterion is MA-PD only)', () => {
    expect(isCriticalRd({ facts: { ...rd, contractNumber: 'S1234' }, summary: 'Needs access to care for surgery.' }).critical).toBe(false);
  });

  it('SOP G.4.b: a PDP opting out for employer group coverage is critical', () => {
    const result = isCriticalRd({ facts: { ...rd, contractNumber: 'S1234' }, summary: 'Wants to opt out because her employer group coverage started in March.' });
    expect(result.critical).toBe(true);
    expect(result.reasons.join()).toContain('PDP');
  });

  it('SOP G.4.b: an MA-PD opting out for retiree coverage is critical', () => {
    expect(isCriticalRd({ facts: { ...rd, contractNumber: 'H1234' }, summary: 'Has union retiree coverage and wants out.' }).critical).toBe(true);
  });

  it('SOP G.4: an opt-out with no employer coverage, on a PDP with no level, is non-critical', () => {
    expect(isCriticalRd({ facts: { ...rd, contractNumber: 'S1234', issueLevel: 'none' }, summary: 'Wants to opt out of the plan back to January.' })).toEqual({ critical: false, reasons: [] });
  });

  it('SOP G.4: without a summary only the issue level can decide', () => {
    expect(isCriticalRd({ facts: { ...rd, contractNumber: 'H1234', issueLevel: 'urgent' } }).critical).toBe(false);
  });
});
