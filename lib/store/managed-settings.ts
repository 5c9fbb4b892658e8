/**
 * Reads enterprise policy (lib/managed-policy.ts says what it may set and how it is checked) from
 * the browser's managed storage area, and follows its changes.
 */
import { storage } from 'wxt/utils/storage';
import { MANAGED_KEYS } from '../managed-policy';

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
  // Stryker disable next-line ConditionalExpression: an answer in time has already run the read's own callback (registered first), so `late` is never read again
  if (answer === POLICY_PENDING) current.late = true;
  return answer;
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
