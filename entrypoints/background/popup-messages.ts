/** Answers the popup: the tracked cases (with any storage problem) and the done mark. */
import type { TrackedCasesAnswer } from '../../lib/messages';
import { SetCaseDoneSchema } from '../../lib/message-schemas';
import { loadTrackedCases, setTrackedCaseDone, trackedCaseStore } from '../../lib/store/tracked-cases';

/**
 * A read sets damaged data aside once and says so; later reads still report what is kept aside,
 * so the popup keeps telling the caseworker until the data is dealt with.
 */
export async function handleTrackedCases(): Promise<TrackedCasesAnswer> {
  const { cases, problem } = await loadTrackedCases();
  if (problem) return { cases, problem };
  const aside = await trackedCaseStore().quarantined();
  const last = aside[aside.length - 1];
  if (!last) return { cases };
  const count = aside.length === 1 ? 'Some tracked-case data was' : `Tracked-case data was ${aside.length} times`;
  return { cases, problem: `${count} set aside, not deleted (last on ${last.at.slice(0, 10)}): ${last.reason}` };
}

export async function handleSetCaseDone(data: unknown): Promise<TrackedCasesAnswer> {
  const parsed = SetCaseDoneSchema.safeParse(data);
  if (!parsed.success) throw new Error('setCaseDone: invalid message');
  await setTrackedCaseDone(parsed.data.complaintId, parsed.data.done);
  return handleTrackedCases();
}
