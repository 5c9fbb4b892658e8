/** The popup's next step for a retroactive disenrollment (SOP G.4–G.6), by the confirmed path. */
import { describe, expect, it } from 'vitest';
import { nextStep } from '../../../lib/tracking/next-step';
import { trackedCase } from '../../fixtures/tracked-case';

const NY = 'America/New_York';
const now = Date.parse('2026-06-03T16:00:00Z');
const rd = { scenario: 'G' as const, category: 'Retroactive Disenrollment' };

describe('next step for an RD (SOP G)', () => {
  it('SOP G.6.c, G.6.d: non-critical waits for IntegriGuard since the path was confirmed, with the status update and the close', () => {
    const step = nextStep(trackedCase('1', { ...rd, branch: 'non-critical', branchSince: '2026-06-02T14:30:00.000Z' }), { now, timeZone: NY });
    expect(step.sop).toBe('G.6.c, G.6.d');
    expect(step.text).toMatch(/^Waiting for IntegriGuard since Jun 2, 10:30 AM \(when you confirmed the non-critical path\)/);
    expect(step.text).toMatch(/status update/);
    expect(step.text).toMatch(/close the case .*IntegriGuard .*resolved/i);
    expect(step.text).not.toMatch(/\bRO\b/);
  });

  it('SOP G.5.a, G.5.b: critical, before the indicator is checked, says what to do', () => {
    const step = nextStep(trackedCase('1', { ...rd, branch: 'critical', branchSince: '2026-06-02T14:30:00.000Z' }), { now, timeZone: NY });
    expect(step).toMatchObject({ sop: 'G.5.a, G.5.b', text: expect.stringMatching(/CRITICAL RD/) });
  });

  it('SOP G.1, G.4: undecided, validate and decide', () => {
    expect(nextStep(trackedCase('1', rd), { now, timeZone: NY })).toMatchObject({ sop: 'G.1, G.4', text: expect.stringMatching(/valid/) });
  });
});
