/**
 * One complaint document's session: the shell around the pure session (lib/session/). It turns
 * page reads, the note box, the caseworker's clicks, the background's answers and its timers
 * into events, and performs the effects the transition asks for: dock, draw, report, save,
 * retry, tear down. Only the DOM lives here (the page's controls, the note box, the dock).
 * Any failure shows in the panel; nothing throws into the page.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ReadResult } from '../../lib/page/read-case';
import type { CaseSession, NoteReader, PageReader } from '../../lib/panel-module';
import type { Answer, NoteBoxRead, PanelContent, SaveRequest, SessionEffect, SessionEvent } from '../../lib/session/session-state';
import { initialSessionState } from '../../lib/session/session-state';
import { saveQuestion, transition, type SessionEnv } from '../../lib/session/transition';
import type { CaseProgress } from '../../lib/messages';
import { reportQuietly } from '../../lib/report-quietly';
import { dockPanel, type PanelDock } from './panel-dock';
import { reportCase, sendBranch, sendPick, sendTick } from './background-link';
import { guardSaving } from './keep-open-guard';
import { createNoteStore } from './note-store';
import { followNoteBox, type NoteBox } from './note/note-box';
import { noteChecks, onLaterPart } from './later-part';
import { createInlineWarning } from './inline-warning';
import { CasePanel } from './CasePanel';
import { focusNoteFindings, listenForPanelCommands } from './panel-commands';

const CLOCK_TICK_MS = 60_000;

const errorName = (error: unknown) => (error instanceof Error ? error.name : 'error');

function send(save: SaveRequest): Promise<Answer<CaseProgress>> {
  if (save.kind === 'pick') return sendPick(save.complaintId, save.letter);
  if (save.kind === 'tick') return sendTick(save.complaintId, save.stepId, save.done);
  return sendBranch(save.complaintId, save.branch);
}

export function startCaseSession(ctx: ContentScriptContext, readCase: PageReader, withCurrentEntry: NoteReader): CaseSession {
  const env: SessionEnv = { withCurrentEntry };
  let state = initialSessionState();
  /** The page as last read: its controls anchor the inline warning. */
  let read: ReadResult | undefined;
  let dock: PanelDock | undefined;
  let noteBox: NoteBox | undefined;
  let retryTimer: number | undefined;
  let rendered = false;
  const note = createNoteStore();
  const inlineWarning = createInlineWarning();

  const dispatch = (event: SessionEvent): void => {
    let effects: SessionEffect[];
    try {
      ({ state, effects } = transition(state, event, env));
    } catch (error) {
      reportQuietly(error);
      if (event.type !== 'failed') dispatch({ type: 'failed', name: errorName(error) });
      return;
    }
    for (const effect of effects) perform(effect);
  };

  const perform = (effect: SessionEffect): void => {
    switch (effect.type) {
      case 'dock':
        return ensureDocked();
      case 'draw':
        return drawPanel(effect.panel);
      case 'report': {
        const { sent } = effect;
        void reportCase(effect.facts, effect.scenario, effect.unusable).then((answer) => dispatch({ type: 'reportAnswered', sent, answer }));
        return;
      }
      case 'save': {
        const { save } = effect;
        void send(save).then((answer) => dispatch({ type: 'saveAnswered', save, answer }));
        return;
      }
      case 'retryReportIn':
        retryTimer = window.setTimeout(() => {
          retryTimer = undefined;
          if (!ctx.isInvalid) dispatch({ type: 'reportRetryDue' });
        }, effect.ms);
        return;
      case 'relintNote':
        return noteBox?.refresh();
      case 'tearDown':
        return tearDown();
      case 'logQuietly':
        return reportQuietly(effect.error);
    }
  };

  const toggle = () => dispatch({ type: 'collapseToggled' });

  const drawPanel = (panel: PanelContent) => {
    if (!dock) return;
    try {
      dock.setCollapsed(panel.collapsed);
      render(
        h(CasePanel, {
          content: panel,
          onToggle: toggle,
          note,
          now: Date.now(),
          optionsUrl: browser.runtime.getURL('/options.html'),
          onPick: (letter) => dispatch({ type: 'scenarioPicked', letter }),
          onTick: (stepId, done) => dispatch({ type: 'stepTicked', stepId, done }),
          onConfirmBranch: (branch) => dispatch({ type: 'branchConfirmed', branch }),
          onSelectFinding: (finding) => noteBox?.select(finding),
          onFixFinding: (finding) => noteBox?.fix(finding),
        }),
        dock.container,
      );
      syncInlineWarning(panel.keepOpenInline);
    } catch (error) {
      reportQuietly(error);
      // The case failed to draw: the panel says so. A failure to draw that message is only reported.
      if (panel.body.kind === 'case') dispatch({ type: 'failed', name: errorName(error) });
      return;
    }
    if (!rendered) {
      rendered = true;
      // Read by `npm run bench` (panel render time after DOMContentLoaded).
      performance.mark('ctm-assist:panel-rendered');
    }
  };

  /** The small warning next to the close control, while the keep-open guard applies. */
  const syncInlineWarning = (message: string | undefined) => {
    const controls = read?.controls;
    const anchor = read?.snapshot.facts.resolutionDate || !controls?.disposition ? controls?.resolutionDate : controls.disposition;
    if (!message || !anchor?.isConnected) return inlineWarning.hide();
    inlineWarning.show(anchor, message);
  };

  /** Follows the Current Entry box: a re-rendered form brings a new textarea. */
  const followNote = (box: Element | undefined): NoteBoxRead => {
    const textarea = box instanceof HTMLTextAreaElement ? box : undefined;
    if (textarea === noteBox?.textarea) return textarea ? { box: 'same' } : { box: 'none' };
    noteBox?.stop();
    noteBox = undefined;
    if (!textarea) {
      note.set(undefined);
      return { box: 'none' };
    }
    noteBox = followNoteBox(
      textarea,
      () => state.evaluation?.lint ?? {},
      noteChecks,
      (lint) => note.set(lint),
      (text) => {
        if (!ctx.isInvalid) dispatch({ type: 'noteSettled', text });
      },
    );
    return { box: 'new', text: textarea.value };
  };

  // The note's checks came in (or could not load): the note section shows their outcome at once.
  ctx.onInvalidated(onLaterPart(() => noteBox?.refresh()));

  const tearDown = () => {
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = undefined;
    noteBox?.stop();
    noteBox = undefined;
    inlineWarning.hide();
    dock?.remove();
    dock = undefined;
  };
  ctx.onInvalidated(() => dispatch({ type: 'invalidated' }));

  const ensureDocked = () => {
    if (dock?.isAttached()) return;
    dock?.remove(); // the page re-rendered its body and took the panel with it
    dock = dockPanel(ctx);
  };

  const refresh = () => {
    if (ctx.isInvalid || !document.body) return;
    let next: ReadResult;
    try {
      next = readCase(document.body);
    } catch (error) {
      return dispatch({ type: 'pageReadFailed', name: error instanceof Error ? error.name : 'unexpected page markup' });
    }
    read = next;
    if (!next.recognized) return dispatch({ type: 'pageNotCase' });
    let noteRead: NoteBoxRead;
    try {
      noteRead = followNote(next.controls.currentEntry);
    } catch (error) {
      reportQuietly(error);
      dispatch({ type: 'pageRead', snapshot: next.snapshot, note: { box: 'none' } });
      return dispatch({ type: 'failed', name: errorName(error) });
    }
    dispatch({ type: 'pageRead', snapshot: next.snapshot, note: noteRead });
  };

  guardSaving(ctx, () => {
    // Read afresh: the caseworker may have typed the resolution date a moment ago.
    if (!dock || !document.body) return undefined;
    try {
      return saveQuestion(state, readCase(document.body).snapshot, env);
    } catch (error) {
      reportQuietly(error);
      dispatch({ type: 'failed', name: errorName(error) });
      return undefined;
    }
  });
  ctx.setInterval(() => dock && dispatch({ type: 'clockTicked' }), CLOCK_TICK_MS);
  listenForPanelCommands(ctx, {
    toggle: () => dock && toggle(),
    focusFindings: () => {
      if (!dock) return;
      if (state.collapsed) toggle();
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
    followsInput: (target) => !!noteBox && target === noteBox.textarea,
  };
}
