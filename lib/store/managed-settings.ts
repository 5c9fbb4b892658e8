/**
 * Plan-wide settings preset by IT through enterprise policy (docs/admin/): Chrome/Edge policy
 * against public/managed_schema.json, or Firefox policies.json "3rdparty". Each policy value is
 * validated with the settings file's own schema; a valid one wins over the user's and is locked,
 * an invalid one is reported and not used. No policy at all (the usual case) is quiet.
 */
import { storage } from 'wxt/utils/storage';
import { SETTINGS_SCHEMA_VERSION, shownKey, validateSettings, type Settings } from '../settings';

/** The settings a policy may set: everything in the file but its version. */
export const MANAGED_KEYS = ['organization', 'contracts', 'caseworker', 'mailboxes', 'timeZone', 'budgets'] as const;
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

/** Reads the whole managed area. Firefox throws when no policy names the extension: that is no policy. */
export async function readManagedStorage(): Promise<unknown> {
  try {
    return await storage.snapshot('managed');
  } catch {
    return {};
  }
}

/** What a bounded policy read answers while the browser has not answered yet. */
export const POLICY_PENDING = Symbol('policy pending');

/** How long a settings read waits for the policy before going on without it. */
export const POLICY_WAIT_MS = 1_500;
/** A read still unanswered after this long is given up on: the next one asks the browser again. */
const POLICY_ABANDON_MS = 30_000;

let inFlight: { answer: Promise<unknown>; started: number; late: boolean } | undefined;
const lateListeners = new Set<() => void>();

/**
 * The managed area, or POLICY_PENDING when the browser has not answered within `waitMs` of the
 * read starting. Chromium answers the first read of a session only once its policy service is
 * ready (1.7–9 s measured here), and in a browser driven over CDP it may never answer: a settings
 * read must not wait on it for ever, or nothing is tracked. One read is in flight at a time; when
 * an answer comes after someone gave up on it, `watchManaged` listeners hear of it.
 */
export async function readManagedWithin(
  waitMs = POLICY_WAIT_MS,
  read: () => Promise<unknown> = readManagedStorage,
  now: () => number = Date.now,
): Promise<unknown> {
  if (!inFlight || now() - inFlight.started > POLICY_ABANDON_MS) {
    const current = { answer: read(), started: now(), late: false };
    inFlight = current;
    void current.answer.then(
      () => {
        if (inFlight === current) inFlight = undefined;
        if (current.late) lateListeners.forEach((listener) => listener());
      },
      () => {
        if (inFlight === current) inFlight = undefined;
      },
    );
  }
  const current = inFlight;
  const left = Math.max(0, current.started + waitMs - now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof POLICY_PENDING>((resolve) => (timer = setTimeout(() => resolve(POLICY_PENDING), left)));
  const answer = await Promise.race([current.answer.catch(() => ({})), timeout]);
  clearTimeout(timer);
  if (answer === POLICY_PENDING) current.late = true;
  return answer;
}

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

/** Calls back when IT changes a policy while the browser runs. Browsers without the event: no-op. */
export function watchManaged(onChange: () => void): () => void {
  lateListeners.add(onChange);
  try {
    const stops = MANAGED_KEYS.map((key) => storage.watch(`managed:${key}`, onChange));
    return () => {
      lateListeners.delete(onChange);
      stops.forEach((stop) => stop());
    };
  } catch {
    return () => lateListeners.delete(onChange);
  }
}
