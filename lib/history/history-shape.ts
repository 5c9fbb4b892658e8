/**
 * A cheap check that a stored value is a ComplaintHistory exactly as the background writes it,
 * without zod: checking 10,000 complaints with the schema took the report page most of a second.
 * It never accepts what the schema rejects; anything unusual (an unknown key, an instant not in
 * toISOString form) is left to the schema (test/unit/history/history-shape.test.ts holds them
 * together).
 */
import { ISSUE_LEVELS, REASSIGNMENT_REASONS } from '../case-keys';
import { LETTERS } from '../sop/types';
import type { ComplaintHistory } from './case-history';
import { HISTORY_MAX_EVENTS } from './case-history';

const CONTRACT = /^(?:[HRSEFX9]\d{4}|CMS|OTHER|UNKNOWN)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LEVELS: ReadonlySet<unknown> = new Set(ISSUE_LEVELS);
const REASONS: ReadonlySet<unknown> = new Set(REASSIGNMENT_REASONS);
const SCENARIOS: ReadonlySet<unknown> = new Set(LETTERS);
const STATUSES: ReadonlySet<unknown> = new Set(['open', 'closed', 'left-plan', 'done']);
/** toISOString's form: 2026-11-02T14:00:00.000Z. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const isInstant = (v: unknown) => typeof v === 'string' && INSTANT.test(v) && !Number.isNaN(Date.parse(v));
const isDate = (v: unknown) => typeof v === 'string' && ISO_DATE.test(v);

/** Each event type's keys besides `t` and `at`, with their checks (Maps: no prototype keys). */
const EVENT_KEYS = new Map<string, Map<string, { check: (v: unknown) => boolean; required: boolean }>>([
  ['seen', new Map()],
  ['level', new Map([['level', { check: (v: unknown) => LEVELS.has(v), required: true }]])],
  ['scenario', new Map([['scenario', { check: (v: unknown) => SCENARIOS.has(v), required: true }]])],
  ['reassign', new Map([['reason', { check: (v: unknown) => REASONS.has(v), required: false }]])],
  ['reassign-end', new Map()],
  ['pause', new Map()],
  ['resume', new Map()],
  ['resolution', new Map([['date', { check: isDate, required: false }]])],
  ['status', new Map([['status', { check: (v: unknown) => STATUSES.has(v), required: true }]])],
]);

function isEvent(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  // A type that is not a string finds no entry: the map's keys are all strings.
  const keys = EVENT_KEYS.get(e.t as string);
  if (!keys || !isInstant(e.at)) return false;
  let required = 0;
  for (const key in e) {
    if (key === 't' || key === 'at') continue;
    const rule = keys.get(key);
    if (!rule || !rule.check(e[key])) return false;
    if (rule.required) required += 1;
  }
  let wanted = 0;
  for (const rule of keys.values()) if (rule.required) wanted += 1;
  return required === wanted;
}

/** True only for a plain ComplaintHistory; false means "ask the schema", not "damaged". */
export function isStoredComplaintHistory(value: unknown): value is ComplaintHistory {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const h = value as Record<string, unknown>;
  for (const key in h) {
    const v = h[key];
    if (key === 'contract') {
      if (typeof v !== 'string' || !CONTRACT.test(v)) return false;
    } else if (key === 'received' || key === 'assigned') {
      if (!isDate(v)) return false;
    } else if (key !== 'events') return false;
  }
  const events = h.events;
  if (!Array.isArray(events) || events.length > HISTORY_MAX_EVENTS) return false;
  for (const e of events) if (!isEvent(e)) return false;
  return true;
}
