/**
 * DOM → CaseSnapshot. Finds every labelled field, keeps the best candidate per field (a live
 * form control over read-only text), normalises values, and reports what is missing or malformed.
 */
import type { BeneficiaryPhi, CaseFacts, CaseSnapshot, MalformedField } from '../case';
import { HOOK_FIELD_KEYS } from '../case-keys';
import { CORE_KEYS, type LabelKey } from './label-vocabulary';
import { findFields, type Candidate } from './find-fields';
import { controlsIn, readRawValue, type RawValue } from './read-control';
import {
  normalizeComplaintId,
  normalizeContract,
  normalizeDate,
  normalizeDisposition,
  normalizeIssueLevel,
  normalizeReassignmentReason,
  normalizeText,
  normalizeYesNo,
  type Normalized,
} from './normalize-value';
import { readPageErrors } from './page-errors';

export type ReadResult = {
  /** True when the page has the labels of a complaint page (see isComplaintPage). */
  recognized: boolean;
  snapshot: CaseSnapshot;
  /** Which fields were found at all, for recognition and diagnostics. */
  found: ReadonlySet<LabelKey>;
  /** The form control each field was read from, when it was one (the note textarea, the close controls). */
  controls: Partial<Record<LabelKey, Element>>;
};

type FactNormalizer = (raw: string) => Normalized<unknown>;

const FACT_NORMALIZERS: { [K in keyof CaseFacts]-?: FactNormalizer } = {
  complaintId: normalizeComplaintId,
  contractNumber: normalizeContract,
  receivedDate: normalizeDate,
  assignedDate: normalizeDate,
  issueLevel: normalizeIssueLevel,
  category: normalizeText,
  subcategory: normalizeText,
  cisControlled: normalizeYesNo,
  pressOrHillInterest: normalizeYesNo,
  resolutionDate: normalizeDate,
  caseworker: normalizeText,
  disposition: normalizeDisposition,
  reassignmentRequested: (raw) => {
    const yes = normalizeYesNo(raw);
    return yes.value ? { value: yes.value === 'yes' } : yes;
  },
  reassignmentReason: normalizeReassignmentReason,
  requestedCategory: normalizeText,
  requestedIssueLevel: (raw) => (normalizeText(raw).value ? normalizeIssueLevel(raw) : {}),
};

const PHI_KEYS: Record<string, keyof BeneficiaryPhi> = {
  beneficiaryName: 'name',
  hicn: 'hicn',
  mbi: 'mbi',
  dateOfBirth: 'dateOfBirth',
  phone: 'phone',
  address: 'address',
  summary: 'summary',
};

/** A complaint page names its Complaint ID and at least three other core fields. */
export function isComplaintPage(found: ReadonlySet<LabelKey>): boolean {
  return found.has('complaintId') && CORE_KEYS.filter((key) => found.has(key)).length >= 3;
}

function rawText(raw: RawValue): string {
  return raw.kind === 'checkbox' ? (raw.checked ? 'yes' : 'no') : raw.text;
}

/** Picks the candidate to trust: controls first (the live state), then the first with a value. */
function best(candidates: Candidate[]): { candidate: Candidate; raw: RawValue } {
  const read = candidates.map((candidate) => ({
    candidate,
    raw: typeof candidate.value === 'string'
      ? ({ kind: 'text', text: candidate.value, control: false } as const)
      : readRawValue(candidate.value),
  }));
  const rank = (r: (typeof read)[number]) =>
    (r.candidate.weak ? 4 : 0) + (r.candidate.control ? 0 : 2) + (rawText(r.raw).trim() ? 0 : 1);
  return read.reduce((a, b) => (rank(b) < rank(a) ? b : a));
}

/** `find` may hand back fields found earlier (see field-cache.ts); their values are read afresh. */
export function readCase(root: Element, find: (root: Element) => Candidate[] = findFields): ReadResult {
  const byKey = new Map<LabelKey, Candidate[]>();
  for (const candidate of find(root)) {
    const list = byKey.get(candidate.key) ?? [];
    list.push(candidate);
    byKey.set(candidate.key, list);
  }

  const facts: Record<string, unknown> = {};
  const phi: Record<string, string> = {};
  const malformed: MalformedField[] = [];
  let currentEntry: string | undefined;
  let noteToPlan: string | undefined;
  const controls: Partial<Record<LabelKey, Element>> = {};

  for (const [key, candidates] of byKey) {
    const { candidate, raw } = best(candidates);
    if (candidate.control && typeof candidate.value !== 'string') {
      const inside = controlsIn(candidate.value);
      if (inside.length === 1) controls[key] = inside[0]!;
    }
    const text = rawText(raw);
    if (key === 'currentEntry') {
      currentEntry = text;
    } else if (key === 'noteToPlan') {
      noteToPlan = text.trim() || undefined;
    } else if (key in PHI_KEYS) {
      if (text.trim()) phi[PHI_KEYS[key]!] = text.trim();
    } else {
      const normalized = FACT_NORMALIZERS[key as keyof CaseFacts](text);
      if (normalized.error) malformed.push({ key, label: candidate.label, reason: normalized.error });
      else if (normalized.value !== undefined) facts[key] = normalized.value;
    }
  }

  const found = new Set(byKey.keys());
  // No schema parse here: zod would not fit the content script's size budget, and every value
  // comes out of a normaliser that only returns schema-valid values (a unit test parses the
  // result of every fixture with the CaseSnapshot schema). Messages are parsed by the receiver.
  const snapshot: CaseSnapshot = {
    facts: facts as CaseFacts,
    currentEntry,
    noteToPlan,
    pageErrors: readPageErrors(root),
    phi: phi as BeneficiaryPhi,
    missing: HOOK_FIELD_KEYS.filter((key) => !found.has(key)),
    malformed,
  };
  return { recognized: isComplaintPage(found), snapshot, found, controls };
}

