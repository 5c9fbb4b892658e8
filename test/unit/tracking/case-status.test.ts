import { describe, expect, it } from 'vitest';
import { deriveStatus, scenarioAllowsClosing } from '../../../lib/tracking/case-status';

describe('a tracked case worked under a keep-open scenario', () => {
  // SOP G.5.c "Plan leaves the case OPEN" and G.6.a "Plan leaves the case open": an RD set to
  // close on the page stays on the list, as A, B, C, D, H, I, J and L do.
  it('stays open for an RD (G) even when the page shows it closed', () => {
    expect(scenarioAllowsClosing('G')).toBe(false);
    expect(deriveStatus({ closed: true, leftPlan: false, scenario: 'G', doneByUser: false })).toBe('open');
  });

  it('leaves the list when closed under a scenario that allows closing (E.1)', () => {
    expect(deriveStatus({ closed: true, leftPlan: false, scenario: 'E', doneByUser: false })).toBe('closed');
    expect(deriveStatus({ closed: true, leftPlan: false, scenario: undefined, doneByUser: false })).toBe('closed');
  });
});
