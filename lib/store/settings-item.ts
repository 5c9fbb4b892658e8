/**
 * The plan settings in extension storage. The value carries its own `schemaVersion` (the
 * settings file's), so files and storage share one migration path in lib/settings.ts. Stored
 * settings that cannot be read are copied aside and reported, never silently replaced.
 * Enterprise policy (managed-settings.ts) is applied on top: policy values win.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../settings';
import { applyManaged, readManagedStorage, validateManaged, watchManaged, type ManagedSettings } from './managed-settings';

export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null });
/** Where unreadable stored settings are kept, untouched, for the admin to recover. */
export const unreadableSettingsItem = storage.defineItem<unknown>('local:settings.unreadable', { fallback: null });

export type LoadedSettings = {
  /** The settings in force: the user's with the policy's values over them. */
  settings: Settings;
  problem?: string;
  /** Present only when an enterprise policy sets (or tries to set) something. */
  managed?: ManagedSettings;
};

/** The user's stored settings with enterprise policy applied. `readManaged` is for tests. */
export async function loadSettings(readManaged: () => Promise<unknown> = readManagedStorage): Promise<LoadedSettings> {
  const [own, managedRaw] = await Promise.all([loadOwnSettings(), readManaged()]);
  const managed = validateManaged(managedRaw);
  if (managed.locked.length === 0 && managed.problems.length === 0) return own;
  return { ...own, settings: applyManaged(own.settings, managed), managed };
}

async function loadOwnSettings(): Promise<LoadedSettings> {
  const raw = await settingsItem.getValue();
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS };
  const result = validateSettings(raw);
  if (result.ok) return { settings: result.settings };
  await unreadableSettingsItem.setValue(raw);
  return {
    settings: DEFAULT_SETTINGS,
    problem: `The stored settings could not be read (${result.errors.join(' ')}) They are kept aside unchanged; import a valid settings file to replace them.`,
  };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** Calls back when the user's settings or the enterprise policy change. */
export function watchSettings(onChange: () => void): () => void {
  const stopOwn = settingsItem.watch(onChange);
  const stopManaged = watchManaged(onChange);
  return () => {
    stopOwn();
    stopManaged();
  };
}
