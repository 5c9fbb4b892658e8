/**
 * Reads enterprise policy (lib/managed-policy.ts says what it may set and how it is checked) from
 * the browser's managed storage area, and follows its changes.
 */
import { storage } from 'wxt/utils/storage';
import { MANAGED_KEYS } from '../managed-policy';

/** Reads the whole managed area. Firefox throws when no policy names the extension: that is no policy. */
export async function readManagedStorage(): Promise<unknown> {
  try {
    return await storage.snapshot('managed');
  } catch {
    return {};
  }
}

/** Calls back when IT changes a policy while the browser runs. Browsers without the event: no-op. */
export function watchManaged(onChange: () => void): () => void {
  try {
    const stops = MANAGED_KEYS.map((key) => storage.watch(`managed:${key}`, onChange));
    return () => stops.forEach((stop) => stop());
  } catch {
    return () => undefined;
  }
}
