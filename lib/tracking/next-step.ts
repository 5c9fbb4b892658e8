/**
 * The one next thing to do for a tracked case, in plain words, for the popup row.
 */
import { contactAttemptStep, returnToCmsBy } from '../deadlines/follow-ups';
import { duration } from '../deadlines/countdown';
import type { IssueLevel } from '../case';
import { scenarioNextStep } from '../sop';
import { followUpOf } from '../sop/case-scenarios';
import { handOverOfCase } from './hand-over';
import type { NextStep, Provenance } from '../sop/types';
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
  // Stryker disable next-line ConditionalExpression: the cache only saves building a formatter; a new one formats the same
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
    formatters.set(timeZone, f);
  }
  const formatter = f;
  return (ms) => formatter.format(ms);
}

/**
 * A second line beside the step: the return-to-CMS date for the level (L.3). Its provenance is
 * the scenario's follow-up's own (detailProvenance), not stored with each step.
 */
export interface StepDetail {
  kind: 'return-to-cms';
  text: string;
}

/** Where a step's detail comes from: the worked scenario's mapping (L: CTM Assist's). */
export function detailProvenance(detail: StepDetail, scenario: string | undefined): Provenance {
  return followUpOf(scenario, detail.kind)?.daysFrom ?? { kind: 'ctm-assist', reason: 'our mapping of the SOP\'s range' };
}

/**
 * The next step without the clock: all of it but how long the RO has been waiting, which grows
 * with time. The background stores it for the popup (lib/tracking/popup-view.ts); stepText adds
 * the wait for a given moment.
 */
export interface StepBasis {
  text: string;
  sop?: string;
  /** Where the step comes from, shown in words and as data-provenance. */
  provenance: Provenance;
  detail?: StepDetail;
  /** Epoch ms the reassignment request was first seen: the text then says how long so far, before `after`. */
  waitingSince?: number;
  after?: string;
}

export interface StepWords {
  text: string;
  sop?: string;
  provenance: Provenance;
  detail?: StepDetail;
}

export function nextStep(tc: TrackedCase, ctx: NextStepContext): StepWords {
  return stepText(stepBasis(tc, ctx), ctx.now);
}

/** The step's words at `now`. */
export function stepText(basis: StepBasis, now: number): StepWords {
  const text =
    basis.after === undefined
      ? basis.text
      : `${basis.text}${basis.waitingSince === undefined ? '' : ` (${duration(Math.max(0, now - basis.waitingSince))} so far)`}${basis.after}`;
  const words: StepWords = { text, provenance: basis.provenance };
  if (basis.sop !== undefined) words.sop = basis.sop;
  if (basis.detail) words.detail = basis.detail;
  return words;
}

/** Epoch ms of a stored instant; NaN when there is none. */
// Stryker disable next-line StringLiteral: any text that is no instant parses as NaN, as '' does
const instantMs = (iso: string | undefined): number => Date.parse(iso ?? '');

const LEVEL_WORDS: Record<IssueLevel, string> = { 'immediate-need': 'Immediate Need', urgent: 'Urgent', none: 'No issue level' };

const sopStep = (text: string, sop: string): StepBasis => ({ text, sop, provenance: { kind: 'sop', item: sop } });

export function stepBasis(tc: TrackedCase, ctx: Omit<NextStepContext, 'now'>): StepBasis {
  const format = ctx.formatMoment ?? defaultFormat(ctx.timeZone);
  if (tc.status === 'closed') return { text: 'Closed in CTM', provenance: { kind: 'ctm-assist', reason: 'the page showed a resolution date and a closing disposition' } };
  if (tc.status === 'left-plan') return sopStep('Reassigned away from the plan; nothing left to do', 'A.4, C.4');
  if (tc.status === 'done') {
    const text = tc.handOverAnswer === 'gone' ? 'Marked gone: no longer in your CTM list' : 'Marked done';
    return { text, provenance: { kind: 'ctm-assist', reason: 'your own mark; undo it under Marked done' } };
  }

  if (tc.clock === 'paused') {
    const sop = tc.reassignmentReason === 'issue-level' ? 'J.4' : 'I.4';
    const what = tc.reassignmentReason === 'issue-level' ? 'reassign the issue level' : 'recategorise the complaint';
    return sopStep(`Clock stopped: waiting for CMS to ${what}; watch the Note to Plan`, sop);
  }
  const handOver = handOverOfCase(tc);
  if (handOver) {
    const since = instantMs(tc.reassignmentRequestedAt);
    const basis: StepBasis = {
      ...sopStep('Handed over: waiting for the RO to agree or disagree', handOver.step),
      after: `; if it agrees, the complaint goes to ${handOver.to} and no longer opens in CTM: then mark it gone`,
    };
    if (Number.isFinite(since)) basis.waitingSince = since;
    return basis;
  }
  if (tc.reassignmentRequested) {
    // As waitingForRo (lib/deadlines/follow-ups) counts it: from the first sighting of the request.
    const since = instantMs(tc.reassignmentRequestedAt);
    const basis: StepBasis = { ...sopStep('Waiting for the RO to decide on the reassignment request', 'A.3, A.4'), after: '; watch the Note to Plan' };
    if (Number.isFinite(since)) basis.waitingSince = since;
    return basis;
  }
  const step = scenarioNextStep(tc.scenario, tc.branch) ?? GENERAL_STEP;
  const provenance: Provenance = step.provenance ?? { kind: 'sop', item: step.sop };
  if (step.from === 'contact-attempts') return { text: contactAttemptStep(tc.contactAttempts ?? 0).text, sop: step.sop, provenance };
  if (step.from === 'branch-since') {
    const since = instantMs(tc.branchSince);
    return { text: step.text.replace('{since}', Number.isFinite(since) ? format(since) : 'the path was confirmed'), sop: step.sop, provenance };
  }
  const basis: StepBasis = { text: step.text, sop: step.sop, provenance };
  // Stryker disable next-line ConditionalExpression: only L has a return-to-cms follow-up, and L's one step is the return-to-cms step
  const follow = step.from === 'return-to-cms' ? followUpOf(tc.scenario, 'return-to-cms') : undefined;
  if (follow) {
    const by = returnToCmsBy({
      assignedDate: tc.assignedDate,
      receivedDate: tc.receivedDate,
      issueLevel: tc.issueLevel,
      timeZone: ctx.timeZone,
      days: follow.days,
    });
    if (by) {
      const level = LEVEL_WORDS[tc.issueLevel ?? 'none'];
      basis.detail = { kind: 'return-to-cms', text: `${level}: ${by.days} days, by ${format(by.ms)}` };
    }
  }
  return basis;
}
