/**
 * The popup's storage reads, started by main.tsx before the rest of the popup's code has loaded,
 * so the browser fetches 1,000 cases while that code compiles. Each promise is taken once; later
 * reads (after a change) go to storage again.
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../../lib/settings';
import { readViewItems } from '../../lib/store/tracked-cases-view';

/** The defaults of lib/settings.ts (the type pins the version), without loading zod. */
export const UNSET_SETTINGS: Settings = { schemaVersion: 1 };

/**
 * The settings when the caseworker has stored none: the defaults, known without the settings
 * schema. Undefined means "load and validate them" (lib/store/settings-item.ts). Enterprise policy
 * is not waited for here: Chromium's first read of managed storage in a session takes seconds.
 * use-settings.ts applies it as soon as it is read, as the popup always did.
 */
async function unsetSettings(): Promise<Settings | undefined> {
  const own = await browser.storage.local.get('settings');
  return own.settings === undefined || own.settings === null ? UNSET_SETTINGS : undefined;
}

let cases: Promise<Record<string, unknown>> | undefined;
let settings: Promise<Settings | undefined> | undefined;

export function startEarlyRead(): void {
  cases = readViewItems();
  settings = unsetSettings().catch(() => undefined);
  // A failed read is retried by the hook that takes it; keep it from being reported as unhandled.
  cases.catch(() => undefined);
}

/** The early read of the tracked cases, once; undefined when it was taken or never started. */
export function takeEarlyCases(): Promise<Record<string, unknown>> | undefined {
  const taken = cases;
  cases = undefined;
  return taken;
}

export function takeEarlySettings(): Promise<Settings | undefined> | undefined {
  const taken = settings;
  settings = undefined;
  return taken;
}
