/**
 * Chrome's storage.local quota on top of WXT's fake browser: a `set` whose result would pass
 * QUOTA_BYTES (10 MB without `unlimitedStorage`) is refused whole, with Chrome's message. Chrome
 * counts each key and its value's JSON. Sizes are kept per key, so megabyte values stay quick.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const CHROME_QUOTA_BYTES = 10 * 1024 * 1024;

const bytes = (key: string, value: unknown) => key.length + (JSON.stringify(value)?.length ?? 0);

/** Enforces the quota from now on (call it after fakeBrowser.reset()), until the returned function is called. */
export function enforceChromeQuota(quota = CHROME_QUOTA_BYTES): () => void {
  const local = fakeBrowser.storage.local;
  const { set, remove, clear } = local;
  let sizes: Map<string, number> | undefined;
  const known = async () => (sizes ??= new Map(Object.entries(await local.get(null)).map(([k, v]) => [k, bytes(k, v)])));
  local.set = async (items: Record<string, unknown>) => {
    const now = await known();
    const after = new Map(now);
    for (const [k, v] of Object.entries(items)) after.set(k, bytes(k, v));
    const total = [...after.values()].reduce((a, b) => a + b, 0);
    if (total > quota) throw new Error('Resource::kQuotaBytes quota exceeded');
    await set.call(local, items);
    sizes = after;
  };
  local.remove = async (keys: string | string[]) => {
    const now = await known();
    for (const k of typeof keys === 'string' ? [keys] : keys) now.delete(k);
    await remove.call(local, keys);
  };
  local.clear = async () => {
    sizes = undefined;
    await clear.call(local);
  };
  return () => {
    Object.assign(local, { set, remove, clear });
  };
}
