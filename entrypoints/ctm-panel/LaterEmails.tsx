/**
 * The panel's later part (the emails), loaded once per page right after the panel's first paint
 * (a Preact effect runs after the frame is drawn), from the extension's own file. Until it is in,
 * its place in the panel says so in words; if it fails to load, the panel says that instead and
 * the rest of it keeps working.
 */
import { Component, createElement, Fragment, h } from 'preact';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { Fragment as JsxFragment, jsx, jsxs } from 'preact/jsx-runtime';
import { isPanelLaterPart, type PanelLaterPart } from '../../components/email/panel-later-part';
import type { PanelEmailsProps } from '../../components/email/PanelEmails';
import { loadLaterPart, PANEL_LATER_FILE, sharePreact } from '../../lib/panel-module';
import { reportQuietly } from '../../lib/report-quietly';

type LaterState = { status: 'loading' } | { status: 'ready'; part: PanelLaterPart } | { status: 'failed'; reason: string };

let state: LaterState = { status: 'loading' };
let started = false;
const listeners = new Set<() => void>();

function settle(next: LaterState): void {
  state = next;
  for (const listener of listeners) listener();
}

async function load(): Promise<PanelLaterPart> {
  sharePreact({
    preact: { Component, Fragment, createElement, h },
    hooks: { useCallback, useEffect, useMemo, useReducer, useRef, useState },
    jsxRuntime: { Fragment: JsxFragment, jsx, jsxs },
  });
  const part = await loadLaterPart(browser.runtime.getURL(PANEL_LATER_FILE));
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

/** The later part's state; the first component that asks starts the load, after its first paint. */
export function useLaterPart(): LaterState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    const listener = () => setCurrent(state);
    listeners.add(listener);
    startLoadingLaterPart();
    listener();
    return () => listeners.delete(listener);
  }, []);
  return current;
}

/** The complaint's emails, once the later part is in (TEST-HOOKS.md: data-emails-loading, data-emails-unavailable). */
export function LaterEmails(props: Omit<PanelEmailsProps, 'edits'>) {
  const later = useLaterPart();
  if (props.templates.length === 0) return null;
  if (later.status === 'ready') return <later.part.PanelEmails {...props} edits={later.part.emailEdits} />;
  if (later.status === 'failed') {
    return (
      <p class="ctm-alert" role="alert" data-emails-unavailable="">
        CTM Assist could not load its email drafts ({later.reason}). The rest of the panel works; reload the page to try again.
      </p>
    );
  }
  return (
    <p class="ctm-notice" data-emails-loading="">
      Loading emails…
    </p>
  );
}
