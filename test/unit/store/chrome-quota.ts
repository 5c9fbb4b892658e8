/**
 * Chrome's storage.local quota on top of WXT's fake browser: a `set` whose result would pass
 * QUOTA_BYTES (10 MB without `unlimitedStorage`) is refused whole, with Chrome's message. Chrome
 * counts each key and its value's JSON.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const CHROME_QUOTA_BYTES = 10 * 1024 * 1024;

const bytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Enforces the quota until the returned function is called (fakeBrowser.reset does not undo it). */
export function enforceChromeQuota(quota = CHROME_QUOTA_BYTES): () => void {
  const local = fakeBrowser.storage.local;
  const set = local.set.bind(local);
  local.set = async (items: Record<string, unknown>) => {
    const now = await local.get(null);
    const after = { ...now, ...items };
    const total = Object.entries(after).reduce((sum, [k, v]) => sum + bytes(k, v), 0);
    if (total > quota) throw new Error('Resource::kQuotaBytes quota exceeded');
    return set(items);
  };
  return () => {
    local.set = set;
  };
}
