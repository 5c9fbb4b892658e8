/**
 * The panel session as one pure function: state + event → next state + effects for the shell.
 * No DOM, timers or messages here (the shell performs the effects and turns their outcomes
 * into events), so every race can be replayed in Node.
 *
 * The SOP evaluation (lib/evaluate-case.ts) runs inside the transition, not as an effect: it is
 * pure, the report needs its result (active scenario, confirmed path) in the same step, and the
 * state then always holds what the panel shows. An error while evaluating is caught here and
 * shown by its name.
 *
 * Rules the races need:
 * - The note text enters by `noteSettled` only (or with a note box the session has not seen):
 *   a page read of the same box never replaces it.
 * - Progress (pick, ticks, path) belongs to one complaint: an answer about another is not applied,
 *   and while a save for this complaint is still unanswered an earlier answer does not undo it.
 * - Reports are numbered: an answer older than the one the panel shows is dropped. A failed or
 *   provisional report (no policy yet) is sent again, REPORT_RETRIES times at most, each wait
 *   twice the last.
 */
import { keepOpenConfirmQuestion } from '../checklist/closing';
import { evaluateCase, type CaseEvaluation } from '../evaluate-case';
import type { CaseSnapshot } from '../case';
import type { CaseProgress } from '../messages';
import { unusableFacts } from '../unusable-facts';
import { panelContent } from './panel-content';
import type { SaveRequest, SessionEffect, SessionEvent, SessionState } from './session-state';

export const REPORT_RETRY_MS = 1_000;
export const REPORT_RETRIES = 5;

export type SessionEnv = {
  /** The snapshot with the note text as typed (lib/page/read-case.ts; handed in so the panel module carries no reader). */
  withCurrentEntry(snapshot: CaseSnapshot, text: string): CaseSnapshot;
};

export type SessionStep = { state: SessionState; effects: SessionEffect[] };

const DRAW = Symbol('draw');

/** One event's work on a copy of the state; the effects in the order the shell performs them. */
class Step {
  state: SessionState;
  private readonly effects: (SessionEffect | typeof DRAW)[] = [];

  constructor(state: SessionState) {
    this.state = { ...state, report: { ...state.report } };
  }

  get complaintId(): string | undefined {
    return this.state.snapshot?.facts.complaintId;
  }

  emit(effect: SessionEffect): void {
    this.effects.push(effect);
  }

  /** The panel redraws once per event, with the state the event ends in. */
  draw(): void {
    if (this.state.docked && !this.effects.includes(DRAW)) this.effects.push(DRAW);
  }

  /** Evaluates the SOP for the page as read; false (and the panel says so) when that failed. */
  evaluate(): boolean {
    const s = this.state;
    // Stryker disable next-line BooleanLiteral: without a snapshot there is nothing to report or relint either way (a report answer always follows a read)
    if (!s.snapshot) return false;
    if (s.progressFor !== this.complaintId) {
      s.progress = { ticks: {} };
      s.progressFor = this.complaintId;
    }
    try {
      s.evaluation = evaluateWith(s, s.snapshot);
      return true;
    } catch (error) {
      s.broken = error instanceof Error ? error.name : 'error';
      this.emit({ type: 'logQuietly', error });
      return false;
    }
  }

  /** Without a complaint ID (`id` undefined) progress stays on this page: nothing to save it under. */
  applyProgress(id: string | undefined, next: CaseProgress): void {
    if (id !== this.complaintId) return;
    this.state.progress = next;
    const evaluated = this.evaluate();
    this.draw();
    if (evaluated) this.reportIfChanged();
  }

  save(save: SaveRequest): void {
    const pending = this.state.savesPending[save.complaintId] ?? 0;
    this.state.savesPending = { ...this.state.savesPending, [save.complaintId]: pending + 1 };
    // Stryker disable next-line AssignmentOperator: the count is only compared for equality with the count a report was sent at; counting down tells the same
    this.state.savesMade += 1;
    this.emit({ type: 'save', save });
  }

