/**
 * Keeps the popup's precomputed view (lib/tracking/popup-view.ts) in step with what it is derived
 * from. The store rebuilds it after each of its own writes; here it is rebuilt when the settings
 * change, when the extension starts or updates (a new view format), and when the cases or their
 * meta were written by anyone but the store (a restored profile, an older build, a test), whose
 * change carries no revision the store wrote.
 */
import { STORAGE_KEYS } from '../../lib/store/tracked-cases-keys';
import { trackedCaseStore } from '../../lib/store/tracked-cases';

export function restampPopupView(): void {
  trackedCaseStore()
    .restamp()
    .catch(() => undefined);
}

type Changes = Record<string, { newValue?: unknown }>;

/** Whether a storage change touched the cases without being the store's own write. */
export function changedBehindStore(changes: Changes, area: string, storeWrote: (rev: unknown) => boolean): boolean {
  if (area !== 'local') return false;
  if (!(STORAGE_KEYS.cases in changes) && !(STORAGE_KEYS.meta in changes)) return false;
  const meta = changes[STORAGE_KEYS.meta];
  return !meta || !storeWrote((meta.newValue as { rev?: unknown } | undefined)?.rev);
}

/** Starts watching; returns how to stop (for tests). */
export function watchForeignCaseWrites(): () => void {
  // The raw event, not one WXT watch per key: only it says which keys changed together.
  const onChanged = (changes: Changes, area: string) => {
    if (changedBehindStore(changes, area, (rev) => trackedCaseStore().wrote(rev))) restampPopupView();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
