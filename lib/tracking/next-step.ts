/**
 * The one next thing to do for a tracked case, in plain words, for the popup row.
 */
import { contactAttemptStep, returnToCmsBy } from '../deadlines/follow-ups';
import { duration } from '../deadlines/countdown';
import { scenarioNextStep } from '../sop';
import type { NextStep } from '../sop/types';
import type { TrackedCase } from './tracked-case';

/** Without a scenario, or for one with no next step of its own. */
const GENERAL_STEP: NextStep = { text: 'Resolve, record the resolution notes and close as resolved', sop: 'E.1, K' };

export interface NextStepContext {
  now: number;
  timeZone: string;
  /** Formats an instant for people, e.g. "Nov 4, 11:59 PM". */
  formatMoment?: (ms: number) => string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function defaultFormat(timeZone: string): (ms: number) => string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
    formatters.set(timeZone, f);
  }
  const formatter = f;
  return (ms) => formatter.format(ms);
}

/**
 * The next step without the clock: all of it but how long the RO has been waiting, which grows
 * with time. The background stores it for the popup (lib/tracking/popup-view.ts); stepText adds
 * the wait for a given moment.
 */
export interface StepBasis {
  text: string;
  sop?: string;
  /** Epoch ms the reassignment request was first seen: the text then says how long so far, before `after`. */
  waitingSince?: number;
  after?: string;
}

export function nextStep(tc: TrackedCase, ctx: NextStepContext): { text: string; sop?: string } {
  return stepText(stepBasis(tc, ctx), ctx.now);
}

/** The step's words at `now`. */
export function stepText(basis: StepBasis, now: number): { text: string; sop?: string } {
  const text =
    basis.after === undefined
      ? basis.text
      : `${basis.text}${basis.waitingSince === undefined ? '' : ` (${duration(Math.max(0, now - basis.waitingSince))} so far)`}${basis.after}`;
  return basis.sop === undefined ? { text } : { text, sop: basis.sop };
}

export function stepBasis(tc: TrackedCase, ctx: Omit<NextStepContext, 'now'>): StepBasis {
  const format = ctx.formatMoment ?? defaultFormat(ctx.timeZone);
  if (tc.status === 'closed') return { text: 'Closed in CTM' };
  if (tc.status === 'left-plan') return { text: 'Reassigned away from the plan; nothing left to do' };
  if (tc.status === 'done') return { text: 'Marked done' };

  if (tc.clock === 'paused') {
    const sop = tc.reassignmentReason === 'issue-level' ? 'J.4' : 'I.4';
    const what = tc.reassignmentReason === 'issue-level' ? 'reassign the issue level' : 'recategorise the complaint';
    return { text: `Clock stopped: waiting for CMS to ${what}; watch the Note to Plan`, sop };
  }
  if (tc.reassignmentRequested) {
    // As waitingForRo (lib/deadlines/follow-ups) counts it: from the first sighting of the request.
    const since = tc.reassignmentRequestedAt === undefined ? Number.NaN : Date.parse(tc.reassignmentRequestedAt);
    const basis: StepBasis = { text: 'Waiting for the RO to decide on the reassignment request', after: '; watch the Note to Plan', sop: 'A.3, A.4' };
    if (Number.isFinite(since)) basis.waitingSince = since;
    return basis;
  }
  const step = scenarioNextStep(tc.scenario, tc.branch) ?? GENERAL_STEP;
  if (step.from === 'contact-attempts') return { text: contactAttemptStep(tc.contactAttempts ?? 0).text, sop: step.sop };
  if (step.from === 'return-to-cms') {
    const by = returnToCmsBy({
      assignedDate: tc.assignedDate,
      receivedDate: tc.receivedDate,
      issueLevel: tc.issueLevel,
      timeZone: ctx.timeZone,
    });
    return { text: step.text.replace('{by}', by ? ` by ${format(by.ms)}` : ''), sop: step.sop };
  }
  if (step.from === 'branch-since') {
    const since = tc.branchSince === undefined ? Number.NaN : Date.parse(tc.branchSince);
    return { text: step.text.replace('{since}', Number.isFinite(since) ? format(since) : 'the path was confirmed'), sop: step.sop };
  }
  return { text: step.text, sop: step.sop };
}
