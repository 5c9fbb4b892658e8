/**
 * Decision (SOP I.4, J.4): every paused interval is added whole to the due moment. Kept apart
 * from clock.ts so code that only needs the clock state (the content script) stays small.
 */
import { type Pause, pausedMs } from './clock';
import { isoIn } from './end-of-day';

/** The due moment moved later by the paused time, with its ISO form in the plan's zone. */
export function dueAfterPauses(
  dueMs: number,
  dueIso: string,
  pauses: readonly Pause[],
  now: number,
  timeZone: string,
): { ms: number; iso: string; pausedMs: number } {
  const paused = pausedMs(pauses, now);
  if (paused === 0) return { ms: dueMs, iso: dueIso, pausedMs: 0 };
  const ms = dueMs + paused;
  return { ms, iso: isoIn(ms, timeZone), pausedMs: paused };
}
