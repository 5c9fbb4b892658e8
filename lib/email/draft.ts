/**
 * Template + settings + cases (+ what the user typed) → a draft email. Nothing missing is left
 * blank silently: each gap is listed in `missing` and shows in the body as "[label]".
 * No date or holiday code here: the content script imports this for F and G, and the N hold
 * (business days, holidays) lives in `popup-draft.ts`.
 */
import { oneLineSubject } from './mailto';
import type { Settings } from '../settings';
import { TEMPLATES, type EmailTemplate, type TemplateId } from './templates';

export interface DraftCase {
  complaintId?: string;
  /** The caseworker shown on the complaint in CTM. */
  caseworker?: string;
  contractNumber?: string;
  /** The resolution date and category as the page showed them (SOP F.1, F.2); absent when it showed none. */
  resolutionDate?: string;
  category?: string;
  /** Why the page gave no complaint ID or caseworker (unreadable, or two different values). */
  complaintIdProblem?: string;
  caseworkerProblem?: string;
}

export interface DraftInput {
  settings: Settings;
  cases: DraftCase[];
  /** User-entered fields, by the template's `fields` keys. */
  extra?: Record<string, string>;
  /** Today as YYYY-MM-DD; `draftPopupEmail` uses it to hold N back (SOP N.2). Default: today in settings.timeZone. */
  today?: string;
}

/** Where a missing value is fixed: the options page, the CTM page, or the popup form. */
export type MissingSource = 'settings' | 'page' | 'input';

export interface MissingItem {
  key: string;
  label: string;
  source: MissingSource;
  /** The marker left in the body for it: typing over the marker supplies it. */
  gap?: string;
}

/** What the body shows where the caseworker shown on a complaint is not known. */
export const CASEWORKER_GAP = '[caseworker name]';

export interface Draft {
  templateId: TemplateId;
  sop: string;
  to: string;
  subject: string;
  body: string;
  missing: MissingItem[];
  /** Set while the SOP says not to send yet (N.2): from which date, and why. */
  heldUntil?: { date: string; message: string };
  /** Complaint IDs in the draft: not PHI, the guard lets them through. */
  complaintIds: string[];
  /** The caseworkers' and the plan's names in the draft: not the beneficiary's. */
  otherNames: string[];
  /** Values typed into fields about the plan's own people (a user's work phone): not PHI. */
  planValues: string[];
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.map((v) => v?.trim()).filter((v): v is string => !!v))];
}

/** The plan's contracts: the cases' contracts when they are the plan's own, else all of the plan's. */
export function planContracts(settings: Settings, cases: DraftCase[]): string[] {
  const own = settings.contracts ?? [];
  const fromCases = unique(cases.map((c) => c.contractNumber?.toUpperCase())).filter((c) => own.includes(c));
  return fromCases.length > 0 ? fromCases : own;
}

function recipient(template: EmailTemplate, settings: Settings, missing: MissingItem[]): string {
  if ('address' in template.to) return template.to.address;
  const address = settings.mailboxes?.[template.to.mailbox];
  if (!address) missing.push({ key: `mailboxes.${template.to.mailbox}`, label: template.to.label, source: 'settings' });
  return address ?? '';
}

