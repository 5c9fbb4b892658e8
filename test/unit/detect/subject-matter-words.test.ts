/**
 * SOP D ("Most likely, the complaint is related to Part A, B, or C"): which words in a complaint
 * summary or category say Part A/B/C subject matter, with the fixed label the reason shows, and
 * which say Part D drugs.
 *
 * The module is imported afresh inside each test (not at the top of the file), so that its
 * pattern table, which is built at import, is built under the test that checks it.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshSubjects() {
  vi.resetModules();
  return import('../../../lib/detect/subject-matter');
}

/** A summary and the labels SOP D reads in it, in the module's fixed order. */
type Example = [summary: string, labels: string[]];

const PART_A_B_C: Example[] = [
  ['Member says Part A did not pay for the stay.', ['Part A']],
  ['Says parta denied the stay.', ['Part A']],
  ['Complains that Part B denied the claim.', ['Part B']],
  ['Complains that partb denied the claim.', ['Part B']],
  ['Asks why Part C billed her.', ['Part C']],
  ['Asks why partc billed her.', ['Part C']],
];

const HOSPITAL: Example[] = [
  ['Admitted to the hospital last week.', ['hospital care']],
  ['Two hospitals sent her a bill.', ['hospital care']],
  ['She was hospitalized in May.', ['hospital care']],
  ['Billed after a hospitalization.', ['hospital care']],
  ['Billed for an inpatient stay.', ['hospital care']],
  ['Billed for outpatient therapy.', ['hospital care']],
  ['Went to the emergency room on Sunday.', ['hospital care']],
];

const DOCTOR: Example[] = [
  ['Charged for a doctor visit.', ['a doctor or physician visit']],
  ["Charged for a doctor's visit.", ['a doctor or physician visit']],
  ['Charged for two doctors visits.', ['a doctor or physician visit']],
  ['Received a physician bill.', ['a doctor or physician visit']],
  ['The office appointment was charged twice.', ['a doctor or physician visit']],
  ['Has two specialist appointments pending.', ['a doctor or physician visit']],
  ['Disputes a specialist claim.', ['a doctor or physician visit']],
  ["Disputes the provider's charge.", ['a doctor or physician visit']],
  ['Disputes provider charges and provider fees.', ['a doctor or physician visit']],
  ['Asks about an office fee.', ['a doctor or physician visit']],
  ['Several office bills and claims arrived.', ['a doctor or physician visit']],
];

const EQUIPMENT: Example[] = [
  ['Needs durable medical equipment.', ['durable medical equipment']],
  ['The DME supplier refused.', ['durable medical equipment']],
  ['Needs a wheelchair.', ['durable medical equipment']],
  ['Both wheelchairs were returned.', ['durable medical equipment']],
  ['Her walker was not covered.', ['durable medical equipment']],
  ['Two walkers were billed.', ['durable medical equipment']],
  ['Oxygen delivery stopped.', ['durable medical equipment']],
  ['The CPAP machine broke.', ['durable medical equipment']],
  ['Needs a hospital bed at home.', ['hospital care', 'durable medical equipment']],
];

const MEDICAL: Example[] = [
  ['Asks about her medical benefit.', ['medical benefits']],
  ['Her medical benefits changed.', ['medical benefits']],
  ['A medical claim was denied.', ['medical benefits']],
  ['Several medical claims were denied.', ['medical benefits']],
  ['Received a medical bill.', ['medical benefits']],
  ['Received medical bills.', ['medical benefits']],
  ['A medical service was refused.', ['medical benefits']],
  ['Medical services were refused.', ['medical benefits']],
  ['Her medical coverage ended.', ['medical benefits']],
  ['Asks who pays for medical care.', ['medical benefits']],
];

const MEDICARE_ADVANTAGE: Example[] = [
  ['Asks about an MA benefit.', ['Medicare Advantage medical benefits']],
  ['Her MA benefits changed.', ['Medicare Advantage medical benefits']],
  ['A Medicare Advantage service was refused.', ['Medicare Advantage medical benefits']],
  ['Medicare Advantage services were refused.', ['Medicare Advantage medical benefits']],
  ['Her MA coverage ended.', ['Medicare Advantage medical benefits']],
  ['Her MA medical coverage ended.', ['medical benefits', 'Medicare Advantage medical benefits']],
];

const SERVICE: Example[] = [
  ['Billed for knee surgery.', ['a medical service']],
  ['Needs an MRI.', ['a medical service']],
  ['Billed for an x-ray.', ['a medical service']],
  ['Billed for an xray.', ['a medical service']],
  ['Billed for two x-rays.', ['a medical service']],
  ['Billed for lab work.', ['a medical service']],
  ['Billed for a lab test.', ['a medical service']],
  ['Billed for lab tests.', ['a medical service']],
  ['The ambulance bill is unpaid.', ['a medical service']],
  ['Moved to skilled nursing.', ['a medical service']],
  ['Home health visits stopped.', ['a medical service']],
  ['Needs physical therapy.', ['a medical service']],
  ['Asks about dental cleanings.', ['a medical service']],
  ['Her dentist charged her.', ['a medical service']],
  ['Needs eyeglasses.', ['a medical service']],
  ['Needs a hearing aid.', ['a medical service']],
  ['Needs hearing aids.', ['a medical service']],
  ['Sees a chiropractor.', ['a medical service']],
  ['Billed for chiropractic care.', ['a medical service']],
];

