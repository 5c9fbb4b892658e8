/**
 * Records the case history (lib/history) from the tracked cases as they are written: the working
 * map and the archive (a closed case moves there in the same update). Only cases whose stored
 * value changed are compared with their history; the comparison itself is lib/history's.
 */
import { recordTrackedCases } from '../../lib/store/case-history-store';
import { STORAGE_KEYS } from '../../lib/store/tracked-cases-keys';
import { TrackedCase } from '../../lib/tracking/tracked-case';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

const asMap = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** A cheap test that a stored case differs from its old value in what the history keeps. */
function differs(a: unknown, b: unknown): boolean {
  if (!a || typeof a !== 'object') return true;
  const x = a as Partial<TrackedCase>;
  const y = b as Partial<TrackedCase>;
  return x.lastSeen !== y.lastSeen || x.status !== y.status || x.doneByUser !== y.doneByUser || x.firstSeen !== y.firstSeen;
}

/** The valid tracked cases a storage change wrote anew. */
export function changedCases(changes: Changes, area: string): TrackedCase[] {
  if (area !== 'local') return [];
  const out: TrackedCase[] = [];
  for (const key of [STORAGE_KEYS.archive, STORAGE_KEYS.cases]) {
    const change = changes[key];
    if (!change) continue;
    const before = asMap(change.oldValue);
    for (const [id, value] of Object.entries(asMap(change.newValue))) {
      if (!differs(before[id], value)) continue;
      const parsed = TrackedCase.safeParse(value);
      if (parsed.success && parsed.data.complaintId === id) out.push(parsed.data);
    }
  }
  return out;
}

/** Starts recording; returns how to stop (for tests). A history that cannot be written is said on the report page. */
export function watchCaseHistory(): () => void {
  const onChanged = (changes: Changes, area: string) => {
    const cases = changedCases(changes, area);
    if (cases.length > 0) recordTrackedCases(cases).catch(() => undefined);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
