/**
 * When the popup asks whether a handed-over case is gone (lib/tracking/hand-over.ts). Apart from
 * it so the options page and the popup rows need not load the scenario registry.
 */

/** Days a handed-over case may go unopened before the popup asks whether it is gone (our choice). */
export const DEFAULT_HANDED_OVER_ASK_DAYS = 14;

const DAY_MS = 86_400_000;

/** Whether the popup asks about the case now: handed over, open, unanswered, and unopened for `days`. */
export function asksIfGone(row: { active: boolean; handedOver?: { lastSeenMs: number; answer?: string } }, now: number, days = DEFAULT_HANDED_OVER_ASK_DAYS): boolean {
  const h = row.handedOver;
  return row.active && h !== undefined && h.answer === undefined && now - h.lastSeenMs >= days * DAY_MS;
}
