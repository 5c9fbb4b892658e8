/** Remembered ticks keep nothing but SOP step ids under complaint IDs: anything else is refused whole. */
import { describe, expect, it } from 'vitest';
import { StepTicks, TicksByComplaint } from '../../../lib/checklist/ticks';

const ok = (ticks: Record<string, boolean>) => StepTicks.safeParse(ticks).success;

describe('remembered ticks: only SOP step ids and complaint IDs fit', () => {
  it('step ids A.1 to P.99 with lettered sub-steps fit', () => {
    for (const id of ['A.1', 'P.12', 'G.5.b', 'G.5.b.iii']) expect(ok({ [id]: true })).toBe(true);
  });

  it('text around or inside a step id, another letter, or a missing number does not fit', () => {
    for (const id of ['xA.1', 'A.1 note', 'Q.1', 'a.1', 'A.x', 'A.', 'A.1.', 'A.1.B', 'A.1.2', 'A.1.b ii']) expect(ok({ [id]: true }), id).toBe(false);
  });

  it('complaint IDs are digits only, whole', () => {
    for (const id of ['7', '100234']) expect(TicksByComplaint.safeParse({ [id]: { 'A.1': true } }).success, id).toBe(true);
    for (const id of ['a100234', '100234a', '', 'x']) expect(TicksByComplaint.safeParse({ [id]: { 'A.1': true } }).success, id).toBe(false);
  });
});
