/** Answers the popup: the tracked cases (with any storage problem), the done mark, and clearing unreadable data. */
import type { TrackedCasesAnswer } from '../../lib/messages';
import { SetCaseDoneSchema, SetHandOverSchema } from '../../lib/message-schemas';
import { clearUnreadableAccessDates } from '../../lib/store/access-follow-up-dates';
import { clearUnreadableAlertState } from '../../lib/store/alert-state';
import { clearUnreadableProgress } from '../../lib/store/case-progress';
import { ASIDE_KEYS, asideOf } from '../../lib/store/set-aside-list';
import { loadTrackedCases, setTrackedCaseDone, trackedCaseStore } from '../../lib/store/tracked-cases';

/**
 * A read sets damaged data aside once and says so; later reads still report what is kept aside,
 * so the popup keeps telling the caseworker until the data is dealt with. Unreadable data that
 * could not be kept aside stops tracking: the answer offers to clear it.
 */
export async function handleTrackedCases(): Promise<TrackedCasesAnswer> {
  const { cases, problem, stuck } = await loadTrackedCases();
  if (stuck) return { cases, problem, clear: 'unreadable' };
  const aside = asideOf(await browser.storage.local.get(ASIDE_KEYS));
  return problem ? { cases, ...aside, problem } : { cases, ...aside };
}

export async function handleSetCaseDone(data: unknown): Promise<TrackedCasesAnswer> {
  const parsed = SetCaseDoneSchema.safeParse(data);
  if (!parsed.success) throw new Error('setCaseDone: invalid message');
  await setTrackedCaseDone(parsed.data.complaintId, parsed.data.done);
  return handleTrackedCases();
}

export async function handleSetHandOver(data: unknown): Promise<TrackedCasesAnswer> {
  const parsed = SetHandOverSchema.safeParse(data);
  if (!parsed.success) throw new Error('setHandOver: invalid message');
  await trackedCaseStore().setHandOver(parsed.data.complaintId, parsed.data.answer);
  return handleTrackedCases();
}

/** The caseworker's choice in the popup: unreadable data that could not be kept aside, and every set-aside copy, go. */
export async function handleClearUnreadable(): Promise<TrackedCasesAnswer> {
  await trackedCaseStore().clearUnreadable();
  await clearUnreadableProgress();
  await clearUnreadableAccessDates();
  await clearUnreadableAlertState();
  return handleTrackedCases();
}
