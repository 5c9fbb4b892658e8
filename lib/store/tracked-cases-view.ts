/**
 * A read-only view of the tracked cases for the popup. Reading storage directly saves the round
 * trip through the background (about half the popup's start-up with 1,000 cases). Anything that
 * needs a write (an old or newer storage version, a case that does not validate) is left to the
 * background, the single writer, which sets it aside and reports it: `needsBackground`.
 */
import { storage } from 'wxt/utils/storage';
import { TrackedCase } from '../tracking/tracked-case';
import { TRACKED_CASES_VERSION } from './tracked-cases-migrations';
import { QUARANTINE_KEY, TRACKED_CASES_KEY, type QuarantineEntry } from './tracked-cases';

export type TrackedCasesView = { cases: TrackedCase[]; problem?: string } | { needsBackground: true };

/** What the caseworker is told while data is kept aside (every read, not only the one that found it). */
export function setAsideProblem(aside: readonly QuarantineEntry[]): string | undefined {
  const last = aside[aside.length - 1];
  if (!last) return undefined;
  const count = aside.length === 1 ? 'Some tracked-case data was' : `Tracked-case data was ${aside.length} times`;
  return `${count} set aside, not deleted (last on ${last.at.slice(0, 10)}): ${last.reason}`;
}

export async function readTrackedCasesView(): Promise<TrackedCasesView> {
  const [raw, meta, aside] = await Promise.all([
    storage.getItem<unknown>(TRACKED_CASES_KEY),
    storage.getMeta<{ v?: unknown }>(TRACKED_CASES_KEY),
    storage.getItem<QuarantineEntry[]>(QUARANTINE_KEY, { fallback: [] }),
  ]);
  const problem = setAsideProblem(Array.isArray(aside) ? aside : []);
  if (raw === null || raw === undefined) return problem ? { cases: [], problem } : { cases: [] };
  if (meta.v !== TRACKED_CASES_VERSION || typeof raw !== 'object' || Array.isArray(raw)) return { needsBackground: true };
  const cases: TrackedCase[] = [];
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const parsed = TrackedCase.safeParse(value);
    if (!parsed.success || parsed.data.complaintId !== id) return { needsBackground: true };
    cases.push(parsed.data);
  }
  return problem ? { cases, problem } : { cases };
}
