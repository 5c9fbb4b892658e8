/**
 * One complaint document's session: read the page, dock or remove the panel, evaluate the SOP,
 * lint the note as it is typed, and keep the background informed (PHI-free facts only).
 * Any failure shows in the panel; nothing throws into the page.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReadResult } from '../../lib/page/read-case';
import { unusableFacts } from '../../lib/unusable-facts';
import { evaluateCase, type CaseEvaluation } from '../../lib/evaluate-case';
import { closingSignal, keepOpenConfirmQuestion, keepOpenStep } from '../../lib/checklist/closing';
import type { CaseContext, CaseProgress } from '../../lib/messages';
import type { Finding } from '../../lib/lint/types';
import type { CaseLetter, RdBranch } from '../../lib/sop/types';
import { startNoteLintLoop, type NoteLintLoop } from './note/note-lint-loop';
import { sameFindingIn } from '../../lib/lint/note-lint-state';
import { applyFixToTextarea, selectInTextarea } from './note/textarea-actions';
import { Panel } from '../../components/Panel';
import { dockPanel, type PanelDock } from './panel-dock';
import type { CaseSession, NoteReader, PageReader } from '../../lib/panel-module';
import { reportCase, sendBranch, sendPick, sendTick } from './background-link';
import { guardSaving } from './keep-open-guard';
import { createNoteStore } from './note-store';
import { createInlineWarning } from './inline-warning';
import { PanelView } from './panel-view';
import { reportQuietly } from '../../lib/report-quietly';
import { focusNoteFindings, listenForPanelCommands } from './panel-commands';

const CLOCK_TICK_MS = 60_000;
const REPORT_RETRY_MS = 1_000;
const REPORT_RETRIES = 5;

export function startCaseSession(ctx: ContentScriptContext, readCase: PageReader, withCurrentEntry: NoteReader): CaseSession {
  let dock: PanelDock | undefined;
  let collapsed = false;
  let rendered = false;

  let read: ReadResult | undefined;
  let evaluation: CaseEvaluation | undefined;
  let failure: string | undefined;
  /** An error while evaluating or drawing, by name only: its message may quote page or settings text. */
  let broken: string | undefined;
  let context: CaseContext | undefined;
  let progress: CaseProgress = { ticks: {} };
  let progressFor: string | undefined;
  let linkProblem: string | undefined;
  /** The facts the background last answered for, and those it is being asked about now. */
  let lastReport = '';
  let reportInFlight: string | undefined;
  let reportRetry: number | undefined;
  let reportAttempts = 0;

  const note = createNoteStore();
  const inlineWarning = createInlineWarning();
  let noteLoop: NoteLintLoop | undefined;
  let noteBox: HTMLTextAreaElement | undefined;

  const complaintId = () => read?.snapshot.facts.complaintId;

  const evaluate = () => {
    if (!read) return;
    if (progressFor !== complaintId()) {
      progress = { ticks: {} };
      progressFor = complaintId();
    }
    evaluation = evaluateCase(read.snapshot, {
      picked: progress.picked,
      branch: progress.branch,
      ticks: progress.ticks,
      settings: context?.settings ?? { schemaVersion: 1 },
    });
  };

  /**
   * Runs a step started by a background answer, a timer or a click: an error there shows in the
   * panel and is reported by name only, never thrown into the page or printed with its text.
   */
  const safely = (step: () => void) => {
    try {
      step();
    } catch (error) {
      reportQuietly(error);
      broken = error instanceof Error ? error.name : 'error';
      try {
        drawPanel();
      } catch (again) {
        reportQuietly(again);
      }
    }
  };

  const draw = () => safely(drawPanel);

  const drawPanel = () => {
    if (!dock) return;
    dock.setCollapsed(collapsed);
    // Without a complaint ID the panel says why the case is not tracked; the worker's answer would repeat it.
    const trackingProblem = complaintId() ? context?.trackingProblem : undefined;
    const problems = [context?.settingsProblem, trackingProblem, linkProblem].filter((p): p is string => !!p);
    render(
      <Panel collapsed={collapsed} onToggle={toggle} complaintId={complaintId()}>
        {failure ? (
          <p class="ctm-error-box" role="alert">
            CTM Assist could not read this page ({failure}). The page itself is unaffected.
          </p>
        ) : broken ? (
          <p class="ctm-error-box" role="alert">
            CTM Assist could not show this case ({broken}). The page itself is unaffected; reload the page to try again.
          </p>
        ) : read && evaluation ? (
          <PanelView
            snapshot={read.snapshot}
            evaluation={evaluation}
            context={context}
            problems={problems}
            hasNoteBox={!!noteBox}
            note={note}
            now={Date.now()}
            optionsUrl={browser.runtime.getURL('/options.html')}
            onPick={pick}
            onTick={tick}
            onConfirmBranch={confirmBranch}
            onSelectFinding={selectFinding}
            onFixFinding={fixFinding}
          />
        ) : null}
      </Panel>,
      dock.container,
    );
    syncInlineWarning();
    if (!rendered) {
      rendered = true;
      // Read by `npm run bench` (panel render time after DOMContentLoaded).
      performance.mark('ctm-assist:panel-rendered');
    }
  };

  /** The small warning next to the close control, while the keep-open guard applies. */
  const syncInlineWarning = () => {
    const active = evaluation?.keepOpenScenario;
    const controls = read?.controls;
    const anchor = read?.snapshot.facts.resolutionDate || !controls?.disposition ? controls?.resolutionDate : controls.disposition;
    if (failure || broken || !read || !active || !evaluation?.keepOpenViolated || !anchor?.isConnected) return inlineWarning.hide();
    const step = keepOpenStep(active, evaluation.branch.confirmed);
    inlineWarning.show(
      anchor,
      `Do not close: ${closingSignal(read.snapshot.facts) ?? 'the case is set to close'}, but SOP Scenario ${active}${step ? ` (${step})` : ''} says leave this case open. See CTM Assist.`,
    );
  };

  const toggle = () =>
    safely(() => {
      collapsed = !collapsed;
      drawPanel();
    });

  /** Without a complaint ID (`id` undefined), ticks and picks stay on this page: nothing to save them under. */
  const applyProgress = (id: string | undefined, next: CaseProgress) => {
    if (id !== complaintId()) return;
    progress = next;
    evaluate();
    draw();
    reportIfChanged();
  };

  const pick = (letter: CaseLetter) => {
    const id = complaintId();
    safely(() => applyProgress(id, { ...progress, picked: letter }));
    if (!id) return;
    void sendPick(id, letter).then((r) => safely(() => (r.ok ? applyProgress(id, r.value) : showLinkProblem(r.problem))));
  };

  const tick = (stepId: string, done: boolean) => {
    const id = complaintId();
    safely(() => applyProgress(id, { ...progress, ticks: { ...progress.ticks, [stepId]: done } }));
    if (!id) return;
    void sendTick(id, stepId, done).then((r) => safely(() => (r.ok ? applyProgress(id, r.value) : showLinkProblem(r.problem))));
  };

  const confirmBranch = (branch: RdBranch | null) => {
    const id = complaintId();
    const { branch: _, branchAt: __, ...rest } = progress;
    const saved = id ? sendBranch(id, branch) : undefined;
    safely(() => applyProgress(id, branch ? { ...rest, branch } : rest));
    // Once saved, report again: the background copies the confirmed path from the saved progress to the tracked case.
    void saved?.then((r) =>
      safely(() => {
        if (!r.ok) return showLinkProblem(r.problem);
        lastReport = '';
        applyProgress(id, r.value);
      }),
    );
  };

  const showLinkProblem = (problem: string) => {
    linkProblem = problem;
    draw();
  };

  /**
   * Tells the background about the case when its PHI-free facts or scenario changed. A page
   * whose complaint ID cannot be used is reported too: nothing is tracked, but the answer brings
   * the settings the emails and due moments need.
   */
  const reportIfChanged = () => {
    if (!read || !evaluation) return;
    const { facts } = read.snapshot;
    const { untracked } = unusableFacts(read.snapshot);
    // The confirmed path too: the background copies it from the saved progress to the tracked case.
    const key = JSON.stringify([facts, evaluation.active, evaluation.branch.confirmed, untracked]);
    if (key === lastReport || key === reportInFlight) return;
    reportInFlight = key;
    const id = facts.complaintId;
    void reportCase(facts, evaluation.active, untracked).then((result) =>
      safely(() => {
        if (reportInFlight === key) reportInFlight = undefined;
        if (!result.ok) {
          retryReport();
          return showLinkProblem(result.problem);
        }
        // Without the policy yet, the answer is provisional: ask again a little later.
        if (result.value.policyPending) retryReport();
        else {
          lastReport = key;
          reportAttempts = 0;
        }
        linkProblem = undefined;
        context = result.value;
        if (id && id === complaintId()) progress = result.value.progress;
        evaluate();
        drawPanel();
        noteLoop?.refresh();
      }),
    );
  };

  /** A report that failed (or came without the policy) is sent again, a few times, further apart each time. */
  const retryReport = () => {
    if (reportRetry !== undefined || reportAttempts >= REPORT_RETRIES) return;
    reportRetry = window.setTimeout(
      () =>
        safely(() => {
          reportRetry = undefined;
          if (!ctx.isInvalid) reportIfChanged();
        }),
      REPORT_RETRY_MS * 2 ** reportAttempts++,
    );
  };

  /** The finding as of the note's text now: typing may have moved it since the list was drawn. */
  const latestFinding = (finding: Finding): Finding | undefined => {
    const before = noteLoop?.current();
    const state = noteLoop?.lintNow();
    if (!before || !state || state === before) return finding;
    return sameFindingIn(before.findings, finding, state.findings);
  };
  const selectFinding = (finding: Finding) => {
    const latest = latestFinding(finding);
    if (noteBox && latest) selectInTextarea(noteBox, latest.start, latest.end);
  };
  const fixFinding = (finding: Finding) => {
    const latest = latestFinding(finding);
    if (!noteBox || !latest?.fix) return;
    applyFixToTextarea(noteBox, latest.fix, noteLoop?.current().text);
  };

  /** Follows the Current Entry box: a re-rendered form brings a new textarea. */
  const attachNote = () => {
    const box = read?.controls.currentEntry;
    const textarea = box instanceof HTMLTextAreaElement ? box : undefined;
    if (textarea === noteBox) return;
    noteLoop?.stop();
    noteLoop = undefined;
    noteBox = textarea;
    if (!textarea) return note.set(undefined);
    // The checklist and suggestions follow the note once typing pauses: one pause, the lint loop's.
    const noteSettled = (text: string) =>
      safely(() => {
        if (ctx.isInvalid || !read) return;
        read = { ...read, snapshot: withCurrentEntry(read.snapshot, text) };
        evaluate();
        drawPanel();
        reportIfChanged();
      });
    noteLoop = startNoteLintLoop(textarea, () => evaluation?.lint ?? {}, (state) => note.set(state), noteSettled);
  };

  const teardown = () => {
    if (reportRetry !== undefined) clearTimeout(reportRetry);
    reportRetry = undefined;
    noteLoop?.stop();
    noteLoop = undefined;
    noteBox = undefined;
    inlineWarning.hide();
    dock?.remove();
    dock = undefined;
  };
  ctx.onInvalidated(teardown);

  const ensureDocked = () => {
    if (dock?.isAttached()) return;
    dock?.remove(); // the page re-rendered its body and took the panel with it
    dock = dockPanel(ctx);
  };

  const refresh = () => {
    if (ctx.isInvalid || !document.body) return;
    try {
      read = readCase(document.body);
      failure = undefined;
    } catch (error) {
      failure = error instanceof Error ? error.name : 'unexpected page markup';
    }
    if (!failure && !read?.recognized) return teardown();
    broken = undefined; // a fresh read tries again
    ensureDocked();
    safely(() => {
      if (!failure) {
        attachNote();
        evaluate();
      }
      drawPanel();
      reportIfChanged();
    });
  };

  guardSaving(ctx, () => {
    // Read afresh: the caseworker may have typed the resolution date a moment ago.
    if (!dock || !document.body) return undefined;
    let question: string | undefined;
    safely(() => {
      read = readCase(document.body);
      evaluate();
      question = evaluation?.keepOpenScenario ? keepOpenConfirmQuestion(evaluation.keepOpenScenario, evaluation.keepOpenBranch) : undefined;
    });
    return question;
  });
  ctx.setInterval(() => dock && draw(), CLOCK_TICK_MS);
  listenForPanelCommands(ctx, {
    toggle: () => dock && toggle(),
    focusFindings: () => {
      if (!dock) return;
      if (collapsed) toggle();
      focusNoteFindings(dock.container);
    },
  });
  const refreshQuietly = () => {
    try {
      refresh();
    } catch (error) {
      reportQuietly(error);
    }
  };
  refreshQuietly();
  return {
    refresh: refreshQuietly,
    followsInput: (target) => target === noteBox,
  };
}
