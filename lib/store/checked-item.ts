/**
 * A stored value validated on every read. One this build cannot read is moved to its set-aside
 * list (set-aside.ts) and reported; one too large to keep aside stays in place, is reported, and
 * blocks saves until the caseworker clears it, so it is never overwritten without their say.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { kilobytes, moveAside, noteLeftInPlace, notKeptReason, storedBytes } from './set-aside';

export type CheckedRead<T> = { value?: T; problem?: string; stuck?: boolean };

export interface CheckedItem<T> {
  readonly key: StorageItemKey;
  readonly asideKey: StorageItemKey;
  /** The value, or none; unreadable data is set aside first. Never throws on what is stored. */
  load(): Promise<CheckedRead<T>>;
  /** Saves `value`; refuses (throws with the reason) while an unreadable value could not be set aside. */
  save(value: T): Promise<void>;
  /** The caseworker's choice: removes an unreadable value that could not be kept aside, and the set-aside copies. */
  clearUnreadable(): Promise<void>;
}

/**
 * `what`: the data in words, as the start of a sentence ("Saved notification choices").
 * `parse`: the value when it is readable, else undefined.
 */
export function checkedItem<T>(key: StorageItemKey, asideKey: StorageItemKey, what: string, parse: (raw: unknown) => T | undefined): CheckedItem<T> {
  async function load(): Promise<CheckedRead<T>> {
    const raw = await storage.getItem<unknown>(key);
    // Stryker disable next-line ConditionalExpression: WXT's getItem answers null for a missing key, never undefined
    if (raw === null || raw === undefined) return {};
    const value = parse(raw);
    if (value !== undefined) return { value };
    const moved = await moveAside(asideKey, { reason: `${what} could not be read.`, data: raw }, [{ key, value: null }]);
    if (moved.kept) return { problem: `${what} could not be read; they were kept aside (${kilobytes(storedBytes(raw))}).` };
    const problem = `${what} could not be read, and ${notKeptReason(moved)}; they are left in place and nothing new is saved until they are cleared in the CTM Assist toolbar popup.`;
    await noteLeftInPlace(asideKey, problem);
    return { stuck: true, problem };
  }
  return {
    key,
    asideKey,
    load,
    async save(value) {
      const read = await load();
      if (read.stuck) throw new Error(read.problem);
      await storage.setItem(key, value);
    },
    clearUnreadable: async () => {
      if ((await load()).stuck) await storage.removeItem(key);
      await storage.removeItem(asideKey);
    },
  };
}