export function draftEmail(templateId: TemplateId, input: DraftInput): Draft {
  const template = TEMPLATES[templateId];
  const { settings, cases } = input;
  const extra = input.extra ?? {};
  const missing: MissingItem[] = [];
  const to = recipient(template, settings, missing);

  const organization = settings.organization?.trim() ?? '';
  if (!organization) missing.push({ key: 'organization', label: 'Plan name (organization)', source: 'settings' });
  const contracts = planContracts(settings, cases);
  if (contracts.length === 0) missing.push({ key: 'contracts', label: 'Contract number', source: 'settings' });

  // Stryker disable next-line Regex: unique() drops the empty pieces between two separators
  const complaintIds = unique([...cases.map((c) => c.complaintId), ...(extra.complaintIds ?? '').split(/[\s,;]+/)]);
  const caseLines: string[] = [];
  // Unknown ones too: unique() drops them.
  const caseworkers: (string | undefined)[] = [];
  if (template.needsCases) {
    if (cases.length === 0 || cases.some((c) => !c.complaintId?.trim())) {
      const problem = cases.find((c) => !c.complaintId?.trim() && c.complaintIdProblem)?.complaintIdProblem;
      missing.push({ key: 'complaintId', label: `Complaint ID (${problem ?? 'not read from the page'})`, source: 'page' });
    }
    for (const c of cases) {
      // SOP F.4.b / G.5.b.iii: the caseworker shown on the complaint, or a visible gap; the
      // user's own name is not put in its place (it may not be the one shown in CTM).
      const caseworker = c.caseworker?.trim();
      caseworkers.push(caseworker);
      caseLines.push(`Complaint ID ${c.complaintId?.trim() || '[Complaint ID]'}, caseworker in CTM: ${caseworker || CASEWORKER_GAP}`);
    }
    if (cases.some((c) => !c.caseworker?.trim())) {
      const why = cases.find((c) => !c.caseworker?.trim() && c.caseworkerProblem)?.caseworkerProblem ?? 'not known';
      missing.push({ key: 'caseworker', label: `Caseworker shown on the complaint in CTM (${why}): type it in the body`, source: 'page', gap: CASEWORKER_GAP });
    }
  }
  for (const field of template.fields) {
    if (field.required && !extra[field.key]?.trim()) missing.push({ key: `extra.${field.key}`, label: field.label, source: 'input' });
  }

  const signatureLines = unique([settings.caseworker, organization]);
  const values: Record<string, string> = {
    organization,
    contracts: contracts.join(', '),
    complaintIds: complaintIds.join(', '),
    caseList: caseLines.join('\n'),
    // Stryker disable next-line StringLiteral: no template shows {caseworkers} yet; kept for one that names them
    caseworkers: unique(caseworkers).join(', '),
    signature: signatureLines.join('\n'),
    shownOnPage: shownOnPage(template, cases),
  };
  for (const [key, value] of Object.entries(extra)) values[`extra.${key}`] = value.trim();

  const labels: Record<string, string> = {
    organization: 'Plan name',
    contracts: 'Contract number',
    complaintIds: 'Complaint ID',
    caseList: 'Complaint ID',
    signature: 'Your name',
  };
  for (const field of template.fields) labels[`extra.${field.key}`] = field.label;

  const fill = (line: string) =>
    line.replace(/\{([\w.]+)\}/g, (_, key: string) => values[key] || `[${labels[key] ?? key}]`);

  const body: string[] = [];
  for (const line of template.body) {
    if (line.startsWith('?')) {
      // Stryker disable next-line StringLiteral: the group always takes part in a match, the fallback never runs
      const keys = [...line.matchAll(/\{([\w.]+)\}/g)].map((m) => m[1] ?? '');
      // Stryker disable next-line MethodExpression: every optional line of the templates holds one placeholder
      if (keys.every((key) => !values[key])) continue;
      body.push(fill(line.slice(1)));
    } else {
      body.push(fill(line));
    }
  }

  return {
    templateId,
    sop: template.sop,
    to,
    // One header line whatever the values hold (stored settings may predate the one-line rule).
    subject: oneLineSubject(fill(template.subject)),
    body: collapseBlankLines(body.join('\n')),
    missing,
    complaintIds,
    otherNames: unique([...caseworkers, settings.caseworker, organization]),
    planValues: unique(template.fields.filter((field) => field.aboutThePlan).map((field) => extra[field.key])),
  };
}

function collapseBlankLines(text: string): string {
  // Stryker disable next-line MethodExpression: every template starts with "Hello," and ends with a filled line
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

/** The first of the template's statements whose facts every case showed on its page; else nothing. */
function shownOnPage(template: EmailTemplate, cases: DraftCase[]): string {
  if (cases.length === 0) return '';
  const statement = template.shownOnPage?.find(({ needs }) => cases.every((c) => needs.every((key) => !!c[key]?.trim())));
  return statement?.text ?? '';
}
