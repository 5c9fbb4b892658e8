/**
 * Step texts that several scenarios share word for word in the SOP (the RO decision and the
 * "Note to Plan"). Each scenario still cites its own copy of the passage.
 */
import type { StepCheck } from '../types';

export const KEEP_OPEN: readonly StepCheck[] = [{ kind: 'keep-open' }];

export const DO_NOT_CLOSE_TEXT =
  'Do NOT close the case in CTM: it is flagged for the RO to agree or disagree with the request.';

export const WATCH_NOTE_TO_PLAN_TEXT =
  'Watch the "Note to Plan" on the Plan Resolution page: it shows if the RO disagrees. If the RO agrees, the complaint leaves your list.';
