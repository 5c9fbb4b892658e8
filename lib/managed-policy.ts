/**
 * Plan-wide settings preset by IT through enterprise policy (docs/admin/): Chrome/Edge policy
 * against public/managed_schema.json, or Firefox policies.json "3rdparty". Each policy value is
 * validated with the settings file's own schema; a valid one wins over the user's and is locked,
 * an invalid one is reported and not used. No policy at all (the usual case) is quiet.
 * Reading the policy from the browser is lib/store/managed-settings.ts.
 */
import { SETTINGS_SCHEMA_VERSION, shownKey, validateSettings, type Settings } from './settings';

/** The settings a policy may set: everything in the file but its version. */
export const MANAGED_KEYS = ['organization', 'contracts', 'caseworker', 'mailboxes', 'timeZone', 'budgets', 'handedOverAskDays'] as const;
export type ManagedKey = (typeof MANAGED_KEYS)[number];

export type ManagedSettings = {
  /** Valid policy values, which override the user's. */
  values: Partial<Pick<Settings, ManagedKey>>;
  /** The keys set by policy: shown locked, and an imported file cannot change them. */
  locked: ManagedKey[];
  /** Policy values that were not used, and why. */
  problems: string[];
};

export const NO_POLICY: ManagedSettings = { values: {}, locked: [], problems: [] };

const isKnown = (key: string): key is ManagedKey => (MANAGED_KEYS as readonly string[]).includes(key);

/** Validates what the managed area holds, key by key, so one bad policy value spoils nothing else. */
export function validateManaged(raw: unknown): ManagedSettings {
  if (raw === null || raw === undefined) return NO_POLICY;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { ...NO_POLICY, problems: ['The enterprise policy for CTM Assist is not an object of settings; it is ignored.'] };
  }
  const values: Record<string, unknown> = {};
  const locked: ManagedKey[] = [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isKnown(key)) {
      problems.push(`Policy setting ${shownKey(key)} is not a CTM Assist setting; it is ignored.`);
      continue;
    }
    const result = validateSettings({ schemaVersion: SETTINGS_SCHEMA_VERSION, [key]: value });
    if (result.ok) {
      values[key] = result.settings[key];
      locked.push(key);
    } else {
      problems.push(`Policy setting ${result.errors.join(' ')} It is not used.`);
    }
  }
  return { values: values as ManagedSettings['values'], locked, problems };
}

/** The settings in force: the user's, with every valid policy value in its place. */
export function applyManaged(user: Settings, managed: ManagedSettings): Settings {
  return { ...user, ...managed.values };
}
