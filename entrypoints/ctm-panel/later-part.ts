/**
 * The panel's later part (the emails, the note's checks), loaded once per page right after the
 * panel's first paint (a Preact effect runs after the frame is drawn), from the extension's own
 * file. Its users follow its state: loading, in, or failed (the panel then says so in words).
 */
import { Component, createElement, Fragment, h } from 'preact';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { Fragment as JsxFragment, jsx, jsxs } from 'preact/jsx-runtime';
import { isPanelLaterPart, type PanelLaterPart } from '../../components/email/panel-later-part';
import type { NoteChecksState } from '../../lib/lint/note-checks';
import { extensionFileUrl, loadLaterPart, PANEL_LATER_FILE, sharePreact, shareScenarios } from '../../lib/panel-module';
import { phraseProvenance, scenarioLint } from '../../lib/sop/case-scenarios';
import { reportQuietly } from '../../lib/report-quietly';

export type LaterState = { status: 'loading' } | { status: 'ready'; part: PanelLaterPart } | { status: 'failed'; reason: string };

let state: LaterState = { status: 'loading' };
let started = false;
const listeners = new Set<() => void>();

function settle(next: LaterState): void {
  state = next;
  for (const listener of listeners) {
    try {
      listener();
    } catch (error) {
      reportQuietly(error);
    }
  }
}

async function load(): Promise<PanelLaterPart> {
  sharePreact({
    preact: { Component, Fragment, createElement, h },
    hooks: { useCallback, useEffect, useMemo, useReducer, useRef, useState },
    jsxRuntime: { Fragment: JsxFragment, jsx, jsxs },
  });
  shareScenarios({ phraseProvenance, scenarioLint });
  const part = await loadLaterPart(extensionFileUrl(PANEL_LATER_FILE, location.href, (path) => browser.runtime.getURL(path)));
  if (!isPanelLaterPart(part)) throw new TypeError('The panel\'s later part is not the one this panel expects.');
  return part;
}

/** Starts the load once per page; later calls are no-ops. */
function startLoadingLaterPart(): void {
  if (started) return;
  started = true;
  load().then(
    (part) => settle({ status: 'ready', part }),
    (error: unknown) => {
      reportQuietly(error);
      // The error's name only: the reason is shown in the panel.
      settle({ status: 'failed', reason: error instanceof Error ? error.name : 'error' });
    },
  );
}

/** Hears each change of the later part's state (it changes once); returns the way to stop. */
export function onLaterPart(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The note's checks as the panel has them now. */
export function noteChecks(): NoteChecksState {
  if (state.status === 'ready') return state.part.noteChecks;
  return state.status === 'failed' ? 'unavailable' : 'loading';
}

/** The later part's state; the first component that asks starts the load, after its first paint. */
export function useLaterPart(): LaterState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    const listener = () => setCurrent(state);
    const stop = onLaterPart(listener);
    startLoadingLaterPart();
    listener();
    return stop;
  }, []);
  return current;
}
