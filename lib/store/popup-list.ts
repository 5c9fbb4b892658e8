/**
 * The popup's list of tracked cases: one read path, one fallback.
 *
 * Path: the background (the cases' single writer) keeps, beside the cases, the rows the popup
 * shows (lib/tracking/popup-view.ts): the store rebuilds them after each write, and
 * entrypoints/background/popup-view-keeper.ts when the settings change or someone else wrote the
 * cases. The popup reads only those rows and the stamp that says whether they are current. A
 * small classic script in popup.html's head (entrypoints/popup-early-read.ts) starts that read
 * before the page's styles and modules load, and hands it over on a global; the module entry
 * (entrypoints/popup/mount.tsx) takes it, so the first render already shows the list. Rows are
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
import type { Settings } from '../settings';
import { type PopupView, readPopupView, viewFits, type ViewSettings } from '../tracking/popup-view';
import { asideOf, type Aside } from './set-aside-list';
import { POPUP_VIEW_READ_KEYS, STORAGE_KEYS, TRACKED_CASES_VERSION } from './tracked-cases-keys';

/** What the list is drawn from: the precomputed rows (the path) or the background's cases (the fallback). */
export type PopupList = ({ view: PopupView } & Aside) | TrackedCasesAnswer;

/** The defaults of lib/settings.ts (the type pins the version), without loading zod. */
export const UNSET_SETTINGS: Settings = { schemaVersion: 1 };

interface EarlyReads {
  /** The rows and what says whether they are current (POPUP_VIEW_READ_KEYS). */
  rows?: Promise<Record<string, unknown>>;
  settings?: Promise<Settings | undefined>;
}

const HANDOFF = 'ctmPopupEarlyReads';
const handoff = globalThis as { [HANDOFF]?: EarlyReads };

/**
 * The browser's own promise-based storage (Chrome MV3's `chrome`, Firefox's `browser`): the early
 * read runs before webextension-polyfill could load, and needs nothing it adds.
 */
type LocalArea = { get(keys: string[]): Promise<Record<string, unknown>> };
function localArea(): LocalArea {
  const g = globalThis as { browser?: { storage?: { local: LocalArea } }; chrome?: { storage: { local: LocalArea } } };
  return (g.browser?.storage ?? g.chrome!.storage).local;
}

/**
 * The settings when the caseworker has stored none: the defaults, known without the settings
 * schema. Undefined means "load and validate them" (lib/store/settings-item.ts). Enterprise policy
 * is not waited for here: Chromium's first read of managed storage in a session takes seconds.
 * use-settings.ts applies it as soon as it is read.
 */
async function unsetSettings(local: LocalArea): Promise<Settings | undefined> {
  const own = await local.get(['settings']);
  return own.settings === undefined || own.settings === null ? UNSET_SETTINGS : undefined;
}

/** Starts the reads, once per page (the module entry calls it too, in case the early script did not run). */
export function startEarlyRead(): void {
  if (handoff[HANDOFF]) return;
  const local = localArea();
  const rows = local.get(POPUP_VIEW_READ_KEYS);
  // A failed read is retried by the hook that takes it; keep it from being reported as unhandled.
  rows.catch(() => undefined);
  handoff[HANDOFF] = { rows, settings: unsetSettings(local).catch(() => undefined) };
}

/** The early read of the rows, once; undefined when it was taken or never started. */
export function takeEarlyRows(): Promise<Record<string, unknown>> | undefined {
  const reads = handoff[HANDOFF];
  const taken = reads?.rows;
  if (reads) reads.rows = undefined;
  return taken;
}

export function takeEarlySettings(): Promise<Settings | undefined> | undefined {
  const reads = handoff[HANDOFF];
  const taken = reads?.settings;
  if (reads) reads.settings = undefined;
  return taken;
}

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
