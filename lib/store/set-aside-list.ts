/**
 * The list of copies set aside under one key (set-aside.ts writes it): its entries, bounds and
 * sizes. Free of storage code, so the popup can read a list and say what it holds.
 */
export interface SetAsideEntry {
  /** ISO instant it was set aside. */
  at: string;
  reason: string;
  /** Storage version the data carried, when known. */
  version?: number;
  /** Size of `data` as stored (JSON, UTF-8). */
  bytes?: number;
  /** Said when older copies were dropped to keep this one. */
  note?: string;
  data: unknown;
  /** The storage meta that came with the data (its version stamp and anything a newer version put there). */
  meta?: unknown;
}

/** Copies kept per key; the oldest go first. */
export const SET_ASIDE_MAX_COPIES = 5;
/** Bytes kept per key, below Chrome's 10 MB storage.local quota (a failed write for want of room is reported). */
export const SET_ASIDE_MAX_BYTES = 8 * 1024 * 1024;

const encoder = new TextEncoder();
/** Bytes a value takes in storage (its JSON in UTF-8). */
export function storedBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? '').length;
}

function isEntry(value: unknown): value is SetAsideEntry {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  return typeof e.at === 'string' && typeof e.reason === 'string' && 'data' in e;
}

/**
 * The stored list as entries. Whatever is there in another form (a list that is not one, an entry
 * that is not one, a bare value from an older build) is kept too, as an entry of its own.
 */
export function asideList(raw: unknown): SetAsideEntry[] {
  if (raw === null || raw === undefined) return [];
  const at = new Date().toISOString();
  const wrap = (data: unknown): SetAsideEntry => ({ at, reason: 'An earlier set-aside copy, in a form this version does not know.', bytes: storedBytes(data), data });
  if (!Array.isArray(raw)) return [wrap(raw)];
  return raw.map((e) => (isEntry(e) ? { ...e, bytes: typeof e.bytes === 'number' ? e.bytes : storedBytes(e.data) } : wrap(e)));
}

export const asideBytes = (list: readonly SetAsideEntry[]): number => list.reduce((sum, e) => sum + (e.bytes ?? storedBytes(e.data)), 0);

/** "12 KB", never "0 KB" for something that is there. */
export function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-US')} KB`;
}

/**
 * Every set-aside list in storage.local, with what it holds in words: the popup reads them all,
 * says what is kept, and offers to clear them.
 */
export const ASIDE_LISTS = {
  'trackedCases.quarantine': 'tracked-case data',
  'caseProgress.unreadable': 'checklist tick data',
  'accessFollowUps.unreadable': 'access follow-up date data',
  'alertPrefs.unreadable': 'notification choice data',
  'alerts.sent.unreadable': 'data on notifications already shown',
} as const;
export const ASIDE_KEYS = Object.keys(ASIDE_LISTS) as (keyof typeof ASIDE_LISTS)[];

/**
 * What the caseworker is told while data is kept aside (every read, not only the one that found
 * it). `what`: the data, in words ("tracked-case data").
 */
export function setAsideProblem(aside: readonly SetAsideEntry[], what = 'tracked-case data'): string | undefined {
  const last = aside[aside.length - 1];
  if (!last) return undefined;
  const count = aside.length === 1 ? `Some ${what} was` : `${what[0]!.toUpperCase()}${what.slice(1)} was ${aside.length} times`;
  const note = last.note ? ` ${last.note}` : '';
  return `${count} set aside, not deleted (last on ${last.at.slice(0, 10)}; ${kilobytes(asideBytes(aside))} kept): ${last.reason}${note}`;
}

/** `clear`: the caseworker may clear the copies set aside (lib/messages.ts TrackedCasesAnswer). */
export type Aside = { problem?: string; clear?: 'set-aside' };

/** The message and the offer to clear for the set-aside lists among `items` (of any shape). */
export function asideOf(items: Record<string, unknown>): Aside {
  const problems = ASIDE_KEYS.map((key) => setAsideProblem(asideList(items[key]), ASIDE_LISTS[key])).filter((p): p is string => p !== undefined);
  return problems.length > 0 ? { problem: problems.join(' '), clear: 'set-aside' } : {};
}
