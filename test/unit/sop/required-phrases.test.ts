/**
 * One function gives the phrases a scenario asks the Current Entry for (SOP D.1.a, G.5.a,
 * G.6.a, H.1.a, L.2): the panel, the checklist, detection and the lint all read it.
 *
 * The modules are imported afresh before each test (not at the top of the file): the phrases
 * are tables built at import, and only a table built under the test that checks it is counted
 * by the mutation run (Stryker's ignoreStatic).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

let caseScenarios: typeof import('../../../lib/sop/case-scenarios');
let sop: typeof import('../../../lib/sop');

beforeEach(async () => {
  vi.resetModules();
  caseScenarios = await import('../../../lib/sop/case-scenarios');
  sop = await import('../../../lib/sop');
});

describe('required phrases, one concept', () => {
  it('lib/sop and the case-scenario registry share one requiredPhrases', () => {
    expect(sop.requiredPhrases).toBe(caseScenarios.requiredPhrases);
    expect('caseRequiredPhrases' in caseScenarios).toBe(false);
  });

  it('each phrase says which scenario and SOP step asks for it', () => {
    expect(caseScenarios.requiredPhrases('G', 'critical')).toEqual([
      expect.objectContaining({ phrase: 'CRITICAL RD', scenario: 'G', step: 'G.5.a' }),
    ]);
  });

  it('SOP G.6.a asks for a meaning ("has been referred to IntegriGuard"), the others for exact words', () => {
    const [integriguard] = caseScenarios.requiredPhrases('G', 'non-critical');
    expect(integriguard?.meaning?.what).toContain('has been referred to IntegriGuard');
    for (const letter of ['D', 'H', 'L'] as const) {
      for (const required of caseScenarios.requiredPhrases(letter)) expect(required.meaning, letter).toBeUndefined();
    }
  });
});
