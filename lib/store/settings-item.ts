/**
 * The plan settings in extension storage. The value carries its own `schemaVersion` (the
 * settings file's), so files and storage share one migration path in lib/settings.ts. Stored
 * settings that cannot be read are copied aside and reported, never silently replaced.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../settings';

export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null });
/** Where unreadable stored settings are kept, untouched, for the admin to recover. */
export const unreadableSettingsItem = storage.defineItem<unknown>('local:settings.unreadable', { fallback: null });

export type LoadedSettings = { settings: Settings; problem?: string };

export async function loadSettings(): Promise<LoadedSettings> {
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

export function watchSettings(onChange: () => void): () => void {
  return settingsItem.watch(onChange);
}
