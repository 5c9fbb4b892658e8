/**
 * Tracked-case data that cannot be read (corrupt, a newer version, a failed migration) is set
 * aside under `local:trackedCases.quarantine` with the reason (set-aside.ts keeps the copies),
 * never wiped silently; the caller passes the returned problem on to the UI.
 */
import { moveAside, notKeptReason, type Replacement, type SetAsideEntry } from './set-aside';
import { QUARANTINE_KEY } from './tracked-cases-keys';

/** A copy of tracked-case data set aside (set-aside.ts). */
export type QuarantineEntry = SetAsideEntry;

const CLEAR_HINT = 'use “Clear the unreadable copy” in the CTM Assist toolbar popup to start tracking afresh';

/**
 * Sets `data` aside and stores `replace` in the same write. When it cannot be kept aside, nothing
 * is written: the data stays where it is and the problem says how to clear it.
 */
export async function setAside(what: string, data: unknown, version: number | undefined, replace: Replacement[], meta?: unknown): Promise<{ problem: string; stuck?: true }> {
  // moveAside stores a version or stamp only when there is one.
  const moved = await moveAside(QUARANTINE_KEY, { reason: what, data, version, meta }, replace);
  // Stryker disable next-line Regex: the reasons hold no line break and no '.' before their first ';' or their end
  if (!moved.kept) return { problem: `${what.replace(/;.*$|\.$/, '')}, and ${notKeptReason(moved)}. They are left in place and nothing new is tracked; ${CLEAR_HINT}.`, stuck: true };
  return { problem: what };
}
