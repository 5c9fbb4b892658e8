import { describe, expect, it } from 'vitest';
import { closedOnPage, deriveStatus, leftPlan, scenarioAllowsClosing } from '../../../lib/tracking/case-status';

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

describe('closed on the page (SOP F.1 note: a resolution date records the complaint closed)', () => {
  it('closed with a resolution date and a disposition that ends it: resolved, closed or withdrawn', () => {
    const ends = ['resolved', 'closed', 'withdrawn', 'unresolved', 'open'] as const;
    expect(ends.map((disposition) => closedOnPage({ resolutionDate: '2026-06-03', disposition }))).toEqual([true, true, true, false, false]);
    expect(closedOnPage({ resolutionDate: '2026-06-03' })).toBe(false);
  });

  it('not closed without a resolution date, whatever the disposition says', () => {
    expect(closedOnPage({ disposition: 'resolved' })).toBe(false);
    expect(closedOnPage({ disposition: 'withdrawn' })).toBe(false);
  });
});

describe('left the plan', () => {
  it('reassigned to "CMS Issue" leaves the plan even before the plan\'s contracts are set (SOP C.4)', () => {
    expect(leftPlan('CMS')).toBe(true);
    expect(leftPlan('CMS', [])).toBe(true);
  });

  it('"Other" and "Unknown" stay with the plan, whatever its contracts (SOP key 12, 17)', () => {
    expect(leftPlan('OTHER', ['S1234'])).toBe(false);
    expect(leftPlan('UNKNOWN', ['S1234'])).toBe(false);
  });

  it('another contract leaves the plan (SOP A.4); one of the plan\'s or an unknown set of contracts does not', () => {
    expect(leftPlan('H9999', ['S1234'])).toBe(true);
    expect(leftPlan('S1234', ['S1234'])).toBe(false);
    expect(leftPlan('H9999', [])).toBe(false);
    expect(leftPlan(undefined, ['S1234'])).toBe(false);
  });
});

describe('a case worked under a guide (M–P) closes as the page says: the guides have no keep-open rule', () => {
  it('closed on the page leaves the list', () => {
    for (const letter of ['M', 'N', 'O', 'P'] as const) expect(scenarioAllowsClosing(letter)).toBe(true);
    expect(deriveStatus({ closed: true, leftPlan: false, scenario: 'M', doneByUser: false })).toBe('closed');
  });
});
