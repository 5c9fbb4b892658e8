/**
 * The archive of tracked cases, `local:trackedCases.archive`: ended cases (closed, left the plan)
 * and the overflow beyond the working map's cap, itself capped. What cannot be read in it is set
 * aside (tracked-cases-quarantine.ts).
 */
import { storage } from 'wxt/utils/storage';
import { TrackedCase } from '../tracking/tracked-case';
import { kilobytes, storedBytes } from './set-aside';
import { ARCHIVE_KEY } from './tracked-cases-keys';
import type { TrackedCaseMap } from './tracked-cases-migrations';
import { setAside } from './tracked-cases-quarantine';

export interface StoreLimits {
  /** Cases kept in the working map; beyond it, done then least recently seen cases are archived. */
  cap: number;
  /** Ended cases kept in the archive; beyond it the least recently seen are dropped. */
  archiveCap: number;
}

export const DEFAULT_LIMITS: StoreLimits = { cap: 2000, archiveCap: 5000 };

/** Reads and validates the archive, setting aside what cannot be read; `stuck`: leave it alone. */
export async function readArchive(): Promise<{ archive: TrackedCaseMap; problem?: string; stuck?: true }> {
  const raw = await storage.getItem<unknown>(ARCHIVE_KEY);
  // Stryker disable next-line ConditionalExpression: WXT's getItem gives null, never undefined, for a missing value
  if (raw === null || raw === undefined) return { archive: {} };
  const whole = typeof raw !== 'object' || Array.isArray(raw);
  const archive: TrackedCaseMap = {};
  const bad: Record<string, unknown> = {};
  if (!whole) {
    for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
      const parsed = TrackedCase.safeParse(value);
      if (parsed.success && parsed.data.complaintId === id) archive[id] = parsed.data;
      else bad[id] = value;
    }
  }
  const badIds = Object.keys(bad);
  if (!whole && badIds.length === 0) return { archive };
  const what = whole
    ? `The archive of closed complaints could not be read; it was kept aside (${kilobytes(storedBytes(raw))}) and a new archive starts.`
    : `${badIds.length} archived case${badIds.length === 1 ? '' : 's'} could not be read and ${badIds.length === 1 ? 'was' : 'were'} set aside: ${badIds.slice(0, 5).join(', ')}.`;
  const result = await setAside(what, whole ? raw : bad, undefined, [{ key: ARCHIVE_KEY, value: archive }]);
  return result.stuck ? { archive, problem: result.problem, stuck: true } : { archive, problem: result.problem };
}

/**
 * Moves ended cases and overflow to the archive and trims the archive to its cap. While the
 * archive holds unreadable data that could not be set aside, cases stay in the working map.
 */
export async function enforceLimits(map: TrackedCaseMap, limits: StoreLimits): Promise<string | undefined> {
  const moving: TrackedCase[] = Object.values(map).filter((c) => c.status === 'closed' || c.status === 'left-plan');
  const remaining = Object.values(map).filter((c) => c.status !== 'closed' && c.status !== 'left-plan');
  // Stryker disable next-line EqualityOperator: at the cap exactly, the slice below moves nothing either way
  if (remaining.length > limits.cap) {
    // Done ones first, then the least recently seen.
    remaining.sort((a, b) => Number(b.doneByUser) - Number(a.doneByUser) || a.lastSeen.localeCompare(b.lastSeen));
    moving.push(...remaining.slice(0, remaining.length - limits.cap));
  }
  if (moving.length === 0) return undefined;
  const { archive, problem, stuck } = await readArchive();
  if (stuck) return problem;
  for (const c of moving) {
    archive[c.complaintId] = c;
    delete map[c.complaintId];
  }
  const ids = Object.keys(archive);
  // Stryker disable next-line EqualityOperator: at the cap exactly, the slice below drops nothing either way
  if (ids.length > limits.archiveCap) {
    const oldest = Object.values(archive)
      .sort((a, b) => a.lastSeen.localeCompare(b.lastSeen))
      .slice(0, ids.length - limits.archiveCap);
    for (const c of oldest) delete archive[c.complaintId];
  }
  await storage.setItem(ARCHIVE_KEY, archive);
  return problem;
}
