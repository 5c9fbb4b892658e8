/**
 * The tracked cases for an email naming several of them, read when that email opens: the list's
 * rows do not carry what the email needs (the caseworker shown on each complaint, the page's
 * resolution date and reassignment request). Read from storage as the list's fallback does, and
 * from the background when something there needs setting aside first.
 */
import { readTrackedCasesView } from '../../lib/store/tracked-cases-view';
import type { TrackedCase } from '../../lib/tracking/tracked-case';

export async function loadEmailCases(): Promise<TrackedCase[]> {
  const view = await readTrackedCasesView();
  if (!('needsBackground' in view)) return view.cases;
  const { messaging } = await import('../../lib/messages');
  return (await messaging.sendMessage('trackedCases')).cases;
}