  /** A save answered: true while another save for the same complaint is still on its way. */
  saveAnswered(complaintId: string): boolean {
    const pending = Math.max((this.state.savesPending[complaintId] ?? 0) - 1, 0);
    const { [complaintId]: _, ...others } = this.state.savesPending;
    this.state.savesPending = pending ? { ...others, [complaintId]: pending } : others;
    return pending > 0;
  }

  /**
   * Tells the background about the case when its PHI-free facts or scenario changed. A page
   * whose complaint ID cannot be used is reported too: nothing is tracked, but the answer brings
   * the settings the emails and due moments need.
   */
  reportIfChanged(): void {
    const { snapshot, evaluation, report } = this.state;
    if (!snapshot || !evaluation) return;
    const { facts } = snapshot;
    const { untracked } = unusableFacts(snapshot);
    // The confirmed path too: the background copies it from the saved progress to the tracked case.
    const key = JSON.stringify([facts, evaluation.active, evaluation.branch.confirmed, untracked]);
    if (key === report.answeredKey || key === report.inFlight?.key) return;
    report.sent += 1;
    report.inFlight = { seq: report.sent, key, complaintId: facts.complaintId, savesBefore: this.state.savesMade };
    this.emit({ type: 'report', sent: report.inFlight, facts, scenario: evaluation.active, unusable: untracked });
  }

  retryReport(): void {
    const { report } = this.state;
    if (report.retryPending || report.retries >= REPORT_RETRIES) return;
    this.emit({ type: 'retryReportIn', ms: REPORT_RETRY_MS * 2 ** report.retries });
    report.retries += 1;
    report.retryPending = true;
  }

  showLinkProblem(problem: string): void {
    this.state.linkProblem = problem;
    this.draw();
  }

  done(): SessionStep {
    const effects = this.effects.map((e) => (e === DRAW ? { type: 'draw' as const, panel: panelContent(this.state) } : e));
    return { state: this.state, effects };
  }
}

function evaluateWith(state: SessionState, snapshot: CaseSnapshot): CaseEvaluation {
  const sameComplaint = state.progressFor === snapshot.facts.complaintId;
  const progress = sameComplaint ? state.progress : { ticks: {} };
  return evaluateCase(snapshot, {
    picked: progress.picked,
    branch: progress.branch,
    ticks: progress.ticks,
    // Stryker disable next-line ObjectLiteral: before the background answers, no settings is what the defaults are; the evaluation never reads the schema version
    settings: state.context?.settings ?? { schemaVersion: 1 },
  });
}

