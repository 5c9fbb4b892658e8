/**
 * The SOP's emails as data: who gets what, with which subject and contents. Each template cites
 * the SOP item it comes from. `lib/email/draft.ts` fills the `{placeholders}`.
 *
 * Placeholders: {organization} {contracts} {complaintIds} {caseList} {caseworkers} {signature}
 * {shownOnPage} (see `shownOnPage`)
 * and {extra.KEY} for what the user types in (see `fields`). A body line starting with "?" is
 * optional: it is dropped when all its placeholders are empty (e.g. P.2.d complaint IDs); runs of
 * blank lines left behind collapse to one.
 */
import type { Settings } from '../settings';
import type { Letter, Provenance } from '../sop/types';

export const TEMPLATE_IDS = [
  'F-will-not-close',
  'G-critical-rd',
  'G-integriguard',
  'M-access-request',
  'N-access-follow-up',
  'P-general-inquiry',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * The SOP item that prescribes each email, apart from the templates: the panel's first paint
 * picks a scenario's emails by it (lib/evaluate-case.ts) without carrying the templates.
 */
export const TEMPLATE_SOP: Readonly<Record<TemplateId, string>> = {
  'F-will-not-close': 'F.4',
  'G-critical-rd': 'G.5.b',
  'G-integriguard': 'G.6',
  'M-access-request': 'M.2',
  'N-access-follow-up': 'N.4',
  'P-general-inquiry': 'P.2',
};

export type MailboxKey = keyof NonNullable<Settings['mailboxes']>;

/** A mailbox from the plan's settings, or a fixed CMS address. */
export type Recipient = { mailbox: MailboxKey; label: string } | { address: string };

/** Something the user types in (popup forms). */
export interface TemplateField {
  key: string;
  label: string;
  required: boolean;
  multiline?: boolean;
  /** `date` fields hold YYYY-MM-DD. */
  type?: 'text' | 'date';
  hint?: string;
  /** About the plan's own people (a user's work phone), not the beneficiary: the PHI guard lets it through. */
  aboutThePlan?: boolean;
}

export interface EmailTemplate {
  id: TemplateId;
  /** The SOP item that prescribes the email. */
  sop: string;
  scenario: Letter;
  title: string;
  to: Recipient;
  /** Who the SOP says sends it, when it is not the caseworker (M.2). */
  from?: string;
  subject: string;
  /** True when the SOP fixes the subject word for word. */
  subjectFromSop: boolean;
  /** Where the email comes from; absent → the SOP item `sop`. */
  provenance?: Provenance;
  /** Case emails need complaint IDs and the caseworker shown on the complaint. */
  needsCases: boolean;
  fields: TemplateField[];
  body: string[];
  /** Shown on the card: what the user still has to do outside the email. */
  note?: string;
  /**
   * Statements for `{shownOnPage}`, best first: the first whose facts every case's page showed
   * is used, none when no statement holds. The email says only what the page showed.
   */
  shownOnPage?: readonly { needs: readonly ('resolutionDate' | 'category')[]; text: string }[];
}

const NO_PHI_HINT = 'No beneficiary name, HICN/MBI, SSN or date of birth: this goes by plain email.';

export const TEMPLATES: Record<TemplateId, EmailTemplate> = {
  'F-will-not-close': {
    id: 'F-will-not-close',
    sop: TEMPLATE_SOP['F-will-not-close'],
    scenario: 'F',
    title: 'Resolved but will not close: tell the lead RO',
    to: { mailbox: 'leadRegionalOffice', label: 'Lead RO mailbox' },
    subject: 'CTM Case Resolved But Will Not Close',
    subjectFromSop: true,
    needsCases: true,
    fields: [],
    body: [
      'Hello,',
      '',
      'The CTM complaint(s) below are resolved, but CTM will not close or save them. Please evaluate.',
      '?{shownOnPage}',
      '',
      '{caseList}',
      '',
      'Plan: {organization}, contract {contracts}',
      '',
      'Thank you,',
      '{signature}',
    ],
    shownOnPage: [
      { needs: ['resolutionDate', 'category'], text: 'The resolution date is entered and the complaint category is assigned.' },
      { needs: ['resolutionDate'], text: 'The resolution date is entered.' },
      { needs: ['category'], text: 'The complaint category is assigned.' },
    ],
  },
  'G-critical-rd': {
    id: 'G-critical-rd',
    sop: TEMPLATE_SOP['G-critical-rd'],
    scenario: 'G',
    title: 'Critical RD: refer to the home region',
    to: { mailbox: 'homeRegionPartD', label: 'Home region Part D complaint mailbox' },
    subject: 'CRITICAL RD, in CTM',
    subjectFromSop: true,
    needsCases: true,
    fields: [{ key: 'facts', label: 'Other relevant information', required: false, multiline: true, hint: NO_PHI_HINT }],
    body: [
      'Hello,',
      '',
      'The retroactive disenrollment below is critical. The plan has requested reassignment (CMS issue) and left the case open in CTM; the case and all development are referred to the home Regional Office for processing.',
      '',
      '{caseList}',
      '',
      'Plan: {organization}, contract {contracts}',
      '',
      '?Other relevant information: {extra.facts}',
      '',
      'Thank you,',
      '{signature}',
    ],
  },
  'G-integriguard': {
    id: 'G-integriguard',
    sop: TEMPLATE_SOP['G-integriguard'],
    scenario: 'G',
    title: 'Non-critical RD: refer to IntegriGuard',
    to: { mailbox: 'integriguard', label: 'Retroactive processing (IntegriGuard) referral address' },
    // Not fixed by the SOP: names the referral and the complaint so the contractor can file it.
    subject: 'Non-critical RD referral, CTM complaint {complaintIds}',
    subjectFromSop: false,
    needsCases: true,
    fields: [
      { key: 'facts', label: 'Case development and relevant facts', required: false, multiline: true, hint: NO_PHI_HINT },
    ],
    body: [
      'Hello,',
      '',
      'The plan refers the valid, non-critical retroactive disenrollment below for processing. The case stays open in CTM until you notify the plan of the resolution.',
      '',
      '{caseList}',
      '',
      'Plan: {organization}, contract {contracts}',
      '',
      '?Case development: {extra.facts}',
      '',
      'The beneficiary identifiers are not in this email; we send them by our secure channel.',
      '',
      'Thank you,',
      '{signature}',
    ],
    note: 'Beneficiary identifiers must not go by plain email: send them by your secure channel.',
  },
  'M-access-request': {
    id: 'M-access-request',
    sop: TEMPLATE_SOP['M-access-request'],
    scenario: 'M',
    title: 'Request CTM access (Medicare Compliance Officer)',
    to: { address: 'CTMACCESS@cms.hhs.gov' },
    from: "the organization's Medicare Compliance Officer",
    // Not fixed by the SOP.
    subject: 'CTM Access Request: {organization} ({contracts})',
    subjectFromSop: false,
    needsCases: false,
    fields: [
      { key: 'userName', label: "User's name", required: true },
      { key: 'hpmsId', label: "User's HPMS ID", required: true, hint: 'SOP M.1: the user needs an HPMS ID first (see O).' },
      { key: 'userEmail', label: "User's email", required: false, aboutThePlan: true },
      { key: 'userPhone', label: "User's work phone", required: false, aboutThePlan: true },
      { key: 'complianceOfficer', label: 'Medicare Compliance Officer (sender)', required: true },
    ],
    body: [
      'Hello,',
      '',
      'As Medicare Compliance Officer of {organization}, I request CTM access for the user below. The completed CTM access request form is attached.',
      '',
      'Organization: {organization}',
      'Contract(s): {contracts}',
      "User's name: {extra.userName}",
      'HPMS ID: {extra.hpmsId}',
      '?Email: {extra.userEmail}',
      '?Phone: {extra.userPhone}',
      '',
      'Thank you,',
      '{extra.complianceOfficer}',
      'Medicare Compliance Officer, {organization}',
    ],
    note: 'SOP M.2: attach the completed CTM access request form, and send from the Medicare Compliance Officer’s mailbox.',
  },
  'N-access-follow-up': {
    id: 'N-access-follow-up',
    sop: TEMPLATE_SOP['N-access-follow-up'],
    scenario: 'N',
    title: 'CTM access still not available: write to CMS',
    to: { address: 'CTM@cms.hhs.gov' },
    // Not fixed by the SOP.
    subject: 'CTM access not available after 6 business days: {organization} ({contracts})',
    subjectFromSop: false,
    needsCases: false,
    fields: [
      { key: 'userName', label: "User's name", required: true },
      { key: 'hpmsId', label: "User's HPMS ID", required: true },
      { key: 'receiptConfirmedOn', label: 'Date CMS confirmed receipt of the request', required: true, type: 'date' },
    ],
    body: [
      'Hello,',
      '',
      'We submitted a valid CTM access request, and CMS confirmed receipt on {extra.receiptConfirmedOn}. Six business days have passed and the user still has no CTM access.',
      '',
      'Plan: {organization}, contract {contracts}',
      "User's name: {extra.userName}",
      'HPMS ID: {extra.hpmsId}',
      '',
      'Thank you,',
      '{signature}',
    ],
  },
  'P-general-inquiry': {
    id: 'P-general-inquiry',
    sop: TEMPLATE_SOP['P-general-inquiry'],
    scenario: 'P',
    title: 'General CTM question to CMS',
    to: { address: 'CTM@cms.hhs.gov' },
    // Not fixed by the SOP.
    subject: 'CTM question: {organization} ({contracts})',
    subjectFromSop: false,
    needsCases: false,
    fields: [
      { key: 'question', label: 'The question or issue', required: true, multiline: true, hint: NO_PHI_HINT },
      { key: 'facts', label: 'Pertinent information', required: false, multiline: true, hint: NO_PHI_HINT },
      { key: 'complaintIds', label: 'Complaint ID(s), if the matter is complaint-specific', required: false },
    ],
    body: [
      'Hello,',
      '',
      'Plan: {organization}, contract {contracts}',
      '',
      'Question: {extra.question}',
      '',
      '?Pertinent information: {extra.facts}',
      '',
      '?Complaint ID(s): {complaintIds}',
      '',
      'Thank you,',
      '{signature}',
    ],
  },
};

export const POPUP_TEMPLATES: TemplateId[] = ['M-access-request', 'N-access-follow-up', 'P-general-inquiry'];

/** Where the email comes from (`data-provenance` on its card). */
export function templateProvenance(template: EmailTemplate): Provenance {
  return template.provenance ?? { kind: 'sop', item: template.sop };
}

/** Where the subject comes from: the SOP's exact words, or ours where the SOP fixes none. */
export function subjectProvenance(template: EmailTemplate): Provenance {
  return template.subjectFromSop
    ? { kind: 'sop', item: template.sop }
    : { kind: 'ctm-assist', reason: `the SOP fixes no subject for this email; ours names the ${template.needsCases ? 'complaint' : 'plan'}` };
}
