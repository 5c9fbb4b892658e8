/**
 * CaseSnapshot: the one domain model of a complaint as read from a CTM Plan Resolution page.
 *
 * Beneficiary identifiers and the complaint narrative are PHI. They live only in
 * `snapshot.phi`, each value branded `Phi`, so that `PhiFree<T>` (used by storage and
 * messaging) rejects at compile time any value that still carries them; `caseFacts()` is the
 * one way to get the PHI-free part.
 */
import { z } from 'zod/mini';
import { HOOK_FIELD_KEYS, ISSUE_LEVELS, REASSIGNMENT_REASONS, TRACKED_FACT_KEYS } from './case-keys';

export { HOOK_FIELD_KEYS, ISSUE_LEVELS, REASSIGNMENT_REASONS, TRACKED_FACT_KEYS };

export const IssueLevel = z.enum(ISSUE_LEVELS);
export type IssueLevel = z.infer<typeof IssueLevel>;

export const YesNo = z.enum(['yes', 'no']);
export type YesNo = z.infer<typeof YesNo>;

/** "S1234", or the CTM's special contract assignments (SOP key 3, 12, 17). */
export const ContractNumber = z.string().check(z.regex(/^(?:[HRSEFX9]\d{4}|CMS|OTHER|UNKNOWN)$/));

export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const Disposition = z.enum(['resolved', 'unresolved', 'withdrawn', 'closed', 'open']);
export type Disposition = z.infer<typeof Disposition>;

export const ReassignmentReason = z.enum(REASSIGNMENT_REASONS);
export type ReassignmentReason = z.infer<typeof ReassignmentReason>;

/** PHI-free facts. Keys of the first block are the `data-field` keys of TEST-HOOKS.md. */
export const CaseFacts = z.object({
  complaintId: z.optional(z.string().check(z.regex(/^\d{1,20}$/))),
  contractNumber: z.optional(ContractNumber),
  receivedDate: z.optional(IsoDate),
  assignedDate: z.optional(IsoDate),
  issueLevel: z.optional(IssueLevel),
  category: z.optional(z.string()),
  subcategory: z.optional(z.string()),
  cisControlled: z.optional(YesNo),
  pressOrHillInterest: z.optional(YesNo),
  resolutionDate: z.optional(IsoDate),
  caseworker: z.optional(z.string()),

  disposition: z.optional(Disposition),
  /** The reassignment-request check box: checked or not (absent when not on the page). */
  reassignmentRequested: z.optional(z.boolean()),
  reassignmentReason: z.optional(ReassignmentReason),
  requestedCategory: z.optional(z.string()),
  requestedIssueLevel: z.optional(IssueLevel),
});
export type CaseFacts = z.infer<typeof CaseFacts>;
export type FactKey = keyof CaseFacts;

const phi = z.string().brand<'PHI'>();
export type Phi = z.infer<typeof phi>;

/** Beneficiary identifiers and narrative as shown on the page. Never stored, logged or sent. */
export const BeneficiaryPhi = z.object({
  name: z.optional(phi),
  hicn: z.optional(phi),
  mbi: z.optional(phi),
  dateOfBirth: z.optional(phi),
  phone: z.optional(phi),
  address: z.optional(phi),
  /** The complaint summary: the beneficiary's narrative. */
  summary: z.optional(phi),
});
export type BeneficiaryPhi = z.infer<typeof BeneficiaryPhi>;

export const MalformedField = z.object({
  key: z.string(),
  /** The visible label the value was found under. */
  label: z.string(),
  reason: z.string(),
});
export type MalformedField = z.infer<typeof MalformedField>;

/**
 * A field the page shows with two or more different values (after normalisation). Its fact is
 * left unset, so deadlines, tracking and emails treat it as unknown; the panel shows the values.
 */
export const FieldConflict = z.object({
  key: z.string(),
  /** The field's name (its canonical label). */
  label: z.string(),
  /** The different values, in page order: normalised where they could be read, else as shown. */
  values: z.array(z.string()),
});
export type FieldConflict = z.infer<typeof FieldConflict>;

export const CaseSnapshot = z.object({
  facts: CaseFacts,
  /** Current Entry (Plan Response) text, as typed (line breaks as the browser holds them). */
  currentEntry: z.optional(z.string()),
  /** The system-generated "Note to Plan" from CMS. */
  noteToPlan: z.optional(z.string()),
  /** Error or validation messages the page shows (e.g. a failed save). */
  pageErrors: z.array(z.string()),
  phi: BeneficiaryPhi,
  /** Hook fields the page should have but that could not be found. */
  missing: z.array(z.string()),
  /** Fields found whose value could not be read (or was too long); reported, never guessed. */
  malformed: z.array(MalformedField),
  /** Fact fields with different values on the page; none of them is in `facts`. */
  conflicts: z.array(FieldConflict),
});
export type CaseSnapshot = z.infer<typeof CaseSnapshot>;

/** The PHI-free part of a snapshot: the only part that may be stored or messaged. */
export function caseFacts(snapshot: CaseSnapshot): CaseFacts {
  return { ...snapshot.facts };
}

/**
 * Resolves to `T` when no property (at any depth) is a `Phi` value, and to `never` otherwise.
 * Storage and messaging take `PhiFree<T>`, so passing a snapshot or its `phi` is a type error.
 */
export type PhiFree<T> = ContainsPhi<T> extends true ? never : T;

type ContainsPhi<T> = T extends Phi
  ? true
  : T extends readonly (infer U)[]
    ? ContainsPhi<U>
    : T extends object
      ? true extends { [K in keyof T]-?: ContainsPhi<T[K]> }[keyof T]
        ? true
        : false
      : false;

// Every hook field and tracked field is a fact key (checked at compile time).
HOOK_FIELD_KEYS satisfies readonly FactKey[];
TRACKED_FACT_KEYS satisfies readonly FactKey[];
