/**
 * The plan profile: the settings file schema of TEST-HOOKS.md (version 1), its validation with
 * messages that name the offending key, and migration of older files.
 */
import { z } from 'zod/mini';
import { scanForPhi } from './email/phi-guard';
import { DEFAULT_TIME_ZONE } from './time-zone';

export const SETTINGS_SCHEMA_VERSION = 1;

/** Longest organization or caseworker name: room for any real one, small enough for every draft. */
export const NAME_SETTING_MAX = 200;
/** The longest address SMTP allows (RFC 5321). */
export const MAILBOX_MAX = 254;
export const CONTRACTS_MAX = 100;
const TIME_ZONE_MAX = 64;
/** A settings file is well under 2 KB; anything far bigger is not one. */
export const SETTINGS_FILE_MAX = 64 * 1024;
/** Errors listed at most; the rest are counted. */
const ERRORS_MAX = 20;

const CONTRACT = /^[HRSEFX9]\d{4}$/;
/** Line breaks, tabs and every other control character (C0, DEL, C1), and the Unicode line and paragraph separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
/**
 * A plain address and nothing more: no display name, no spaces, commas, angle brackets or query
 * (`?cc=`, `&bcc=` would add recipients to the mail link), and a dot in the domain.
 */
const PLAIN_ADDRESS = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/;

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** One line of text of at most `max` characters, trimmed. Checked before trimming: a trailing line break is refused, not hidden. */
const oneLine = (max: number) =>
  [
    z.maxLength(max, { error: `is longer than ${max} characters`, abort: true }),
    z.refine<string>((value) => !CONTROL.test(value), {
      error: 'holds a line break, tab or other control character; it must be one line of text',
      abort: true,
    }),
    z.trim(),
  ] as const;

/** Names are stored and go into emails: one that carries a beneficiary identifier would leak it, so the PHI guard's own patterns refuse it. */
const noBeneficiaryData = z.check<string>((ctx) => {
  const hit = scanForPhi(ctx.value)[0];
  if (hit) {
    ctx.issues.push({
      // Stryker disable next-line StringLiteral: describeIssue reads only the code 'unrecognized_keys'; any other code gives the same message
      code: 'custom',
      input: ctx.value,
      message: `holds what looks like ${hit.what}; settings must not hold beneficiary data`,
    });
  }
});

const nameText = z.string().check(...oneLine(NAME_SETTING_MAX), z.minLength(1, 'is empty'), noBeneficiaryData);

const email = z.string().check(
  ...oneLine(MAILBOX_MAX),
  z.regex(
    PLAIN_ADDRESS,
    'is not a plain email address (name@example.gov: one address, no spaces, commas, angle brackets, ? or &, and a dot in the domain)',
  ),
);

const contract = z.string().check(
  ...oneLine(16),
  z.toUpperCase(),
  z.regex(CONTRACT, 'is not a contract number (a type letter H, R, S, E, F, X or 9 and four digits)'),
);

