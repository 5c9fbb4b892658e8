import { describe, expect, it } from 'vitest';
import { StepTicks, TicksByComplaint, withTick } from '../../../lib/checklist/ticks';

describe('remembered ticks (PHI-free)', () => {
  it('accepts complaint IDs and SOP step ids only', () => {
    expect(TicksByComplaint.safeParse({ '100234': { 'D.1.b': true, 'G.5.b.iii': true } }).success).toBe(true);
    expect(TicksByComplaint.safeParse({ 'Jane Doe': { 'D.1.b': true } }).success).toBe(false);
    expect(StepTicks.safeParse({ 'called Jane 555-1234': true }).success).toBe(false);
  });

  it('ticks and unticks without changing the original', () => {
    const before = { 'A.4': true };
    expect(withTick(before, 'E.2', true)).toEqual({ 'A.4': true, 'E.2': true });
    expect(withTick(before, 'A.4', false)).toEqual({});
    expect(before).toEqual({ 'A.4': true });
  });
});
