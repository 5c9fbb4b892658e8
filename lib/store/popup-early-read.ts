/**
 * The first step of the popup's read path (popup-list.ts): the storage reads started by a classic
 * script in popup.html's head, before the page's styles and module scripts load (module scripts
 * wait for styles, and the 1,000 rows then arrive while the list's code loads). That script and
 * the page's modules are separate bundles, so the reads are handed over on a global. Each read is
 * taken once; later reads (after a change) go to storage again. Imports nothing that runs code:
 * that script blocks the page's parser while it loads.
 */
import type { Settings } from '../settings';
import { POPUP_VIEW_READ_KEYS } from './tracked-cases-keys';

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
