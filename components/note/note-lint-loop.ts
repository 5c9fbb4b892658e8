/**
 * Keeps the note's count and findings current while the caseworker types: lint runs
 * synchronously on every `input` (it is cheap), drawing waits for the next animation frame and
 * happens at most once per frame. Nothing here reads layout, so typing never forces a reflow.
 */
import { lintNote } from '../../lib/lint/lint-note';
import { NOTE_LIMIT, submittedLength } from '../../lib/lint/submitted-length';
import type { Finding, LintContext } from '../../lib/lint/types';

export interface NoteLintState {
  /** The text the findings were computed for (never logged or stored). */
  text: string;
  count: number;
  limit: number;
  /** The textarea's `maxlength`, when it has one. */
  maxLength?: number;
  findings: Finding[];
}

export interface NoteLintLoop {
  /** Lint again now (e.g. the active scenario changed, or the page set the value by script). */
  refresh(): void;
  /** The latest state, linted synchronously. */
  current(): NoteLintState;
  stop(): void;
}

export function lintState(text: string, context: LintContext, maxLength?: number): NoteLintState {
  const state: NoteLintState = { text, count: submittedLength(text), limit: NOTE_LIMIT, findings: lintNote(text, context) };
  if (maxLength !== undefined && maxLength >= 0) state.maxLength = maxLength;
  return state;
}

export function startNoteLintLoop(
  textarea: HTMLTextAreaElement,
  getContext: () => LintContext,
  draw: (state: NoteLintState) => void,
): NoteLintLoop {
  const view = textarea.ownerDocument.defaultView ?? window;
  const requestFrame = (cb: FrameRequestCallback): number => view.requestAnimationFrame(cb);
  const cancelFrame = (id: number): void => view.cancelAnimationFrame(id);
  let state = lintState(textarea.value, getContext(), textarea.maxLength);
  let frame: number | undefined;

  const flush = () => {
    frame = undefined;
    draw(state);
  };
  const update = () => {
    state = lintState(textarea.value, getContext(), textarea.maxLength);
    frame ??= requestFrame(flush);
  };

  textarea.addEventListener('input', update);
  textarea.addEventListener('change', update);
  frame = requestFrame(flush);

  return {
    refresh: update,
    current: () => state,
    stop() {
      textarea.removeEventListener('input', update);
      textarea.removeEventListener('change', update);
      if (frame !== undefined) cancelFrame(frame);
      frame = undefined;
    },
  };
}
