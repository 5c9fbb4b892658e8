/**
 * Versions of the stored tracked-case map.
 *
 * Version 1 (the first storage shape): an array of cases, each
 * `{ complaintId, contractNumber?, issueLevel?, receivedDate?, assignedDate?, status: 'open' |
 * 'closed', pageUrl, lastSeen }`, without clock, pauses, first-seen or done marks.
 * Version 2 (current): an object keyed by complaint ID of `TrackedCase` (lib/tracking).
 */
import type { TrackedCase } from '../tracking/tracked-case';

export { TRACKED_CASES_VERSION } from './tracked-cases-keys';
import { TRACKED_CASES_VERSION } from './tracked-cases-keys';

export type TrackedCaseMap = Record<string, TrackedCase>;

function v1ToV2(old: unknown): unknown {
  // Anything that is not a version-1 array is passed on untouched, so validation can set it aside.
  if (!Array.isArray(old)) return old;
  const map: Record<string, unknown> = {};
  for (const entry of old) {
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    const id = typeof e.complaintId === 'string' ? e.complaintId : undefined;
    if (!id) continue;
    const closed = e.status === 'closed';
    const { status: _status, ...facts } = e;
    map[id] = {
      ...facts,
      clock: closed ? 'stopped' : 'running',
      pauses: [],
      status: closed ? 'closed' : 'open',
      doneByUser: false,
      firstSeen: e.lastSeen,
      lastSeen: e.lastSeen,
    };
  }
  return map;
}

/** WXT storage-item migrations: the key is the version migrated TO. */
export const TRACKED_CASES_MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: v1ToV2,
};
