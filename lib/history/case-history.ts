/**
 * The case history: per tracked complaint, a short PHI-free event log (first seen, issue level
 * and its changes, scenario worked, reassignment requested and its end, clock paused and resumed,
 * resolution date as the page showed it, status: closed, left the plan, marked done or reopened).
 * Only the complaint ID, contract, dates, codes and scenario letters: never a name, an identifier,
 * the summary or note text. The timeliness report (lib/report/) is computed from it.
 */
import { z } from 'zod/mini';
import { ContractNumber, IsoDate, IssueLevel, ReassignmentReason } from '../case';
import { LETTERS } from '../sop/types';

/** Version of the stored history and of its export file; a newer one is set aside or refused. */
export const HISTORY_VERSION = 1;

/** Kept: complaints with an event in the last 2 years, at most 5,000; the oldest go first. */
export const HISTORY_MAX_COMPLAINTS = 5000;
export const HISTORY_MAX_AGE_MS = 2 * 366 * 24 * 3_600_000;
/** Events per complaint; past it the oldest after first seen go (a level flipping back and forth). */
export const HISTORY_MAX_EVENTS = 200;

const Instant = z.iso.datetime({ offset: true });
const Scenario = z.enum(LETTERS);

export const HistoryEvent = z.discriminatedUnion('t', [
  z.object({ t: z.literal('seen'), at: Instant }),
  z.object({ t: z.literal('level'), at: Instant, level: IssueLevel }),
  z.object({ t: z.literal('scenario'), at: Instant, scenario: Scenario }),
  z.object({ t: z.literal('reassign'), at: Instant, reason: z.optional(ReassignmentReason) }),
  z.object({ t: z.literal('reassign-end'), at: Instant }),
  z.object({ t: z.literal('pause'), at: Instant }),
  z.object({ t: z.literal('resume'), at: Instant }),
  /** The resolution date as the page showed it; none: the page shows it cleared. */
  z.object({ t: z.literal('resolution'), at: Instant, date: z.optional(IsoDate) }),
  z.object({ t: z.literal('status'), at: Instant, status: z.enum(['open', 'closed', 'left-plan', 'done']) }),
]);
export type HistoryEvent = z.infer<typeof HistoryEvent>;
export type HistoryEventType = HistoryEvent['t'];

/** One complaint: its latest contract and dates, and its events oldest first. */
export const ComplaintHistory = z.object({
  contract: z.optional(ContractNumber),
  received: z.optional(IsoDate),
  assigned: z.optional(IsoDate),
  events: z.array(HistoryEvent).check(z.maxLength(HISTORY_MAX_EVENTS)),
});
export type ComplaintHistory = z.infer<typeof ComplaintHistory>;

const ComplaintId = z.string().check(z.regex(/^\d{1,20}$/));

/** Complaint ID → its history. */
export const HistoryCases = z.record(ComplaintId, ComplaintHistory);
export type HistoryCases = z.infer<typeof HistoryCases>;

/** The newest event's instant (ms) of a complaint; 0 when it has none. */
export function lastEventMs(history: ComplaintHistory): number {
  let last = 0;
  for (const e of history.events) {
    const ms = Date.parse(e.at);
    // Stryker disable next-line EqualityOperator: at an equal instant `last = ms` leaves it as it is
    if (ms > last) last = ms;
  }
  return last;
}
