/**
 * The upsert rule: what the background keeps when a page reports a case it already tracks.
 * The page is the source of truth for facts; the background keeps history (first seen, pauses,
 * when a reassignment was requested) and the caseworker's own "done" mark.
 */
import { clockState, type Pause } from '../deadlines/clock';
import { scenarioPausesClock } from '../sop/case-scenarios';
import { closedOnPage, deriveStatus } from './case-status';
import type { TrackedCase } from './tracked-case';

export function mergeTrackedCase(old: TrackedCase | undefined, incoming: TrackedCase): TrackedCase {
  if (!old) return incoming;
  // Stryker disable next-line EqualityOperator: on equal instants either text names the same moment
  const firstSeen = Date.parse(old.firstSeen) <= Date.parse(incoming.firstSeen) ? old.firstSeen : incoming.firstSeen;
  // A report older than what we hold (tabs racing) must not roll facts or pauses back.
  if (Date.parse(incoming.lastSeen) < Date.parse(old.lastSeen)) return { ...old, firstSeen };

  const at = incoming.lastSeen;
  // A case marked gone that a page shows again is not gone: the mark, and the done it set, go.
  const shownAgain = old.handOverAnswer === 'gone';
  const doneByUser = shownAgain ? false : old.doneByUser;
  const scenario = incoming.scenario ?? old.scenario;
  const status = deriveStatus({
    closed: closedOnPage(incoming),
    leftPlan: incoming.status === 'left-plan',
    scenario,
    doneByUser,
  });
  const clock = clockState({
    reassignmentRequested: incoming.reassignmentRequested,
    reassignmentReason: incoming.reassignmentReason,
    ended: status === 'closed' || status === 'left-plan',
    scenarioPauses: scenarioPausesClock(scenario, incoming.reassignmentReason),
  });
  const merged: TrackedCase = {
    ...incoming,
    firstSeen,
    doneByUser,
    status,
    clock,
    pauses: nextPauses(old.pauses, clock === 'paused', at),
  };
  if (scenario) merged.scenario = scenario;
  // A visit whose page shows no caseworker does not forget the one shown before.
  const caseworker = incoming.caseworker ?? old.caseworker;
  if (caseworker) merged.caseworker = caseworker;
  if (old.handOverAnswer === 'kept') merged.handOverAnswer = 'kept';
  const attempts = incoming.contactAttempts ?? old.contactAttempts;
  if (attempts !== undefined) merged.contactAttempts = attempts;
  if (incoming.reassignmentRequested) {
    merged.reassignmentRequestedAt = old.reassignmentRequested ? (old.reassignmentRequestedAt ?? at) : at;
  } else {
    delete merged.reassignmentRequestedAt;
  }
  return merged;
}

/** SOP I.4, J.4: a pause starts when the request is seen and ends when it is seen gone. */
function nextPauses(pauses: readonly Pause[], pausedNow: boolean, at: string): Pause[] {
  const last = pauses[pauses.length - 1];
  const open = last !== undefined && last.to === undefined;
  if (pausedNow && !open) return [...pauses, { from: at }];
  if (!pausedNow && open) return [...pauses.slice(0, -1), { from: last.from, to: at }];
  return [...pauses];
}

export function markDone(tc: TrackedCase): TrackedCase {
  return { ...tc, doneByUser: true, status: tc.status === 'open' ? 'done' : tc.status };
}

export function undoDone(tc: TrackedCase): TrackedCase {
  const status = deriveStatus({
    closed: closedOnPage(tc),
    leftPlan: tc.status === 'left-plan',
    scenario: tc.scenario,
    doneByUser: false,
  });
  const undone: TrackedCase = { ...tc, doneByUser: false, status };
  // Undoing "gone" says the case is still there: not asked again.
  if (tc.handOverAnswer === 'gone') undone.handOverAnswer = 'kept';
  return undone;
}

/** On the deadline list: still the plan's to work and not marked done. */
export function isActive(tc: Pick<TrackedCase, 'status'>): boolean {
  return tc.status === 'open';
}
