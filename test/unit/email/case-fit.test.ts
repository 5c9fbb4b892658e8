import { describe, expect, it } from 'vitest';
import { caseFit, fitDescription } from '../../../lib/email/case-fit';

describe('which tracked cases a several-case email is for', () => {
  it('SOP F.4.a: cases worked as F; any other says how it was worked', () => {
    expect(fitDescription('F-will-not-close')).toBe('worked as scenario F');
    expect(caseFit('F-will-not-close', { scenario: 'F' })).toEqual({ fits: true });
    expect(caseFit('F-will-not-close', { scenario: 'D' })).toEqual({ fits: false, why: 'worked as scenario D' });
    expect(caseFit('F-will-not-close', {})).toEqual({ fits: false, why: 'no scenario recorded' });
  });
  it('SOP G.4, G.5.b.i: cases worked as G whose critical path the caseworker confirmed', () => {
    expect(fitDescription('G-critical-rd')).toBe('worked as scenario G, critical path');
    expect(caseFit('G-critical-rd', { scenario: 'G', branch: 'critical' })).toEqual({ fits: true });
    expect(caseFit('G-critical-rd', { scenario: 'G' })).toEqual({ fits: false, why: 'worked as scenario G; no path confirmed' });
    expect(caseFit('G-critical-rd', { scenario: 'G', branch: 'non-critical' })).toEqual({ fits: false, why: 'worked as scenario G, non-critical path' });
    expect(caseFit('G-critical-rd', { scenario: 'F' })).toEqual({ fits: false, why: 'worked as scenario F' });
  });
  it('SOP F.4.a: a case worked as F fits even when a path was recorded for it', () => {
    expect(caseFit('F-will-not-close', { scenario: 'F', branch: 'critical' })).toEqual({ fits: true });
  });
  it('names how each email’s cases were worked (SOP F.4, G.5.b, G.6, M.2, N.4, P.2)', () => {
    expect(
      (['F-will-not-close', 'G-critical-rd', 'G-integriguard', 'M-access-request', 'N-access-follow-up', 'P-general-inquiry'] as const).map((id) => fitDescription(id)),
    ).toEqual([
      'worked as scenario F',
      'worked as scenario G, critical path',
      'worked as scenario G, non-critical path',
      'worked as scenario M',
      'worked as scenario N',
      'worked as scenario P',
    ]);
  });
});
