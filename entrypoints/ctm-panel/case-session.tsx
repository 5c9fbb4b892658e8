/**
 * One complaint document's session: read the page, dock or remove the panel, evaluate the SOP,
 * lint the note as it is typed, and keep the background informed (PHI-free facts only).
 * Any failure shows in the panel; nothing throws into the page.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReadResult } from '../../lib/page/read-case';
import { evaluateCase, type CaseEvaluation } from '../../lib/evaluate-case';
import { closingSignal, keepOpenConfirmQuestion, keepOpenStep } from '../../lib/checklist/closing';
import type { CaseContext, CaseProgress } from '../../lib/messages';
import type { Finding } from '../../lib/lint/types';
import type { CaseLetter } from '../../lib/sop/types';
import { startNoteLintLoop, type NoteLintLoop } from '../../components/note/note-lint-loop';
import { applyFixToTextarea, selectInTextarea } from '../../components/note/textarea-actions';
import { Panel } from '../../components/Panel';
import { dockPanel, type PanelDock } from './panel-dock';
import type { CaseSession, PageReader } from '../ctm.content/panel-module';
import { reportCase, sendPick, sendTick } from './background-link';
import { guardSaving } from './keep-open-guard';
import { createNoteStore } from './note-store';
import { createInlineWarning } from './inline-warning';
import { PanelView } from './panel-view';
import { reportQuietly } from '../ctm.content/report-quietly';
import { focusNoteFindings, listenForPanelCommands } from './panel-commands';

const NOTE_SETTLE_MS = 250;
const CLOCK_TICK_MS = 60_000;

export function startCaseSession(ctx: ContentScriptContext, readCase: PageReader): CaseSession {
  let dock: PanelDock | undefined;
  let collapsed = false;
  let rendered = false;

  let read: ReadResult | undefined;
  let evaluation: CaseEvaluation | undefined;
  let failure: string | undefined;
  let context: CaseContext | undefined;
  let progress: CaseProgress = { ticks: {} };
  let progressFor: string | undefined;
  let linkProblem: string | undefined;
  let lastReport = '';

  const note = createNoteStore();
  const inlineWarning = createInlineWarning();
  let noteLoop: NoteLintLoop | undefined;
  let noteBox: HTMLTextAreaElement | undefined;
  let noteSettle: number | undefined;

  const complaintId = () => read?.snapshot.facts.complaintId;

  const evaluate = () => {
    if (!read) return;
    if (progressFor !== complaintId()) {
      progress = { ticks: {} };
      progressFor = complaintId();
    }
    evaluation = evaluateCase(read.snapshot, {
      picked: progress.picked,
      ticks: progress.ticks,
      settings: context?.settings ?? { schemaVersion: 1 },
    });
  };

  const draw = () => {
    if (!dock) return;
    dock.setCollapsed(collapsed);
    const problems = [context?.settingsProblem, context?.trackingProblem, linkProblem].filter((p): p is string => !!p);
    render(
      <Panel collapsed={collapsed} onToggle={toggle} complaintId={complaintId()}>
        {failure ? (
          <p class="ctm-error-box" role="alert">
            CTM Assist could not read this page ({failure}). The page itself is unaffected.
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
    const active = evaluation?.active;
    const controls = read?.controls;
    const anchor = read?.snapshot.facts.resolutionDate || !controls?.disposition ? controls?.resolutionDate : controls.disposition;
    if (failure || !read || !active || !evaluation?.keepOpenViolated || !anchor?.isConnected) return inlineWarning.hide();
    const step = keepOpenStep(active);
    inlineWarning.show(
      anchor,
      `Do not close: ${closingSignal(read.snapshot.facts) ?? 'the case is set to close'}, but SOP Scenario ${active}${step ? ` (${step})` : ''} says leave this case open. See CTM Assist.`,
    );
  };

  const toggle = () => {
    collapsed = !collapsed;
    draw();
  };

  const applyProgress = (id: string, next: CaseProgress) => {
    if (id !== complaintId()) return;
    progress = next;
    evaluate();
    draw();
    reportIfChanged();
  };

  const pick = (letter: CaseLetter) => {
    const id = complaintId();
    if (!id) return;
    applyProgress(id, { ...progress, picked: letter });
    void sendPick(id, letter).then((r) => (r.ok ? applyProgress(id, r.value) : showLinkProblem(r.problem)));
  };

  const tick = (stepId: string, done: boolean) => {
    const id = complaintId();
    if (!id) return;
    applyProgress(id, { ...progress, ticks: { ...progress.ticks, [stepId]: done } });
    void sendTick(id, stepId, done).then((r) => (r.ok ? applyProgress(id, r.value) : showLinkProblem(r.problem)));
  };

  const showLinkProblem = (problem: string) => {
    linkProblem = problem;
    draw();
  };

  /** Tells the background about the case when its PHI-free facts or scenario changed. */
  const reportIfChanged = () => {
    if (!read || !evaluation) return;
    const { facts } = read.snapshot;
    const key = JSON.stringify([facts, evaluation.active]);
    if (key === lastReport || !facts.complaintId) return;
    lastReport = key;
    const id = facts.complaintId;
    void reportCase(facts, evaluation.active).then((result) => {
      if (!result.ok) return showLinkProblem(result.problem);
      linkProblem = undefined;
      context = result.value;
      if (id === complaintId()) progress = result.value.progress;
      evaluate();
      draw();
      noteLoop?.refresh();
    });
  };

  const selectFinding = (finding: Finding) => noteBox && selectInTextarea(noteBox, finding.start, finding.end);
  const fixFinding = (finding: Finding) => {
    if (!noteBox || !finding.fix) return;
    applyFixToTextarea(noteBox, finding.fix, note.current()?.text);
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
    noteLoop = startNoteLintLoop(textarea, () => evaluation?.lint ?? {}, (state) => {
      note.set(state);
      // The checklist and suggestions follow the note once typing settles.
      // A plain timer, cleared on teardown: ctx.setTimeout adds an invalidation listener per call
      // that is never removed (one per keystroke, each costing time and memory).
      if (noteSettle !== undefined) clearTimeout(noteSettle);
      noteSettle = window.setTimeout(() => {
        noteSettle = undefined;
        if (ctx.isInvalid || !read || !noteBox) return;
        read = { ...read, snapshot: { ...read.snapshot, currentEntry: noteBox.value } };
        evaluate();
        draw();
        reportIfChanged();
      }, NOTE_SETTLE_MS);
    });
  };

  const teardown = () => {
    if (noteSettle !== undefined) clearTimeout(noteSettle);
    noteSettle = undefined;
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
    if (!failure) {
      attachNote();
      evaluate();
    }
    ensureDocked();
    draw();
    reportIfChanged();
  };

  guardSaving(ctx, () => {
    // Read afresh: the caseworker may have typed the resolution date a moment ago.
    if (!dock || !document.body) return undefined;
    read = readCase(document.body);
    evaluate();
    return evaluation?.active && evaluation.keepOpenViolated ? keepOpenConfirmQuestion(evaluation.active) : undefined;
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
