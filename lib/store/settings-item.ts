/**
 * The plan settings in extension storage. The value carries its own `schemaVersion` (the
 * settings file's), so files and storage share one migration path in lib/settings.ts. Stored
 * settings that cannot be read are copied aside and reported, never silently replaced.
 * Enterprise policy (lib/managed-policy.ts) is applied on top: policy values win.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../settings';
import { applyManaged, validateManaged, type ManagedSettings } from '../managed-policy';
import { POLICY_PENDING, readManagedWithin, watchManaged } from './managed-settings';

// Stryker disable next-line ObjectLiteral: WXT's getValue answers null for a missing key when no fallback is given
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: null });
/** Where unreadable stored settings are kept, untouched, for the admin to recover. */
// Stryker disable next-line ObjectLiteral: WXT's getValue answers null for a missing key when no fallback is given
export const unreadableSettingsItem = storage.defineItem<unknown>('local:settings.unreadable', { fallback: null });

export type LoadedSettings = {
  /** The settings in force: the user's with the policy's values over them. */
  settings: Settings;
  problem?: string;
  /**
   * Present when stored settings could not be read: `kept` when a copy was set aside, `not-kept`
   * when it could not be (storage full, or unreadable storage), so the page offers to clear them.
   */
  unreadable?: 'kept' | 'not-kept';
  /** Present only when an enterprise policy sets (or tries to set) something. */
  managed?: ManagedSettings;
  /** The user's own stored settings, without the policy's values (what the settings form edits). */
  own?: Settings;
  /** The browser had not answered the policy read in time: the settings are the user's alone for now. */
  policyPending?: true;
};

/**
 * The user's stored settings with enterprise policy applied. Never rejects, and never waits on the
 * policy for long (readManagedWithin). `readManaged` is for tests.
 */
export async function loadSettings(readManaged: () => Promise<unknown> = readManagedWithin): Promise<LoadedSettings> {
  const [own, managedRaw] = await Promise.all([loadOwnSettings(), readManaged().catch(() => ({}))]);
  if (managedRaw === POLICY_PENDING) return { ...own, policyPending: true };
  const managed = validateManaged(managedRaw);
  if (managed.locked.length === 0 && managed.problems.length === 0) return own;
  return { ...own, settings: applyManaged(own.settings, managed), managed, own: own.settings };
}

/** Validation messages can quote a stored value of any size: show a few, each short. */
const MAX_REASONS = 3;
const MAX_REASON_CHARS = 200;
function reasons(errors: string[]): string {
  const shown = errors.slice(0, MAX_REASONS).map((e) => (e.length > MAX_REASON_CHARS ? `${e.slice(0, MAX_REASON_CHARS)}…` : e));
  const more = errors.length > MAX_REASONS ? ` And ${errors.length - MAX_REASONS} more.` : '';
  return `${shown.join(' ')}${more}`;
}

async function loadOwnSettings(): Promise<LoadedSettings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch {
    return {
      settings: DEFAULT_SETTINGS,
      unreadable: 'not-kept',
      problem: 'The stored settings could not be read from browser storage. The defaults apply; on the options page, save or import settings to replace them.',
    };
  }
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS };
  const result = validateSettings(raw);
  if (result.ok) return { settings: result.settings };
  const why = `The stored settings could not be read (${reasons(result.errors)})`;
  const size = storedSize(raw);
  if (size > MAX_KEPT_ASIDE_CHARS) {
    return {
      settings: DEFAULT_SETTINGS,
      unreadable: 'not-kept',
      problem: `${why} At ${megabytes(size)} they are far larger than any settings file, too large to keep a copy aside. The defaults apply; on the options page, save or import settings to replace them, or clear them.`,
    };
  }
  try {
    await unreadableSettingsItem.setValue(raw);
  } catch {
    return {
      settings: DEFAULT_SETTINGS,
      unreadable: 'not-kept',
      problem: `${why} They could not be kept aside: the browser's storage for this extension is full. The defaults apply; on the options page, save or import settings to replace them, or clear them.`,
    };
  }
  return {
    settings: DEFAULT_SETTINGS,
    unreadable: 'kept',
    problem: `${why} They are kept aside unchanged; import a valid settings file to replace them.`,
  };
}

/**
 * A settings file is a few kilobytes. A stored value far beyond that is junk, not a profile worth
 * recovering: copying it aside would only fill the storage quota (and be retried on every read).
 */
const MAX_KEPT_ASIDE_CHARS = 256 * 1024;

function storedSize(value: unknown): number {
  try {
    // Stryker disable next-line OptionalChaining: a value read from storage always has a JSON form, so stringify never answers undefined here
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

const megabytes = (chars: number) => (Number.isFinite(chars) ? `${(chars / 1_048_576).toFixed(1)} MB` : 'an unmeasurable size');

/** Removes the user's stored settings (the defaults apply), e.g. an unreadable value that could not be kept aside. */
export async function clearStoredSettings(): Promise<void> {
  await settingsItem.removeValue();
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
