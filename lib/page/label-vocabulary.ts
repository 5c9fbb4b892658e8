/**
 * Every label CTM Assist reads a field by: the canonical label (as DOMAIN.md names it) and the
 * variants seen or expected. Matching ignores case, spacing, &nbsp;, trailing colons and
 * question marks, required-field asterisks and date-format hints (see normalizeLabel).
 * This is the one place to add a label.
 */
export const LABEL_VOCABULARY = {
  complaintId: ['Complaint ID', 'Complaint ID Number', 'Complaint Number', 'Complaint #', 'Complaint No', 'CTM Complaint ID', 'CTM ID'],
  contractNumber: ['Contract Number', 'Contract', 'Contract #', 'Contract No', 'Contract ID', 'Contract Assignment', 'Assigned Contract', 'Plan Contract'],
  receivedDate: ['Date Received', 'Received Date', 'Received', 'Received On', 'Date Complaint Received', 'Complaint Received Date'],
  assignedDate: ['Date Assigned to Plan', 'Assigned Date', 'Date Assigned', 'Assigned to Plan', 'Date Assigned to Contract', 'Assignment Date', 'Plan Assigned Date'],
  issueLevel: ['Issue Level', 'Complaint Issue Level'],
  category: ['Category', 'Complaint Category'],
  subcategory: ['Subcategory', 'Sub-category', 'Sub Category', 'Complaint Subcategory'],
  cisControlled: ['Is This Complaint Controlled in CIS', 'Controlled in CIS', 'CIS Controlled', 'Complaint Controlled in CIS'],
  pressOrHillInterest: ['Press or Hill Interest', 'Press/Hill Interest', 'Press or Hill', 'Press/Hill'],
  resolutionDate: ['Resolution Date', 'Date Resolved', 'Resolved Date'],
  caseworker: ['Caseworker', 'Case Worker', 'Caseworker Name', 'Assigned Caseworker', 'Plan Caseworker'],
  disposition: ['Disposition', 'Plan Disposition', 'Complaint Disposition', 'Resolution Disposition'],
  reassignmentRequested: ['Request Reassignment', 'Plan requests case reassignment', 'Reassignment Request', 'Request Case Reassignment', 'Reassignment Indicator', 'Case Reassignment Request'],
  reassignmentReason: ['Reassignment Reason', 'Reason for Reassignment', 'Reassignment Request Reason'],
  requestedCategory: ['Requested Complaint Category', 'Requested Category'],
  requestedIssueLevel: ['Requested Issue Level'],
  currentEntry: ['Current Entry (Plan Response)', 'Current Entry', 'Plan Response', 'Plan Response (Current Entry)'],
  noteToPlan: ['Note to Plan', 'Notes to Plan', 'CMS Note to Plan'],
  summary: ['Complaint Summary', 'Complaint Description', 'Summary', 'Complaint Summary/Description'],
  beneficiaryName: ['Beneficiary Name', 'Beneficiary', 'Member Name', 'Enrollee Name', 'Beneficiary Full Name'],
  hicn: ['HICN', 'Health Insurance Claim Number', 'HIC Number', 'HICN/MBI', 'HIC #'],
  mbi: ['MBI', 'Medicare Beneficiary Identifier', 'Medicare Number', 'Medicare ID'],
  dateOfBirth: ['Date of Birth', 'DOB', 'Birth Date', 'Beneficiary Date of Birth'],
  phone: ['Phone', 'Phone Number', 'Telephone', 'Beneficiary Phone', 'Contact Phone'],
  address: ['Address', 'Beneficiary Address', 'Mailing Address'],
} as const satisfies Record<string, readonly string[]>;

export type LabelKey = keyof typeof LABEL_VOCABULARY;

/** The canonical (first) label of a key, for messages such as "Could not find: Issue Level". */
export function canonicalLabel(key: LabelKey): string {
  return LABEL_VOCABULARY[key][0];
}

/** Fields whose presence makes a page a complaint page (with Complaint ID; see isComplaintPage in read-case.ts). */
export const CORE_KEYS = [
  'contractNumber',
  'receivedDate',
  'assignedDate',
  'issueLevel',
  'category',
  'cisControlled',
  'pressOrHillInterest',
  'resolutionDate',
  'caseworker',
  'currentEntry',
  'noteToPlan',
  'summary',
  'disposition',
] as const satisfies readonly LabelKey[];
