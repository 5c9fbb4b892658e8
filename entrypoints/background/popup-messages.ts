/** Answers the popup: the tracked cases (with any storage problem) and the done mark. */
import type { TrackedCasesAnswer } from '../../lib/messages';
import { SetCaseDoneSchema } from '../../lib/message-schemas';
import { loadTrackedCases, setTrackedCaseDone, trackedCaseStore } from '../../lib/store/tracked-cases';
import { setAsideProblem } from '../../lib/store/tracked-cases-view';

/**
 * A read sets damaged data aside once and says so; later reads still report what is kept aside,
 * so the popup keeps telling the caseworker until the data is dealt with.
 */
export async function handleTrackedCases(): Promise<TrackedCasesAnswer> {
  const { cases, problem } = await loadTrackedCases();
  if (problem) return { cases, problem };
  const aside = setAsideProblem(await trackedCaseStore().quarantined());
  return aside ? { cases, problem: aside } : { cases };
}

export async function handleSetCaseDone(data: unknown): Promise<TrackedCasesAnswer> {
  const parsed = SetCaseDoneSchema.safeParse(data);
  if (!parsed.success) throw new Error('setCaseDone: invalid message');
  await setTrackedCaseDone(parsed.data.complaintId, parsed.data.done);
  return handleTrackedCases();
}
