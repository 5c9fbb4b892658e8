/**
 * DOM → CaseSnapshot. Finds every labelled field, keeps the best candidates per field (a live
 * form control over read-only text), normalises values, and reports what is missing, malformed,
 * too long to use, or shown with two different values.
 */
import type { BeneficiaryPhi, CaseFacts, CaseSnapshot, FieldConflict, MalformedField } from '../case';
import { HOOK_FIELD_KEYS } from '../case-keys';
import { canonicalLabel, CORE_KEYS, type LabelKey } from './label-vocabulary';
import { findFields, type Candidate } from './find-fields';
import { controlsIn, readRawValue, type RawValue } from './read-control';
import { splitReassignmentRow } from './reassignment-row';
import { longerThan, tooLongReason, valueCap } from './value-caps';
import {
  collapseWhitespace,
  normalizeComplaintId,
  normalizeContract,
  normalizeDate,
  normalizeDisposition,
  normalizeIssueLevel,
  normalizeReassignmentReason,
  normalizeText,
  normalizeYesNo,
  visibleText,
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

/** Every label key that is neither a fact nor the note or entry: the beneficiary's data. */
type PhiKey = Exclude<LabelKey, keyof CaseFacts | 'currentEntry' | 'noteToPlan'>;

const PHI_KEYS: Record<PhiKey, keyof BeneficiaryPhi> = {
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

type Reading = {
  candidate: Candidate;
  text: string;
  tooLong: boolean;
  /** Lower is more trusted: a live control over text, a labelled value over a heading's, a value over a blank. */
  rank: number;
};

function readCandidate(candidate: Candidate, cap: number): Reading {
  // Text is walked a little past the cap (whitespace collapses); a walk cut short is too long.
  const walkLimit = cap * 4 + 1000;
  const text = typeof candidate.value === 'string' ? candidate.value : rawText(readRawValue(candidate.value, walkLimit));
  const tooLong = text.length > walkLimit || collapseWhitespace(text).length > cap;
  const rank = (candidate.weak ? 4 : 0) + (candidate.control ? 0 : 2) + (text.trim() ? 0 : 1);
  return { candidate, text, tooLong, rank };
}

/** The most trusted readings of a field: the best one, and every other that is as good. */
function bestReadings(candidates: Candidate[], cap: number): Reading[] {
  const readings = candidates.map((candidate) => readCandidate(candidate, cap));
  const top = Math.min(...readings.map((r) => r.rank));
  return readings.filter((r) => r.rank === top);
}

type FactOutcome = { value: unknown } | { error: string } | { conflict: string[] } | undefined;

/**
 * One fact from its best readings: the value they agree on, the reason it cannot be read, or
 * the different values when they disagree (same value after normalisation is agreement).
 */
function decideFact(key: keyof CaseFacts, readings: Reading[]): FactOutcome {
  const outcomes = new Map<string, { value?: unknown; error?: string; shown: string }>();
  for (const reading of readings) {
    if (reading.tooLong) {
      // Keyed by what is shown: unlike the error:/value: keys below, and one outcome for all over-long readings.
      const shown = `(a value ${longerThan(valueCap(key))})`;
      outcomes.set(shown, { error: tooLongReason(valueCap(key)), shown });
      continue;
    }
    const normalized = FACT_NORMALIZERS[key](reading.text);
    if (normalized.error) outcomes.set(`error:${visibleText(reading.text)}`, { error: normalized.error, shown: visibleText(reading.text) });
    else if (normalized.value !== undefined) outcomes.set(`value:${String(normalized.value)}`, { value: normalized.value, shown: String(normalized.value) });
  }
  const distinct = [...outcomes.values()];
  if (distinct.length > 1) return { conflict: distinct.map((o) => o.shown) };
  const only = distinct[0];
  if (!only) return undefined;
  return only.error ? { error: only.error } : { value: only.value };
}

/** `find` may hand back fields found earlier (see field-cache.ts); their values are read afresh. */
export function readCase(root: Element, find: (root: Element) => Candidate[] = findFields): ReadResult {
  const byKey = new Map<LabelKey, Candidate[]>();
  for (const candidate of find(root).flatMap(splitReassignmentRow)) {
    const list = byKey.get(candidate.key) ?? [];
    list.push(candidate);
    byKey.set(candidate.key, list);
  }

  const facts: Record<string, unknown> = {};
  const phi: Record<string, string> = {};
  const malformed: MalformedField[] = [];
  const conflicts: FieldConflict[] = [];
  let currentEntry: string | undefined;
  let noteToPlan: string | undefined;
  const controls: Partial<Record<LabelKey, Element>> = {};

  for (const [key, candidates] of byKey) {
    const cap = valueCap(key);
    const readings = bestReadings(candidates, cap);
    const { candidate, text, tooLong } = readings[0]!;
    // A field read from text has no control inside; one read from a lone control names it.
    if (typeof candidate.value !== 'string') {
      const inside = controlsIn(candidate.value);
      if (inside.length === 1) controls[key] = inside[0]!;
    }
    if (key in FACT_NORMALIZERS) {
      const outcome = decideFact(key as keyof CaseFacts, readings);
      if (!outcome) continue;
      if ('conflict' in outcome) conflicts.push({ key, label: canonicalLabel(key), values: outcome.conflict });
      else if ('error' in outcome) malformed.push({ key, label: candidate.label, reason: outcome.error });
      else facts[key] = outcome.value;
    } else if (tooLong) {
      malformed.push({ key, label: candidate.label, reason: tooLongReason(cap) });
    } else if (key === 'currentEntry') {
      currentEntry = text;
    } else if (key === 'noteToPlan') {
      noteToPlan = text.trim() || undefined;
    } else if (text.trim()) {
      // The remaining keys are all beneficiary fields: PhiKey leaves out every key handled above.
      phi[PHI_KEYS[key as PhiKey]] = text.trim();
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
    conflicts,
  };
  return { recognized: isComplaintPage(found), snapshot, found, controls };
}

/** The snapshot with the Current Entry as the caseworker has just typed it (same cap as a read). */
export function withCurrentEntry(snapshot: CaseSnapshot, text: string): CaseSnapshot {
  const cap = valueCap('currentEntry');
  const others = snapshot.malformed.filter((m) => m.key !== 'currentEntry');
  if (collapseWhitespace(text).length <= cap) return { ...snapshot, currentEntry: text, malformed: others };
  const label = snapshot.malformed.find((m) => m.key === 'currentEntry')?.label ?? canonicalLabel('currentEntry');
  return { ...snapshot, currentEntry: undefined, malformed: [...others, { key: 'currentEntry', label, reason: tooLongReason(cap) }] };
}
