/**
 * How many days of medication a complaint summary says are left (SOP J and the Issue Level
 * Definitions: Immediate Need means 2 or fewer days of medication left).
 *
 * The module is imported afresh inside each test (not at the top of the file), so that its
 * number words and patterns, which are built at import, are built under the test that checks them.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshDays() {
  vi.resetModules();
  return (await import('../../../lib/detect/medication-days')).daysOfMedicationLeft;
}

describe('SOP J: every number word a summary may use', () => {
  it.each([
    ['Has no days of medication left.', 0],
    ['Has zero days of medication left.', 0],
    ['Has one day of medication left.', 1],
    ['Has a day of medication left.', 1],
    ['Has an extra day of medication.', 1],
    ['Has two days of medication left.', 2],
    ['Has a couple of days of medication left.', 2],
    ['Has a couple days of medication left.', 2],
    ['Has three days of medication left.', 3],
    ['Has a few days of medication left.', 3],
    ['Has four days of medication left.', 4],
    ['Has several days of medication left.', 4],
    ['Has five days of medication left.', 5],
    ['Has six days of medication left.', 6],
    ['Has seven days of medication left.', 7],
    ['Has eight days of medication left.', 8],
    ['Has nine days of medication left.', 9],
    ['Has ten days of medication left.', 10],
    ['Has eleven days of medication left.', 11],
    ['Has twelve days of medication left.', 12],
    ['Has thirteen days of medication left.', 13],
    ['Has fourteen days of medication left.', 14],
    ['Has 5 days of medication left.', 5],
    ['Has 12 days of medication left.', 12],
  ])('"%s" → %i days', async (summary, days) => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft(summary)).toBe(days);
  });

  it('reads number words in any case', async () => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft('Has Two Days of medication left.')).toBe(2);
    expect(daysOfMedicationLeft('HAS A COUPLE OF DAYS OF MEDICATION LEFT.')).toBe(2);
    expect(daysOfMedicationLeft('Has A Few Days Of Pills Remaining.')).toBe(3);
  });
});

describe('SOP J: "N days of medication", however the supply is said', () => {
  it.each([
    ['Has 5 days of medication left.', 5],
    ['Has 5 more days of medication.', 5],
    ['Has 5 full days of medication.', 5],
    ['Has 5 extra days of medication.', 5],
    ['Has 1 day of medication.', 1],
    ["Has a day's supply.", 1],
    ["Has three days' worth of pills.", 3],
    ['Has 3 days worth of pills.', 3],
    ['Has 3 days medication.', 3],
    ['10 days left on the prescription.', 10],
    ['Approximately 7 days remaining.', 7],
    ['Has 4 days of her insulin.', 4],
    ['Has 4 days of his insulin.', 4],
    ['Has 4 days of their insulin.', 4],
    ['Has 4 days of the insulin.', 4],
    ['Says "I have 4 days of my insulin."', 4],
    ['Has 6 days of medications.', 6],
    ['Has 6 days of medicine.', 6],
    ['Has 6 days of medicines.', 6],
    ['Has 6 days of meds.', 6],
    ['Has 6 days of pills.', 6],
    ['Has 6 days of tablets.', 6],
    ['Has 6 days of capsules.', 6],
    ['Has 6 days of doses.', 6],
    ['Has 6 days of inhaler.', 6],
    ['Has 6 days of inhalers.', 6],
    ['Has 6 days of prescription.', 6],
    ['Has 6 days of prescriptions.', 6],
    ['Has 6 days of supply.', 6],
    ['Has 6 days of drug.', 6],
    ['Has 6 days of drugs.', 6],
  ])('"%s" → %i days', async (summary, days) => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft(summary)).toBe(days);
    expect(daysOfMedicationLeft(summary.toUpperCase())).toBe(days);
  });
});

describe('SOP J: weeks count as 7 days', () => {
  it.each([
    ["Has a week's supply.", 7],
    ['Has one week of pills left.', 7],
    ['Has two more weeks of pills.', 14],
    ['Has one full week of medication.', 7],
    ["Has two weeks' worth of insulin.", 14],
    ['About two weeks of pills remaining.', 14],
    ['Three weeks left on the inhaler.', 21],
    ['Has 2 weeks of the tablets.', 14],
  ])('"%s" → %i days', async (summary, days) => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft(summary)).toBe(days);
    expect(daysOfMedicationLeft(summary.toUpperCase())).toBe(days);
  });
});

describe('SOP J: a supply of N days, only when said to be left', () => {
  it.each([
    ['Has a 10-day supply left.', 10],
    ['Has a 10-days supply remaining.', 10],
    ['Has a 10-day worth left.', 10],
    ['Has a 10-day supply of insulin left.', 10],
    ['HAS A TEN-DAY SUPPLY LEFT.', 10],
  ])('"%s" → %i days', async (summary, days) => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft(summary)).toBe(days);
  });

  it('"a 30-day supply" alone is a fill size and says nothing about what is left', async () => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft('A 30-day supply was denied.')).toBeUndefined();
    expect(daysOfMedicationLeft('A 90-day supply of insulin was ordered.')).toBeUndefined();
    expect(daysOfMedicationLeft('A 30-day supply was denied; 3 days of medication left.')).toBe(3);
  });
});

describe('SOP J: "enough for N days" and "runs out in N days"', () => {
  it.each([
    ['Has enough medication for 5 days.', 5],
    ['Has enough to last 3 days.', 3],
    ['Has enough for another 2 days.', 2],
    ['Has enough insulin for three more days.', 3],
    ['Has enough pills to last one day.', 1],
    ['Has enough for two weeks.', 14],
    ['Has enough to last a week.', 7],
    ['Has enough medication for another two weeks.', 14],
    ['Has enough meds to last 3 more weeks.', 21],
    ['The inhaler runs out in 4 days.', 4],
    ['The inhaler will run out in 3 days.', 3],
    ['Running out in two days.', 2],
    ['Runs out in 1 day.', 1],
    ['Runs out in a week.', 7],
    ['The inhaler runs out in 2 weeks.', 14],
    ['Running out in three weeks.', 21],
  ])('"%s" → %i days', async (summary, days) => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft(summary)).toBe(days);
    expect(daysOfMedicationLeft(summary.toUpperCase())).toBe(days);
  });
});

describe('SOP J: no medication left is 0 days', () => {
  it.each([
    ['Is out of medication.'],
    ['Is out of her medication.'],
    ['Is out of his meds.'],
    ['They are out of their insulin.'],
    ['Says "I am out of my pills."'],
    ['There are no pills left.'],
    ['Has no insulin left.'],
    ['She ran out yesterday.'],
    ['Ran out on Monday.'],
    ['OUT OF INSULIN SINCE FRIDAY.'],
    ['Has 6 days of meds but ran out of the inhaler.'],
  ])('"%s" → 0 days', async (summary) => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft(summary)).toBe(0);
  });
});

describe('SOP J: the smallest number mentioned counts, so one short supply is never hidden', () => {
  it('among several supplies of the same kind', async () => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft('6 days of pills, 4 days of insulin, 5 days of inhaler left.')).toBe(4);
    expect(daysOfMedicationLeft('Runs out in 9 days; the insulin runs out in 3 days.')).toBe(3);
  });

  it('between weeks and days, whichever comes first', async () => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft('Two weeks of pills, but only 3 days of insulin.')).toBe(3);
    expect(daysOfMedicationLeft('Enough insulin for 10 days; the inhaler runs out in 1 week.')).toBe(7);
    expect(daysOfMedicationLeft('Has 5 days of pills and ran out of insulin.')).toBe(0);
  });
});

describe('SOP J: a summary that does not say how much is left', () => {
  it.each([
    ['The pharmacy refused the refill.'],
    ['She called 5 days ago.'],
    ['Refill was due 3 days ago.'],
    ['She was out of town last week.'],
    ['Paid out of pocket for the inhaler.'],
    ['Her daughter ran outside to the car.'],
    ['No answer after two weeks.'],
    [''],
  ])('"%s" → unknown', async (summary) => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft(summary)).toBeUndefined();
  });

  it('a missing summary → unknown', async () => {
    const daysOfMedicationLeft = await freshDays();
    expect(daysOfMedicationLeft(undefined)).toBeUndefined();
  });
});