export function transition(state: SessionState, event: SessionEvent, env: SessionEnv): SessionStep {
  if (state.ended) return { state, effects: [] };
  const step = new Step(state);
  const s = step.state;
  switch (event.type) {
    case 'pageRead': {
      const { note } = event;
      s.readFailure = undefined;
      s.broken = undefined; // a fresh read tries again
      s.docked = true;
      s.hasNoteBox = note.box !== 'none';
      if (note.box === 'none') s.noteText = undefined;
      if (note.box === 'new') s.noteText = note.text;
      s.snapshot = note.box === 'same' && s.noteText !== undefined ? env.withCurrentEntry(event.snapshot, s.noteText) : event.snapshot;
      step.emit({ type: 'dock' });
      const evaluated = step.evaluate();
      step.draw();
      if (evaluated) step.reportIfChanged();
      break;
    }
    case 'pageNotCase':
      s.docked = false;
      s.report.retryPending = false;
      step.emit({ type: 'tearDown' });
      break;
    case 'pageReadFailed':
      s.readFailure = event.name;
      s.broken = undefined;
      s.docked = true;
      step.emit({ type: 'dock' });
      step.draw();
      step.reportIfChanged();
      break;
    case 'noteSettled': {
      if (!s.snapshot) break;
      s.noteText = event.text;
      s.snapshot = env.withCurrentEntry(s.snapshot, event.text);
      const evaluated = step.evaluate();
      step.draw();
      if (evaluated) step.reportIfChanged();
      break;
    }
    case 'scenarioPicked': {
      const id = step.complaintId;
      step.applyProgress(id, { ...s.progress, picked: event.letter });
      if (id) step.save({ kind: 'pick', complaintId: id, letter: event.letter });
      break;
    }
    case 'stepTicked': {
      const id = step.complaintId;
      step.applyProgress(id, { ...s.progress, ticks: { ...s.progress.ticks, [event.stepId]: event.done } });
      if (id) step.save({ kind: 'tick', complaintId: id, stepId: event.stepId, done: event.done });
      break;
    }
    case 'branchConfirmed': {
      const id = step.complaintId;
      // Saved first: the report that follows has the background copy the path to the tracked case.
      if (id) step.save({ kind: 'branch', complaintId: id, branch: event.branch });
      const { branch: _, branchAt: __, ...rest } = s.progress;
      step.applyProgress(id, event.branch ? { ...rest, branch: event.branch } : rest);
      break;
    }
    case 'saveAnswered': {
      const { save, answer } = event;
      const newerOnItsWay = step.saveAnswered(save.complaintId);
      if (!answer.ok) {
        step.showLinkProblem(answer.problem);
        break;
      }
      // Once the path is saved, report again: the background copies it from the saved progress.
      if (save.kind === 'branch') s.report.answeredKey = undefined;
      // The newer save's answer carries this one's change too; this one would undo the newer.
      if (newerOnItsWay) step.reportIfChanged();
      else step.applyProgress(save.complaintId, answer.value);
      break;
    }
    case 'reportAnswered': {
      const { sent, answer } = event;
      const { report } = s;
      if (report.inFlight?.seq === sent.seq) report.inFlight = undefined;
      // Stryker disable next-line EqualityOperator: each report is answered once, so no answer carries the number already applied
      if (sent.seq < report.appliedSeq) break; // a newer answer is shown already
      if (!answer.ok) {
        step.retryReport();
        step.showLinkProblem(answer.problem);
        break;
      }
      // Without the policy yet, the answer is provisional: ask again a little later.
      if (answer.value.policyPending) step.retryReport();
      else {
        report.answeredKey = sent.key;
        report.retries = 0;
      }
      report.appliedSeq = sent.seq;
      s.linkProblem = undefined;
      s.context = answer.value;
      s.contextFor = sent.complaintId;
      const id = sent.complaintId;
      // Progress read before a save the panel made since would undo that save on screen.
      const savedSince = sent.savesBefore !== s.savesMade;
      if (id && id === step.complaintId && !s.savesPending[id] && !savedSince) {
        s.progress = answer.value.progress;
        s.progressFor = id;
      }
      const evaluated = step.evaluate();
      step.draw();
      if (evaluated) step.emit({ type: 'relintNote' });
      break;
    }
    case 'reportRetryDue':
      s.report.retryPending = false;
      step.reportIfChanged();
      break;
    case 'failed':
      s.broken = event.name;
      step.draw();
      break;
    case 'collapseToggled':
      s.collapsed = !s.collapsed;
      step.draw();
      break;
    case 'clockTicked':
      step.draw();
      break;
    case 'invalidated':
      // Nothing reads the state after this: every later event returns at the top.
      s.ended = true;
      step.emit({ type: 'tearDown' });
      break;
  }
  return step.done();
}

/**
 * The confirmation to ask before the page's form is saved, for the page as read at that moment
 * (the caseworker may have typed the resolution date a moment ago): set while the active
 * scenario says keep open and the page is set to close. The state does not change.
 */
export function saveQuestion(state: SessionState, snapshot: CaseSnapshot, env: SessionEnv): string | undefined {
  const read = state.hasNoteBox && state.noteText !== undefined ? env.withCurrentEntry(snapshot, state.noteText) : snapshot;
  const evaluation = evaluateWith(state, read);
  return evaluation.keepOpenScenario ? keepOpenConfirmQuestion(evaluation.keepOpenScenario, evaluation.keepOpenBranch) : undefined;
}
