/**
 * Keeps the note's count and findings current while the caseworker types: the count follows every
 * key; the findings (the whole lint) follow once typing pauses, at once on blur, on a fix or on
 * Show. A list that reshuffles under the caseworker's eyes at every key helps nobody. Drawing
 * waits for the next animation frame, at most once per frame; nothing here reads layout.
 * The checks come with the panel's later part, after the first paint: until then the count
 * follows alone, and `refresh` lints once they are in.
 */
import { submittedLength } from '../../../lib/lint/submitted-length';
import { checksStatus, lintState, type NoteLintState } from '../../../lib/lint/note-lint-state';
import type { NoteChecksState } from '../../../lib/lint/note-checks';
import type { LintContext } from '../../../lib/lint/types';

export interface NoteLintLoop {
  /** Lint again now (the active scenario changed, the checks came in, or the page set the value by script); while typing, at the pause. */
  refresh(): void;
  /** Lint and draw now if typing left the findings behind (before Show or a fix acts on them). */
  lintNow(): NoteLintState;
  /** The latest state: the count as of the last key, the findings as of `text`. */
  current(): NoteLintState;
  stop(): void;
}

/** The findings list redraws this long after the last key (the count follows every key). */
export const FINDINGS_PAUSE_MS = 150;

/**
 * `checks`: the note's checks as the panel has them now (they may still be loading).
 * `settled` hears of the text once typing pauses or the box loses focus (not on every key): the
 * moment the rest of the panel (checklist, suggestions) may follow the note.
 */
export function startNoteLintLoop(
  textarea: HTMLTextAreaElement,
  getContext: () => LintContext,
  checks: () => NoteChecksState,
  draw: (state: NoteLintState) => void,
  settled?: (text: string) => void,
): NoteLintLoop {
  const view = textarea.ownerDocument.defaultView ?? window;
  const requestFrame = (cb: FrameRequestCallback): number => view.requestAnimationFrame(cb);
  const cancelFrame = (id: number): void => view.cancelAnimationFrame(id);
  const lint = () => lintState(textarea.value, getContext(), checks(), textarea.maxLength);
  let state = lint();
  let frame: number | undefined;
  let pause: number | undefined;
  let leftTimer: number | undefined;
  /** The pause ended: the owner hears of the text right after the frame that draws its findings. */
  let settlePending = false;

  const flush = () => {
    frame = undefined;
    draw(state);
    if (!settlePending) return;
    settlePending = false;
    settled?.(state.text);
  };
  const cancelPause = () => {
    if (pause !== undefined) view.clearTimeout(pause);
    pause = undefined;
  };
  const lintNow = () => {
    cancelPause();
    state = lint();
    return state;
  };
  /** Lint and draw now, not at the next frame: a click on a finding may follow in the same frame. */
  const settle = () => {
    if (pause === undefined && state.text === textarea.value && state.checks === checksStatus(checks())) return;
    lintNow();
    if (frame !== undefined) cancelFrame(frame);
    flush();
  };
  /** A key: the count follows at the next frame; the findings once typing pauses. */
  const typed = () => {
    const count = submittedLength(textarea.value);
    if (count !== state.count) state = { ...state, count };
    frame ??= requestFrame(flush);
    cancelPause();
    pause = view.setTimeout(() => {
      pause = undefined;
      lintNow();
      settlePending = true;
      frame ??= requestFrame(flush);
    }, FINDINGS_PAUSE_MS);
  };

  /**
   * Blur or `change`: the findings at once; the owner hears the text settled a pause later, not
   * inside the event, so the panel does not move under a click that is landing.
   */
  const left = () => {
    const changed = pause !== undefined || state.text !== textarea.value;
    settle();
    if (!changed || !settled) return;
    if (leftTimer !== undefined) view.clearTimeout(leftTimer);
    leftTimer = view.setTimeout(() => {
      leftTimer = undefined;
      settled(state.text);
    }, FINDINGS_PAUSE_MS);
  };

  textarea.addEventListener('input', typed);
  // `change` follows a fix (textarea-actions) and a blur after an edit; `blur` covers the rest.
  textarea.addEventListener('change', left);
  textarea.addEventListener('blur', left);
  // At once, not at the next frame: the panel's first paint shows the count.
  draw(state);

  return {
    refresh() {
      // While typing, the pause lints with the new context: the list still waits for it.
      if (pause !== undefined) return;
      lintNow();
      frame ??= requestFrame(flush);
    },
    lintNow() {
      settle();
      return state;
    },
    current: () => state,
    stop() {
      textarea.removeEventListener('input', typed);
      textarea.removeEventListener('change', left);
      textarea.removeEventListener('blur', left);
      cancelPause();
      if (leftTimer !== undefined) view.clearTimeout(leftTimer);
      leftTimer = undefined;
      if (frame !== undefined) cancelFrame(frame);
      frame = undefined;
    },
  };
}
