/**
 * The plan profile: the settings file schema of TEST-HOOKS.md (version 1), its validation with
 * messages that name the offending key, and migration of older files.
 */
import { z } from 'zod/mini';
import { DEFAULT_TIME_ZONE } from './time-zone';

export const SETTINGS_SCHEMA_VERSION = 1;

const CONTRACT = /^[HRSEFX9]\d{4}$/;
// Deliberately plain: one @, a dot in the domain, no spaces. Mail apps check the rest.
const EMAIL = /^[^\s@"<>,;]+@[^\s@"<>,;]+\.[^\s@"<>,;]+$/;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const email = z.string().check(z.regex(EMAIL, 'is not an email address'));

export const Settings = z.strictObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  organization: z.optional(z.string().check(z.trim(), z.minLength(1, 'is empty'))),
  contracts: z.optional(
    z.array(
      z.string().check(
        z.trim(),
        z.toUpperCase(),
        z.regex(CONTRACT, 'is not a contract number (a type letter H, R, S, E, F, X or 9 and four digits)'),
      ),
    ),
  ),
  caseworker: z.optional(z.string().check(z.trim(), z.minLength(1, 'is empty'))),
  mailboxes: z.optional(
    z.strictObject({
      leadRegionalOffice: z.optional(email),
      homeRegionPartD: z.optional(email),
      integriguard: z.optional(email),
    }),
  ),
  timeZone: z.optional(z.string().check(z.refine(isTimeZone, 'is not a known time zone'))),
  /** Calendar-day budgets that the 2007 SOP does not fix (DOMAIN.md "Issue levels and time"). */
  budgets: z.optional(
    z.strictObject({
      urgentDays: z.optional(z.int().check(z.positive('must be a positive number of days'))),
      noLevelDays: z.optional(z.int().check(z.positive('must be a positive number of days'))),
    }),
  ),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { schemaVersion: SETTINGS_SCHEMA_VERSION };
export { DEFAULT_TIME_ZONE };

export type SettingsResult =
  | { ok: true; settings: Settings }
  | { ok: false; errors: string[] };

/** Older schema versions, upgraded one step at a time. Empty until version 2 exists. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** Validates a settings object (already parsed JSON), migrating older versions. */
export function validateSettings(input: unknown): SettingsResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: ['The settings file must be a JSON object.'] };
  }
  let data = input as Record<string, unknown>;
  const version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: ['schemaVersion: must be a whole number (this version writes 1).'] };
  }
  if (version > SETTINGS_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        `schemaVersion: ${version} was written by a newer CTM Assist; this one reads up to ${SETTINGS_SCHEMA_VERSION}. Update the extension.`,
      ],
    };
  }
  for (let v = version; v < SETTINGS_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, errors: [`schemaVersion: no migration from version ${v}.`] };
    data = { ...step(data), schemaVersion: v + 1 };
  }
  const parsed = Settings.safeParse(data);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => describeIssue(issue, data)) };
}

/** Parses and validates the text of a settings file. */
export function parseSettingsFile(text: string): SettingsResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`Not valid JSON: ${(error as Error).message}`] };
  }
  return validateSettings(json);
}

export function settingsFileText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };

function describeIssue(issue: Issue, data: unknown): string {
  const key = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
  if (issue.code === 'unrecognized_keys') {
    const prefix = key ? `${key}.` : '';
    return (issue.keys ?? []).map((k) => `${prefix}${k}: is not a known setting.`).join(' ');
  }
  const value = issue.path.reduce<unknown>(
    (at, p) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[p] : undefined),
    data,
  );
  const shown = typeof value === 'string' ? `"${value}" ` : '';
  const message = issue.message === 'Invalid input' ? 'has the wrong type or value' : issue.message;
  return `${key}: ${shown}${message}.`;
}

export type SettingsByKeyResult =
  | { ok: true; settings: Settings }
  | { ok: false; errors: string[]; byKey: Record<string, string[]> };

/**
 * validateSettings, with each message also filed under the setting it names (`organization`,
 * `contracts[1]`, `mailboxes.leadRegionalOffice`), so a form can show it by its field. One set of
 * rules for the form and the file.
 */
export function validateSettingsByKey(input: unknown): SettingsByKeyResult {
  const result = validateSettings(input);
  if (result.ok) return result;
  const byKey: Record<string, string[]> = {};
  for (const error of result.errors) {
    const at = error.indexOf(': ');
    const key = at > 0 ? error.slice(0, at) : '';
    (byKey[key] ??= []).push(at > 0 ? error.slice(at + 2) : error);
  }
  return { ...result, byKey };
}
