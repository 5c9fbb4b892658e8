/**
 * Part A/B/C subject matter (SOP D: "Most likely, the complaint is related to Part A, B, or C").
 * Each pattern has a fixed label, so a reason can say what kind of thing the summary mentions
 * without quoting it.
 */

const NOT_PART_D: { label: string; re: RegExp }[] = [
  { label: 'Part A', re: /\bpart\s*a\b/i },
  { label: 'Part B', re: /\bpart\s*b\b/i },
  { label: 'Part C', re: /\bpart\s*c\b/i },
  { label: 'hospital care', re: /\b(?:hospital(?:s|ized|ization)?|inpatient|outpatient|emergency\s+room)\b/i },
  { label: 'a doctor or physician visit', re: /\b(?:doctor|physician|office|specialist|provider)(?:'?s)?\s+(?:visits?|appointments?|bills?|claims?|charges?|fees?)\b/i },
  { label: 'durable medical equipment', re: /\b(?:durable\s+medical\s+equipment|DME|wheelchairs?|walkers?|oxygen|CPAP|hospital\s+bed)\b/i },
  { label: 'medical benefits', re: /\bmedical\s+(?:benefits?|claims?|bills?|services?|coverage|care)\b/i },
  { label: 'Medicare Advantage medical benefits', re: /\b(?:MA|Medicare\s+Advantage)\s+(?:medical\s+)?(?:benefits?|services?|coverage)\b/i },
  { label: 'a medical service', re: /\b(?:surgery|MRI|x-?rays?|lab\s+(?:work|tests?)|ambulance|skilled\s+nursing|home\s+health|physical\s+therapy|dental|dentist|eyeglasses|hearing\s+aids?|chiropract\w*)\b/i },
  { label: 'a non-Part D category', re: /\b(?:non[-\s]?part\s*d|not\s+part\s*d|MA\s+only)\b/i },
];

const PART_D = /\b(?:prescriptions?|pharmac(?:y|ies|ists?)|formulary|drugs?|medications?|refills?|Rx|part\s*d)\b/i;

/** Labels of the Part A/B/C subjects the text mentions, in a fixed order. */
export function notPartDSubjects(text: string | undefined): string[] {
  return text ? NOT_PART_D.filter(({ re }) => re.test(text)).map(({ label }) => label) : [];
}

export function mentionsPartDDrugs(text: string | undefined): boolean {
  return !!text && PART_D.test(text);
}
