/**
 * Steps ticked by hand, remembered per complaint ID. PHI-free by construction: complaint IDs
 * are digits and step ids follow the SOP numbering; nothing else fits the schema.
 */
import { z } from 'zod/mini';

const StepId = z.string().check(z.regex(/^[A-P]\.\d+(?:\.[a-z]+)*$/));
const ComplaintId = z.string().check(z.regex(/^\d+$/));

export const StepTicks = z.record(StepId, z.boolean());
export type StepTicks = z.infer<typeof StepTicks>;

/** complaint ID → step id → ticked. */
export const TicksByComplaint = z.record(ComplaintId, StepTicks);
export type TicksByComplaint = z.infer<typeof TicksByComplaint>;

/** A new record with one step ticked or unticked (unticked steps are dropped, keeping it small). */
export function withTick(ticks: StepTicks, stepId: string, done: boolean): StepTicks {
  const next = { ...ticks };
  if (done) next[stepId] = true;
  else delete next[stepId];
  return next;
}
