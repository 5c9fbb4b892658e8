/**
 * Cases handed away: after a reassignment request that sends the complaint out of the plan
 * (another contract, CMS Issue, MA only), the SOP says the plan no longer sees it once the RO
 * agrees (A.4, B.4, C.4, D.5, G.5.e, H.4, L.6), and nothing tells the extension that it happened.
 * The popup shows such cases apart, lets the caseworker mark them gone, and asks once when one
 * has not been opened for a while (the `handedOverAskDays` setting).
 */
import { handOverOf } from '../sop/case-scenarios';
import type { HandOver } from '../sop/types';
import type { TrackedCase } from './tracked-case';

export { asksIfGone, DEFAULT_HANDED_OVER_ASK_DAYS } from './hand-over-ask';

/** The hand-over of an open case whose page shows such a request (scenario D, or A, B, C, G, H, L); undefined otherwise. */
export function handOverOfCase(tc: Pick<TrackedCase, 'scenario' | 'reassignmentRequested' | 'reassignmentReason' | 'clock'>): HandOver | undefined {
  if (!tc.reassignmentRequested || tc.clock === 'paused') return undefined;
  return handOverOf(tc.scenario, tc.reassignmentReason);
}

/** The caseworker says the case no longer shows in their CTM: it leaves the working list as done. */
export function markGone(tc: TrackedCase): TrackedCase {
  return { ...tc, handOverAnswer: 'gone', doneByUser: true, status: tc.status === 'open' ? 'done' : tc.status };
}

/** The caseworker says it is still there: not asked again. */
export function keepHandedOver(tc: TrackedCase): TrackedCase {
  return { ...tc, handOverAnswer: 'kept' };
}
