/**
 * The plan's time clock. SOP I.4 and J.4: the clock stops when the reassignment indicator is
 * checked for a category or issue-level reassignment and starts again when CMS acts. We call
 * that "paused" and keep "stopped" for a case that is closed or has left the plan. D checks the
 * same category indicator, but its SOP section (D.4) states no pause, so none is assumed for it:
 * a running clock can only show a due moment earlier than CTM's, never later.
 *
 * Decision: every paused interval is added whole to the due moment (a pause of 3 days moves the
 * due moment 3 days later). A pause ends when the case is first seen with the indicator cleared.
 */
import type { ReassignmentReason } from '../case';

export type ClockState = 'running' | 'paused' | 'stopped';

export interface Pause {
  /** ISO 8601 instant the pause was first seen. */
  from: string;
  /** ISO 8601 instant it was first seen ended; absent while still paused. */
  to?: string;
}

/** Reasons that stop the clock: SOP I.4 (category) and J.4 (issue level). */
export const PAUSING_REASONS: readonly ReassignmentReason[] = ['category', 'issue-level'];

export function clockState(input: {
  reassignmentRequested?: boolean;
  reassignmentReason?: ReassignmentReason;
  ended: boolean;
  /** The worked scenario's own rule for its request (lib/sop scenarioPausesClock): false for D, which states no pause. */
  scenarioPauses?: boolean;
}): ClockState {
  if (input.ended) return 'stopped';
  if (input.scenarioPauses === false) return 'running';
  if (input.reassignmentRequested && input.reassignmentReason && PAUSING_REASONS.includes(input.reassignmentReason)) {
    return 'paused';
  }
  return 'running';
}

/** Total paused time up to `now`; an open pause counts until `now`. */
export function pausedMs(pauses: readonly Pause[], now: number): number {
  let total = 0;
  for (const pause of pauses) {
    const from = Date.parse(pause.from);
    const to = pause.to === undefined ? now : Date.parse(pause.to);
    if (Number.isFinite(from) && Number.isFinite(to)) total += Math.max(0, to - from);
  }
  return total;
}
