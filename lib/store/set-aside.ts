/**
 * Copies of stored data this build could not read, kept aside under their own key (never wiped
 * silently) so IT or a newer CTM Assist can recover them. Each such key holds a list, newest last,
 * bounded in copies and bytes: older copies are dropped to make room, and the copy that replaces
 * them says so. Moving a copy aside and replacing the unreadable value is one storage write, so
 * both are done or neither, and the browser's quota (storage.local: 10 MB in Chrome without
 * `unlimitedStorage`) is checked once for the result. A copy that cannot be kept (too large, or no
 * room) stays where it is and the caller reports it and offers to clear it.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { asideBytes, asideList, kilobytes, SET_ASIDE_MAX_BYTES, SET_ASIDE_MAX_COPIES, storedBytes, type SetAsideEntry } from './set-aside-list';

export { asideBytes, asideList, kilobytes, SET_ASIDE_MAX_BYTES, SET_ASIDE_MAX_COPIES, storedBytes, type SetAsideEntry } from './set-aside-list';

export type MoveResult = { kept: true; dropped: number } | { kept: false; bytes: number; why: 'too-large' | 'no-room' };

export type Replacement = { key: StorageItemKey; value: unknown };

/**
 * Appends `data` to the list at `asideKey` and writes `replace` (what stands in for the unreadable
 * value) in the same write. On a quota failure the oldest copies are dropped one by one and the
 * write tried again; when even the new copy alone does not fit, nothing is written.
 */
export async function moveAside(
  asideKey: StorageItemKey,
  found: { reason: string; data: unknown; version?: number; meta?: unknown },
  replace: Replacement[],
): Promise<MoveResult> {
  const bytes = storedBytes(found.data);
  if (bytes > SET_ASIDE_MAX_BYTES) return { kept: false, bytes, why: 'too-large' };
  const entry: SetAsideEntry = { at: new Date().toISOString(), reason: found.reason, bytes, data: found.data };
  if (found.version !== undefined) entry.version = found.version;
  if (found.meta !== undefined) entry.meta = found.meta;
  const older = asideList(await storage.getItem(asideKey));
  let dropped = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with no older copy the rest is false anyway (1 copy is within the count, and a copy over the byte cap returned above); the guard keeps the loop obviously finite
  while (older.length > 0 && (older.length + 1 > SET_ASIDE_MAX_COPIES || asideBytes(older) + bytes > SET_ASIDE_MAX_BYTES)) {
    older.shift();
    dropped++;
  }
  for (;;) {
    const kept = dropped > 0 ? { ...entry, note: droppedNote(dropped) } : entry;
    try {
      await storage.setItems([{ key: asideKey, value: [...older, kept] }, ...replace]);
      return { kept: true, dropped };
    } catch {
      if (older.length === 0) return { kept: false, bytes, why: 'no-room' };
      older.shift();
      dropped++;
    }
  }
}

const droppedNote = (n: number) =>
  `${n} older set-aside cop${n === 1 ? 'y was' : 'ies were'} dropped to keep this one (at most ${SET_ASIDE_MAX_COPIES} copies and ${kilobytes(SET_ASIDE_MAX_BYTES)} are kept).`;

/** Why a copy could not be kept, in words for the caseworker. */
export function notKeptReason(result: Extract<MoveResult, { kept: false }>): string {
  return result.why === 'too-large'
    ? `it is too large to keep a copy aside (${kilobytes(result.bytes)}; at most ${kilobytes(SET_ASIDE_MAX_BYTES)} are kept)`
    : `there is no room left in the browser's extension storage to keep a copy aside (${kilobytes(result.bytes)})`;
}


/**
 * Records in the set-aside list that unreadable data was left in place (the entry holds no copy),
 * so the popup, which reads the lists, says so and offers to clear it. Once, while it stays so.
 */
export async function noteLeftInPlace(asideKey: StorageItemKey, reason: string): Promise<void> {
  const list = asideList(await storage.getItem(asideKey));
  if (list.at(-1)?.reason === reason) return;
  await storage.setItem(asideKey, [...list, { at: new Date().toISOString(), reason, bytes: 0, data: null }]).catch(() => undefined);
}
