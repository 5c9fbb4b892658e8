/**
 * The countdown beside each case reads in minutes, hours and days as people speak.
 *
 * The module is imported afresh inside the test so that its units, built at import, are built
 * under the test that checks them.
 */
import { describe, expect, it, vi } from 'vitest';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;
const now = Date.parse('2026-06-01T12:00:00Z');

describe('countdown beside a case', () => {
  it('switches from minutes to hours at one hour and from hours to days at one day', async () => {
    vi.resetModules();
    const { countdown } = await import('../../../lib/deadlines/countdown');
    expect(countdown(now + 59 * MIN, now)).toBe('due in 59 min');
    expect(countdown(now + H, now)).toBe('due in 1 h');
    expect(countdown(now + 23 * H, now)).toBe('due in 23 h');
    expect(countdown(now + D, now)).toBe('due in 1 d');
    expect(countdown(now + D + 5 * H, now)).toBe('due in 1 d 5 h');
    expect(countdown(now - 3 * H, now)).toBe('overdue by 3 h');
  });
});
