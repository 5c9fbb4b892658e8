import { describe, expect, it } from 'vitest';
import { caseFit, fitDescription } from '../../../lib/email/case-fit';

describe('which tracked cases a several-case email is for', () => {
  it('SOP F.4.a: cases worked as F; any other says how it was worked', () => {
    expect(fitDescription('F-will-not-close')).toBe('worked as scenario F');
    expect(caseFit('F-will-not-close', { scenario: 'F' })).toEqual({ fits: true });
    expect(caseFit('F-will-not-close', { scenario: 'D' })).toEqual({ fits: false, why: 'worked as scenario D' });
    expect(caseFit('F-will-not-close', {})).toEqual({ fits: false, why: 'no scenario recorded' });
  });
  it('SOP G.5.a, G.5.b.i: cases worked as G whose page showed the critical path (reassignment requested as a CMS issue)', () => {
    expect(fitDescription('G-critical-rd')).toBe('worked as scenario G, critical path');
    expect(caseFit('G-critical-rd', { scenario: 'G', reassignmentRequested: true, reassignmentReason: 'cms-issue' })).toEqual({ fits: true });
    expect(caseFit('G-critical-rd', { scenario: 'G' })).toEqual({ fits: false, why: 'worked as scenario G; the page did not show which path' });
    expect(caseFit('G-critical-rd', { scenario: 'G', reassignmentRequested: true, reassignmentReason: 'category' })).toEqual({
      fits: false,
      why: 'worked as scenario G; the page did not show which path',
    });
    expect(caseFit('G-critical-rd', { scenario: 'F' })).toEqual({ fits: false, why: 'worked as scenario F' });
  });
});
