/**
 * A cheap check that a stored value is a TrackedCase exactly as the background writes it, without
 * zod (parsing 1,000 cases with zod and loading it cost the popup tens of milliseconds). It must
 * never accept what the TrackedCase schema rejects; anything unusual (an unknown key, an instant
 * not in toISOString form) is left to the background, which validates with the schema.
 */
import { ISSUE_LEVELS, REASSIGNMENT_REASONS } from '../case-keys';
import { RD_BRANCHES } from '../sop/types';
import type { TrackedCase } from './tracked-case';

// Mirrors of lib/case.ts and tracked-case.ts; test/unit/tracking/tracked-case-shape.test.ts holds them to the schema.
const CONTRACT = /^(?:[HRSEFX9]\d{4}|CMS|OTHER|UNKNOWN)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DIGITS = /^\d+$/;
const LEVELS: ReadonlySet<unknown> = new Set(ISSUE_LEVELS);
const REASONS: ReadonlySet<unknown> = new Set(REASSIGNMENT_REASONS);
const SCENARIOS: ReadonlySet<unknown> = new Set('ABCDEFGHIJKLMNOP');
const DISPOSITIONS: ReadonlySet<unknown> = new Set(['resolved', 'unresolved', 'withdrawn', 'closed', 'open']);
const YES_NO: ReadonlySet<unknown> = new Set(['yes', 'no']);
const CLOCKS: ReadonlySet<unknown> = new Set(['running', 'paused', 'stopped']);
const STATUSES: ReadonlySet<unknown> = new Set(['open', 'closed', 'left-plan', 'done']);
const BRANCHES: ReadonlySet<unknown> = new Set(RD_BRANCHES);
const HAND_OVER_ANSWERS: ReadonlySet<unknown> = new Set(['gone', 'kept']);

const isString = (v: unknown): v is string => typeof v === 'string';
/** The form toISOString writes (what the background stores); other valid forms go to the schema. */
// Its 24 characters leave out the six-digit years the schema rejects; the round trip implies the Z.
const isInstant = (v: unknown) => isString(v) && v.length === 24 && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString() === v;
const isText = (max: number) => (v: unknown) => isString(v) && v.length <= max;
const inSet = (set: ReadonlySet<unknown>) => (v: unknown) => set.has(v);
const matches = (re: RegExp) => (v: unknown) => isString(v) && re.test(v);
const isBoolean = (v: unknown) => typeof v === 'boolean';

function isPause(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  for (const key in v) if (key !== 'from' && key !== 'to') return false;
  const p = v as { from?: unknown; to?: unknown };
  return isInstant(p.from) && (p.to === undefined || isInstant(p.to));
}

type Check = (v: unknown) => boolean;

// Maps, not object literals: a key like `constructor` must not find Object.prototype's.
const REQUIRED = new Map<string, Check>(Object.entries({
  complaintId: matches(DIGITS),
  clock: inSet(CLOCKS),
  pauses: (v: unknown) => Array.isArray(v) && v.every(isPause),
  status: inSet(STATUSES),
  doneByUser: isBoolean,
  pageUrl: isText(2048),
  firstSeen: isInstant,
  lastSeen: isInstant,
}));

const OPTIONAL = new Map<string, Check>(Object.entries({
  contractNumber: matches(CONTRACT),
  issueLevel: inSet(LEVELS),
  receivedDate: matches(ISO_DATE),
  assignedDate: matches(ISO_DATE),
  resolutionDate: matches(ISO_DATE),
  category: isText(200),
  subcategory: isText(200),
  disposition: inSet(DISPOSITIONS),
  cisControlled: inSet(YES_NO),
  pressOrHillInterest: inSet(YES_NO),
  scenario: inSet(SCENARIOS),
  reassignmentRequested: isBoolean,
  reassignmentReason: inSet(REASONS),
  reassignmentRequestedAt: isInstant,
  requestedIssueLevel: inSet(LEVELS),
  branch: inSet(BRANCHES),
  branchSince: isInstant,
  caseworker: isText(200),
  contactAttempts: (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0,
  handOverAnswer: inSet(HAND_OVER_ANSWERS),
}));

/** True only for a plain TrackedCase stored under `id`; false means "ask the schema", not "damaged". */
export function isStoredTrackedCase(value: unknown, id: string): value is TrackedCase {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if (record.complaintId !== id) return false;
  let required = 0;
  for (const key in record) {
    const v = record[key];
    const check = REQUIRED.get(key);
    if (check) {
      if (!check(v)) return false;
      required += 1;
    } else {
      const optional = OPTIONAL.get(key);
      if (!optional || (v !== undefined && !optional(v))) return false;
    }
  }
  return required === REQUIRED.size;
}
