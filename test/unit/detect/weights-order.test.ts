/**
 * The order of the signal weights that the ranking relies on: explicit CMS fields outrank
 * categories, which outrank what the summary suggests (so an RD or EE case that is also
 * Congressional shows L first and G or H second, SOP L.2 and G.5.a).
 *
 * The module is imported afresh inside each test (not at the top of the file), so that its table,
 * which is built at import, is built under the test that checks it.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshWeights() {
  vi.resetModules();
  return (await import('../../../lib/detect/weights')).WEIGHT;
}

describe('signal weights', () => {
  it('a CMS field outranks a category, which outranks anything the summary suggests', async () => {
    const WEIGHT = await freshWeights();
    expect(WEIGHT.cmsFlag).toBeGreaterThan(WEIGHT.category);
    for (const summaryWeight of [WEIGHT.notPartDSummary, WEIGHT.summaryNamesScenario, WEIGHT.anotherPlanWords, WEIGHT.notPartDSummaryWithDrugs]) {
      expect(WEIGHT.category).toBeGreaterThan(summaryWeight);
    }
  });

  it('Part A/B/C words in a summary that also speaks of drugs count for less (SOP D)', async () => {
    const WEIGHT = await freshWeights();
    expect(WEIGHT.notPartDSummary).toBeGreaterThan(WEIGHT.notPartDSummaryWithDrugs);
    expect(WEIGHT.notPartDCategory).toBeGreaterThan(WEIGHT.notPartDSummary);
  });

  it('every weight is a positive number', async () => {
    const WEIGHT = await freshWeights();
    expect(Object.keys(WEIGHT).length).toBeGreaterThan(10);
    for (const weight of Object.values(WEIGHT)) expect(weight).toBeGreaterThan(0);
  });
});