export const Settings = z.strictObject({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  organization: z.optional(nameText),
  contracts: z.optional(
    z.array(contract).check(z.maxLength(CONTRACTS_MAX, `lists more than ${CONTRACTS_MAX} contracts`)),
  ),
  caseworker: z.optional(nameText),
  mailboxes: z.optional(
    z.strictObject({
      leadRegionalOffice: z.optional(email),
      homeRegionPartD: z.optional(email),
      integriguard: z.optional(email),
    }),
  ),
  timeZone: z.optional(
    z.string().check(
      z.maxLength(TIME_ZONE_MAX, { error: 'is not a known time zone', abort: true }),
      z.refine(isTimeZone, 'is not a known time zone'),
    ),
  ),
  /** Calendar-day budgets that the 2007 SOP does not fix (DOMAIN.md "Issue levels and time"). */
  budgets: z.optional(
    z.strictObject({
      urgentDays: z.optional(z.int().check(z.positive('must be a positive number of days'))),
      noLevelDays: z.optional(z.int().check(z.positive('must be a positive number of days'))),
    }),
  ),
  /**
   * Days a handed-over case (its reassignment request sends it out of the plan) may go unopened
   * before the popup asks once whether it is gone. CTM Assist's own choice; empty: 14.
   */
  handedOverAskDays: z.optional(
    z.int().check(z.positive('must be a positive number of days'), z.lte(365, 'must be at most 365 days')),
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
  // Number.isInteger is false for anything that is not a number.
  const version = Number.isInteger(data.schemaVersion) ? (data.schemaVersion as number) : 0;
  if (version < 1) {
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
  // No version before 1 exists, so until version 2 does, version is 1 here and the loop never runs.
  // Stryker disable next-line ConditionalExpression,UpdateOperator,BlockStatement: never runs while version 1 is the only version
  for (let v = version; v < SETTINGS_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    // Stryker disable next-line BooleanLiteral,ConditionalExpression,ObjectLiteral,ArrayDeclaration,StringLiteral: never runs while version 1 is the only version
    if (!step) return { ok: false, errors: [`schemaVersion: no migration from version ${v}.`] };
    // Stryker disable next-line ObjectLiteral,ArithmeticOperator: never runs while version 1 is the only version
    data = { ...step(data), schemaVersion: v + 1 };
  }
  const parsed = Settings.safeParse(data);
  if (parsed.success) return { ok: true, settings: parsed.data };
  const errors = parsed.error.issues.flatMap(describeIssue);
  if (errors.length <= ERRORS_MAX) return { ok: false, errors };
  return { ok: false, errors: [...errors.slice(0, ERRORS_MAX), `…and ${errors.length - ERRORS_MAX} more problems.`] };
}

/** The errors of one setting alone (`[]`: the value is valid), for a form field or a policy value. */
export function validateSettingValue(key: Exclude<keyof Settings, 'schemaVersion'>, value: unknown): string[] {
  const result = validateSettings({ schemaVersion: SETTINGS_SCHEMA_VERSION, [key]: value });
  return result.ok ? [] : result.errors;
}

const UTF16_MESSAGE = 'This file is UTF-16; save it as UTF-8 and import it again.';

/**
 * The text of a settings file chosen from disk: UTF-8 with or without a byte-order mark, or
 * UTF-16 (told by its byte-order mark, or by the zero bytes beside every ASCII character).
 */
export function decodeSettingsFile(bytes: Uint8Array): string {
  const [b0, b1] = [bytes[0], bytes[1]];
  let encoding = 'utf-8';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 !== 0 && b1 === 0)) encoding = 'utf-16le';
  else if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 !== 0 && bytes.length > 1)) encoding = 'utf-16be';
  // TextDecoder drops the byte-order mark of its own encoding.
  return new TextDecoder(encoding).decode(bytes);
}

/** UTF-16 read as if it were UTF-8: zero characters, or its byte-order mark as replacement or Latin-1 characters. */
function looksLikeUtf16(text: string): boolean {
  return text.includes('\u0000') || /^(?:\uFFFD\uFFFD|\u00FF\u00FE|\u00FE\u00FF)/.test(text);
}

/** Where JSON.parse stopped, when the browser says, without its excerpt of the text (which may hold anything). */
function jsonErrorPlace(text: string, error: unknown): string {
  // JSON.parse throws a SyntaxError, whose text is "SyntaxError: " and its message.
  const message = String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` (line ${lineColumn[1]}, column ${lineColumn[2]})`;
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return '';
  const before = text.slice(0, Number(position));
  return ` (line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')})`;
}

/** Parses and validates the text of a settings file. */
export function parseSettingsFile(input: string): SettingsResult {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.length > SETTINGS_FILE_MAX) {
    return { ok: false, errors: [`The text is longer than ${SETTINGS_FILE_MAX / 1024} KB; a settings file is far smaller. Check that this is the settings file.`] };
  }
  if (looksLikeUtf16(text)) return { ok: false, errors: [UTF16_MESSAGE] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`Not valid JSON${jsonErrorPlace(text, error)}: check the quotes, commas and braces.`] };
  }
  return validateSettings(json);
}

export function settingsFileText(settings: Settings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };

/** A key as written in the file, unless it is long or unusual: then only its length (keys can hold anything). */
export function shownKey(key: string): string {
  return /^[\w.-]{1,40}$/.test(key) ? key : `(a key of ${key.length} characters)`;
}

/** "key: message." naming the key, never repeating the value (it may be long, or hold beneficiary data). */
function describeIssue(issue: Issue): string[] {
  const key = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : shownKey(String(p))))
    .join('.')
    .replace(/\.\[/g, '[');
  if (issue.code === 'unrecognized_keys') {
    const prefix = key ? `${key}.` : '';
    // Stryker disable next-line ArrayDeclaration: zod always lists the keys of an unrecognized_keys issue
    return (issue.keys ?? []).map((k) => `${prefix}${shownKey(k)}: is not a known setting.`);
  }
  const message = issue.message === 'Invalid input' ? 'has the wrong type or value' : issue.message;
  return [`${key}: ${message}.`];
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
    // Messages about the whole file ("must be a JSON object", "…and 3 more problems.") name no key.
    const at = error.indexOf(': ');
    const [key, message] = at === -1 ? ['', error] : [error.slice(0, at), error.slice(at + 2)];
    (byKey[key] ??= []).push(message);
  }
  return { ...result, byKey };
}
