/**
 * Where the tracked cases live in storage, free of zod and of the store, so the popup's list can
 * read its rows (popup-list.ts) while the store (tracked-cases.ts) writes them.
 */
import { ASIDE_KEYS } from './set-aside-list';

export const TRACKED_CASES_VERSION = 2;

/** storage.local keys; WXT's items add the `local:` area prefix and keep their version in `KEY$`. */
export const STORAGE_KEYS = {
  cases: 'trackedCases',
  meta: 'trackedCases$',
  archive: 'trackedCases.archive',
  quarantine: 'trackedCases.quarantine',
  /** The popup's precomputed rows (lib/tracking/popup-view.ts), derived from the cases. */
  popupView: 'trackedCases.rows',
} as const;


/** What the popup reads first: the precomputed rows and what tells whether they are current (no cases). */
export const POPUP_VIEW_READ_KEYS = [STORAGE_KEYS.popupView, STORAGE_KEYS.meta, ...ASIDE_KEYS];

export const TRACKED_CASES_KEY = `local:${STORAGE_KEYS.cases}` as const;
export const ARCHIVE_KEY = `local:${STORAGE_KEYS.archive}` as const;
export const QUARANTINE_KEY = `local:${STORAGE_KEYS.quarantine}` as const;
export const POPUP_VIEW_KEY = `local:${STORAGE_KEYS.popupView}` as const;
/** WXT keeps an item's meta under its key plus `$`. */
export const TRACKED_CASES_META_KEY = `local:${STORAGE_KEYS.meta}` as const;
