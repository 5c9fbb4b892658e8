/**
 * The popup's list of tracked cases: one read path, one fallback.
 *
 * Path: the background (the cases' single writer) keeps, beside the cases, the rows the popup
 * shows (lib/tracking/popup-view.ts): the store rebuilds them after each write, and
 * entrypoints/background/popup-view-keeper.ts when the settings change or someone else wrote the
 * cases. The popup reads only those rows and the stamp that says whether they are current. A
 * small classic script in popup.html's head (entrypoints/popup-early-read.ts) starts that read
 * before the page's styles and modules load, and hands it over on a global (popup-early-read.ts
 * here, a file of its own so that script stays a few hundred bytes); the module entry
 * (entrypoints/popup/mount.ts) takes it, so the first render already shows the list. Rows are
 * used when they were built from the cases stored now (same revision, current storage version)
 * with the settings in force (checked again once policy is read).
 *
 * Fallback: whenever the rows are not usable (none yet, behind a write, other settings, damaged,
 * another storage version), the popup asks the background for the cases (`trackedCases`), which
 * validates them, sets aside what is damaged and says so (entrypoints/background/popup-messages.ts).
 *
 * After that, each storage change to the cases, their rows or a set-aside list reads again the
 * same way (entrypoints/popup/use-tracked-cases.ts). Free of zod and of the store, so the list
 * does not wait for them to load.
 */
import { browser } from 'wxt/browser';
import type { TrackedCasesAnswer } from '../messages';
import { type PopupView, readPopupView, viewFits, type ViewSettings } from '../tracking/popup-view';
import { asideOf, type Aside } from './set-aside-list';
import { POPUP_VIEW_READ_KEYS, STORAGE_KEYS, TRACKED_CASES_VERSION } from './tracked-cases-keys';

/** What the list is drawn from: the precomputed rows (the path) or the background's cases (the fallback). */
export type PopupList = ({ view: PopupView } & Aside) | TrackedCasesAnswer;

/** A later read of the rows (after a change): the same keys as the early one. */
export function readRowItems(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(POPUP_VIEW_READ_KEYS);
}

/**
 * The rows in `items` (a read of POPUP_VIEW_READ_KEYS) when they are current and made with
 * `settings` (undefined: not known yet, checked when they are); undefined means "ask the background".
 */
export function currentRows(items: Record<string, unknown> | undefined, settings: ViewSettings | undefined): ({ view: PopupView } & Aside) | undefined {
  const meta = items?.[STORAGE_KEYS.meta] as { v?: unknown } | undefined;
  if (!items || meta?.v !== TRACKED_CASES_VERSION) return undefined;
  const view = readPopupView(items[STORAGE_KEYS.popupView], meta);
  if (!view || (settings && !viewFits(view, settings))) return undefined;
  return { view, ...asideOf(items) };
}

/**
 * The list, read afresh: the current rows, else (the fallback) `askBackground`, the popup's
 * `trackedCases` message. `skipRows`: ask at once (the rows were made with other settings).
 */
export async function loadPopupList(settings: ViewSettings | undefined, askBackground: () => Promise<TrackedCasesAnswer>, skipRows = false): Promise<PopupList> {
  const rows = skipRows ? undefined : currentRows(await readRowItems(), settings);
  return rows ?? askBackground();
}

/** The storage.local keys whose change means "read the list again". */
export const POPUP_LIST_KEYS: readonly string[] = [STORAGE_KEYS.cases, ...POPUP_VIEW_READ_KEYS];
