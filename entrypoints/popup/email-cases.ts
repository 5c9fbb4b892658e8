/**
 * The tracked cases for an email naming several of them, asked of the background when that email
 * opens: the list's rows do not carry what the email needs (the caseworker shown on each
 * complaint, the page's resolution date, the confirmed RD path).
 */
import type { TrackedCase } from '../../lib/tracking/tracked-case';

export async function loadEmailCases(): Promise<TrackedCase[]> {
  const { messaging } = await import('../../lib/messages');
  return (await messaging.sendMessage('trackedCases')).cases;
}
