/**
 * The panel session's calls to the background worker. A worker that cannot be reached (extension
 * reloaded, browser shutting down), or that could not save, is reported in the panel, never thrown
 * into the page.
 */
import type { CaseFacts } from '../../lib/case';
import { messaging, sanitizePageUrl, type CaseContext, type CaseProgress } from '../../lib/messages';
import type { CaseLetter, RdBranch } from '../../lib/sop/types';
import { troubleMessage } from '../../lib/store/storage-trouble';
import type { Answer } from '../../lib/session/session-state';

const UNREACHABLE = 'CTM Assist’s background worker did not answer; reload the page to track this case.';

/** A worker busy for longer than this is treated as not answering; the caller may ask again. */
export const ANSWER_WAIT_MS = 10_000;

async function call<T>(send: () => Promise<T>): Promise<Answer<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('no answer')), ANSWER_WAIT_MS)));
    return { ok: true, value: await Promise.race([send(), late]) };
  } catch (error) {
    // The worker answered that storage failed: say that, not "reload".
    return { ok: false, problem: troubleMessage(error) ?? UNREACHABLE };
  } finally {
    clearTimeout(timer);
  }
}

/** `unusable`: tracked facts the page shows but that cannot be used; the background then does not track the page. */
export function reportCase(facts: CaseFacts, scenario: CaseLetter | undefined, unusable: string[]): Promise<Answer<CaseContext>> {
  return call(() => messaging.sendMessage('caseSeen', { facts, scenario, pageUrl: sanitizePageUrl(location.href), unusable }));
}

export function sendTick(complaintId: string, stepId: string, done: boolean): Promise<Answer<CaseProgress>> {
  return call(() => messaging.sendMessage('setTick', { complaintId, stepId, done }));
}

export function sendPick(complaintId: string, scenario: CaseLetter | null): Promise<Answer<CaseProgress>> {
  return call(() => messaging.sendMessage('pickScenario', { complaintId, scenario }));
}

export function sendBranch(complaintId: string, branch: RdBranch | null): Promise<Answer<CaseProgress>> {
  return call(() => messaging.sendMessage('pickBranch', { complaintId, branch }));
}
