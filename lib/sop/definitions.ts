/** The SOP's "Key & Definitions" and the issue level definitions (under scenario J). */
import type { IssueLevel } from './case-terms';
import type { Provenance } from './provenance';

export interface Definition {
  term: string;
  meaning: string;
  /** Its number in the SOP key. */
  key: number;
  cite: string;
}

export const DEFINITIONS: readonly Definition[] = [
  { key: 1, term: 'C:D', meaning: 'Connect:Direct', cite: 'C:D = Connect:Direct' },
  { key: 2, term: 'CIS', meaning: "Customer Inquiry System: CMS' tracking and triage system for correspondence CMS receives from outside entities such as members of Congress.", cite: 'CIS = Customer Inquiry System; CMS’ tracking and triage system for CMS received correspondences from external entities, such as Congressmen, Senators, etc.' },
  { key: 3, term: '"CMS" contract assignment', meaning: 'The complaint is a CMS issue and is not attributed to the Part D sponsor.', cite: '“CMS” contract assignment = a complaint contract assigned to “CMS” when the complaint is a CMS issue and is not attributed to the Part D sponsor' },
  { key: 4, term: 'Congressional Case', meaning: 'A complaint submitted by a member of Congress on behalf of constituents.', cite: 'Congressional Case = CMS complaint submitted by congressperson on behalf of his/her constituents' },
  { key: 5, term: 'CTM', meaning: 'Complaint Tracking Module', cite: 'CTM = Complaint Tracking Module' },
  { key: 6, term: 'EE', meaning: 'Enrollment exception', cite: 'EE = Enrollment exception' },
  { key: 7, term: 'FE', meaning: 'Facilitated enrollments', cite: 'FE = Facilitated enrollments' },
  { key: 8, term: 'GT', meaning: 'Gentran', cite: 'GT = Gentran' },
  { key: 9, term: 'HICN', meaning: "Health Insurance Claim Number, the beneficiary's unique identifier", cite: 'HICN = Health Insurance Claim Number; beneficiary’s unique identifier' },
  { key: 10, term: 'HPMS', meaning: 'Health Plan Management System', cite: 'HPMS = Health Plan Management System' },
  { key: 11, term: 'Immediate Need complaint', meaning: 'The beneficiary needs medication and has 2 or fewer days left; resolve within 2 calendar days of assignment to the sponsor. CMS may classify egregious complaints as Immediate Need.', cite: 'Part D Sponsors are required to resolve these complaints within 2 calendar days from the time it is assigned to the Part D sponsor.' },
  { key: 12, term: '"Other" contract assignment', meaning: 'The beneficiary complains about a Part D sponsor but the contract number was not identified at intake.', cite: '“Other” contract assignment = a complaint contract assigned to “other” when beneficiary complains about a Part D sponsor but the contract number was not identified or found at the time of intake' },
  { key: 13, term: 'PHI', meaning: 'Protected Health Information', cite: 'PHI = Protected Health Information' },
  { key: 14, term: 'Plan A, B, etc.', meaning: 'Any Medicare Part D sponsor/plan', cite: 'Plan A, B, etc. = Any Medicare Part D sponsor/plan' },
  { key: 15, term: 'RD', meaning: 'Retroactive disenrollments', cite: 'RD = Retroactive disenrollments' },
  { key: 16, term: 'RO', meaning: 'Regional Office', cite: 'RO = Regional Office' },
  { key: 17, term: '"Unknown" contract assignment', meaning: 'The sponsor complained about is not known, or the complaint is not about a Part D sponsor.', cite: '“Unknown” contract assignment – a complaint contract assigned to “unknown” when beneficiary complains about a Part D sponsor that is not known or when beneficiary complaint is not directed toward a Part D sponsor' },
  { key: 18, term: 'Urgent complaint', meaning: 'The beneficiary needs medication and has 3 to 14 days left.', cite: 'Urgent complaint = type of issue level; complaint that is related to the beneficiary’s need for medication where the beneficiary has 3 to 14 days of medication left' },
];

export interface IssueLevelDefinition {
  level: IssueLevel;
  label: string;
  meaning: string;
  /** Days of medication left that fit the level, when the SOP defines it by that. */
  daysOfMedication?: { min: number; max: number };
  /** Calendar days to resolve, when the SOP fixes it (Immediate Need only; see DOMAIN.md). */
  sopBudgetDays?: number;
  /** The SOP's definition, verbatim; absent when the SOP gives none (then `provenance` says whose it is). */
  cite?: string;
  provenance?: Provenance;
}

export const ISSUE_LEVEL_DEFINITIONS: readonly IssueLevelDefinition[] = [
  {
    level: 'immediate-need',
    label: 'Immediate Need',
    meaning: 'The beneficiary needs medication and has 2 or fewer days of it left, or CMS judged the complaint egregious.',
    daysOfMedication: { min: 0, max: 2 },
    sopBudgetDays: 2,
    cite: 'An immediate need complaint is defined as a complaint that is related to the beneficiary’s need for medication where the beneficiary has 2 or less days of medication left.',
  },
  {
    level: 'urgent',
    label: 'Urgent',
    meaning: 'The beneficiary needs medication and has 3 to 14 days of it left.',
    daysOfMedication: { min: 3, max: 14 },
    cite: 'An urgent complaint is defined as a complaint that is related to the beneficiary’s need for medication where the beneficiary has 3 to 14 days of medication left.',
  },
  {
    level: 'none',
    label: 'None',
    meaning: 'Every other complaint.',
    // The SOP defines Immediate Need and Urgent only; "None" is CTM's value for the rest.
    provenance: { kind: 'ctm-assist', reason: 'the SOP defines only Immediate Need and Urgent; None is every other complaint' },
  },
];