const NOT_PART_D_WORDS: Example[] = [
  ['Non-Part D complaint.', ['a non-Part D category']],
  ['Non Part D complaint.', ['a non-Part D category']],
  ['Nonpart D complaint.', ['a non-Part D category']],
  ['This is not Part D.', ['a non-Part D category']],
  ['This is not partd.', ['a non-Part D category']],
  ['MA only complaint.', ['a non-Part D category']],
];

const ALL_SUBJECTS = [...PART_A_B_C, ...HOSPITAL, ...DOCTOR, ...EQUIPMENT, ...MEDICAL, ...MEDICARE_ADVANTAGE, ...SERVICE, ...NOT_PART_D_WORDS];

/** Words that contain, or come close to, a subject's words but are not about it. */
const NEAR_MISSES: string[] = [
  'She read the part about copays.',
  'She paid in part because the pharmacy was closed.',
  'The delay was in part caused by the plan.',
  'Her daughter works in hospitality.',
  'The office billing department called.',
  'My doctor prescribed a new drug and the pharmacy says it is not on the formulary.',
  'An accidental overcharge at the pharmacy.',
  'The lab worker called her.',
  'Her Medicare Advantage plan will not cover the drug.',
  'Her MA plan will not cover the drug.',
  'Medical supplies for insulin are on the formulary.',
  'Member wants a refund for her copay.',
];

describe('SOP D: words that say Part A, B or C subject matter', () => {
  it.each(ALL_SUBJECTS)('reads "%s" as %j', async (summary, labels) => {
    const { notPartDSubjects } = await freshSubjects();
    expect(notPartDSubjects(summary)).toEqual(labels);
  });

  it('reads them in any case', async () => {
    const { notPartDSubjects } = await freshSubjects();
    for (const [summary, labels] of ALL_SUBJECTS) expect(notPartDSubjects(summary.toUpperCase()), summary).toEqual(labels);
  });

  it('reads them with double spaces or a line break between the words', async () => {
    const { notPartDSubjects } = await freshSubjects();
    // "Non Part D" is left out: its one optional space or hyphen allows no more.
    for (const [summary, labels] of ALL_SUBJECTS.filter(([s]) => !s.startsWith('Non '))) {
      expect(notPartDSubjects(summary.replaceAll(' ', '  ')), summary).toEqual(labels);
      expect(notPartDSubjects(summary.replaceAll(' ', ' \n')), summary).toEqual(labels);
    }
  });

  it.each(NEAR_MISSES)('reads nothing of Part A, B or C in "%s"', async (summary) => {
    const { notPartDSubjects } = await freshSubjects();
    expect(notPartDSubjects(summary)).toEqual([]);
  });

  it('names each subject once, in a fixed order whatever the order in the text', async () => {
    const { notPartDSubjects } = await freshSubjects();
    const summary = 'MA only. Surgery, then MA benefits and medical bills; a wheelchair; a doctor visit; hospital twice; Part C, Part B, Part A, Part A.';
    expect(notPartDSubjects(summary)).toEqual([
      'Part A',
      'Part B',
      'Part C',
      'hospital care',
      'a doctor or physician visit',
      'durable medical equipment',
      'medical benefits',
      'Medicare Advantage medical benefits',
      'a medical service',
      'a non-Part D category',
    ]);
  });

  it('reads nothing in a blank or missing text', async () => {
    const { notPartDSubjects } = await freshSubjects();
    expect(notPartDSubjects('')).toEqual([]);
    expect(notPartDSubjects(undefined)).toEqual([]);
  });
});

describe('SOP D: words that say the complaint is also about Part D drugs', () => {
  const DRUG_WORDS = [
    'The prescription was denied.',
    'Two prescriptions were denied.',
    'The pharmacy refused.',
    'Both pharmacies refused.',
    'The pharmacist refused.',
    'Both pharmacists refused.',
    'The drug was denied.',
    'The drug is not on the formulary.',
    'Two drugs were denied.',
    'Her medication was denied.',
    'Her medications were denied.',
    'The refill was refused.',
    'Two refills were refused.',
    'The Rx was refused.',
    'Asks about her Part D plan.',
    'Asks about her partd plan.',
  ];

  it.each(DRUG_WORDS)('reads Part D drugs in "%s"', async (summary) => {
    const { mentionsPartDDrugs } = await freshSubjects();
    expect(mentionsPartDDrugs(summary)).toBe(true);
    expect(mentionsPartDDrugs(summary.toUpperCase())).toBe(true);
    expect(mentionsPartDDrugs(summary.replaceAll(' ', '  '))).toBe(true);
  });

  it.each([
    'Part B denied the knee brace.',
    'Nonprescription vitamins were not covered.',
    'The refillable oxygen tank was not delivered.',
    'Asks about her part due date.',
    '',
    undefined,
  ])('reads no Part D drugs in "%s"', async (summary) => {
    const { mentionsPartDDrugs } = await freshSubjects();
    expect(mentionsPartDDrugs(summary)).toBe(false);
  });
});
