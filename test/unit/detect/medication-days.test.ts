import { describe, expect, it } from 'vitest';
import { daysOfMedicationLeft } from '../../../lib/detect/medication-days';

// SOP J and its Issue Level Definitions: Immediate Need = 2 or fewer days of medication left.
describe('daysOfMedicationLeft (SOP J issue level definitions)', () => {
  it.each([
    ['She has 5 days of medication left.', 5],
    ['10 days left on the prescription', 10],
    ["has a week's supply", 7],
    ['about two weeks of pills remaining', 14],
    ['enough insulin for 3 more days', 3],
    ['runs out in 4 days', 4],
    ['has a 10-day supply left', 10],
    ['approximately 7 days of medication remaining', 7],
    ['has 1 day of medication', 1],
    ['is out of her medication', 0],
    ['has 6 days of meds but ran out of the inhaler', 0],
  ])('%s → %i', (summary, days) => {
    expect(daysOfMedicationLeft(summary)).toBe(days);
  });

  it.each([['a 30-day supply was denied'], ['the pharmacy refused the refill'], ['']])('%s → unknown', (summary) => {
    expect(daysOfMedicationLeft(summary)).toBeUndefined();
  });
});
