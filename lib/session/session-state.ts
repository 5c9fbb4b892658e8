/**
 * The panel session's vocabulary: what it knows about one complaint page (state), what can happen
 * to it (events) and what it asks its shell to do (effects). The shell
 * (entrypoints/ctm-panel/case-session.ts) holds the DOM (the page's controls, the note box, the
 * dock), the messages and the timers; everything here is plain data.
 */
import type { CaseFacts, CaseSnapshot } from '../case';
import type { CaseEvaluation } from '../evaluate-case';
import type { CaseContext, CaseProgress } from '../messages';
import type { CaseLetter, RdBranch } from '../sop/types';

/** The background's answer to one message: its value, or the sentence the panel shows instead. */
export type Answer<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * One report to the background: its number (a late answer is known as late), its facts' key and
 * complaint, and how many saves the panel had made when it was sent (an answer read before a
 * later save carries progress older than the panel's).
 */
export type ReportSent = { seq: number; key: string; complaintId?: string; savesBefore: number };

/** One save of the caseworker's progress, sent under the complaint shown when it was made. */
export type SaveRequest =
  | { kind: 'pick'; complaintId: string; letter: CaseLetter }
  | { kind: 'tick'; complaintId: string; stepId: string; done: boolean }
  | { kind: 'branch'; complaintId: string; branch: RdBranch | null };

/** The note box the page read found, compared with the one the session follows. */
export type NoteBoxRead =
  | { box: 'none' }
  | { box: 'same' }
  /** A box the session has not seen (first read, a re-rendered form): its text is the note from now on. */
  | { box: 'new'; text: string };

export type SessionEvent =
  /** The page was read and is a complaint page. Its note text counts only for a new box. */
  | { type: 'pageRead'; snapshot: CaseSnapshot; note: NoteBoxRead }
  /** The page was read and is not (or no longer) a complaint page. */
  | { type: 'pageNotCase' }
  /** The page could not be read: the error's name. */
  | { type: 'pageReadFailed'; name: string }
  /** The note's one way in: typing paused, or the box lost focus after an edit. */
  | { type: 'noteSettled'; text: string }
  | { type: 'scenarioPicked'; letter: CaseLetter }
  | { type: 'stepTicked'; stepId: string; done: boolean }
  /** A path of a branched scenario confirmed, or (null) withdrawn. */
  | { type: 'branchConfirmed'; branch: RdBranch | null }
  /** The background answered a report: the settings, due moment and saved progress come with it. */
  | { type: 'reportAnswered'; sent: ReportSent; answer: Answer<CaseContext> }
  | { type: 'saveAnswered'; save: SaveRequest; answer: Answer<CaseProgress> }
  | { type: 'reportRetryDue' }
  /** Drawing (or a read at the moment of saving) failed: the error's name only, its message may quote the page. */
  | { type: 'failed'; name: string }
  | { type: 'collapseToggled' }
  /** The minute passed: due moments shown relative to now move on. */
  | { type: 'clockTicked' }
  /** The extension was reloaded or the page is going: the session ends. */
  | { type: 'invalidated' };

/** What the panel shows; the shell renders it and places the inline warning. */
export type PanelContent = {
  collapsed: boolean;
  complaintId?: string;
  body:
    | { kind: 'readFailure'; name: string }
    | { kind: 'broken'; name: string }
    | { kind: 'case'; snapshot: CaseSnapshot; evaluation: CaseEvaluation; context?: CaseContext; problems: string[]; hasNoteBox: boolean }
    | { kind: 'empty' };
  /** The keep-open warning next to the page's close control, while the SOP says leave the case open. */
  keepOpenInline?: string;
};

export type SessionEffect =
  /** Dock the panel (again, if the page re-rendered its body and took it). */
  | { type: 'dock' }
  | { type: 'draw'; panel: PanelContent }
  | { type: 'report'; sent: ReportSent; facts: CaseFacts; scenario?: CaseLetter; unusable: string[] }
  | { type: 'save'; save: SaveRequest }
  /** Send `reportRetryDue` after this long. */
  | { type: 'retryReportIn'; ms: number }
  /** The note's findings again: the lint context (settings, scenario) changed. */
  | { type: 'relintNote' }
  /** Remove the panel, the inline warning, the note's loop and any retry timer. */
  | { type: 'tearDown' }
  /** An error the session survived: one debug line with its name (lib/report-quietly.ts). */
  | { type: 'logQuietly'; error: unknown };

export type ReportState = {
  /** Reports sent so far. */
  sent: number;
  /** The key the background last answered for in full: the same facts are not sent again. */
  answeredKey?: string;
  /** The latest report not yet answered. */
  inFlight?: ReportSent;
  /** The number of the report whose answer the panel shows: an older answer arriving later is dropped. */
  appliedSeq: number;
  retryPending: boolean;
  /** Retries since the last full answer. */
  retries: number;
};

export type SessionState = {
  /** The session is over (extension reloaded): nothing more happens. */
  ended: boolean;
  /** The panel is on the page: a complaint page, or a page that could not be read. */
  docked: boolean;
  collapsed: boolean;
  /** The complaint page as last read, with the note as last settled. */
  snapshot?: CaseSnapshot;
  hasNoteBox: boolean;
  /** The note box's text as last settled: only `noteSettled` (or a new box) changes it, never a page read. */
  noteText?: string;
  readFailure?: string;
  /** An error while evaluating or drawing, by name only: its message may quote page or settings text. */
  broken?: string;
  evaluation?: CaseEvaluation;
  /** The caseworker's pick, ticks and path for `progressFor`'s complaint. */
  progress: CaseProgress;
  progressFor?: string;
  /** Saves sent and not yet answered, per complaint. */
  savesPending: Readonly<Record<string, number>>;
  /** Saves made since the session began, all complaints. */
  savesMade: number;
  /** The background's answer the panel follows, and the complaint it was about. */
  context?: CaseContext;
  contextFor?: string;
  linkProblem?: string;
  report: ReportState;
};

export function initialSessionState(): SessionState {
  return {
    ended: false,
    docked: false,
    collapsed: false,
    // Stryker disable next-line BooleanLiteral: every page read sets it before anything reads it (the save question reads it only with a settled note, which needs a read)
    hasNoteBox: false,
    progress: { ticks: {} },
    savesPending: {},
    savesMade: 0,
    report: { sent: 0, appliedSeq: 0, retryPending: false, retries: 0 },
  };
}
