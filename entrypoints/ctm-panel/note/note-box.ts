/**
 * The page's note box as the session follows it: the lint loop (count and findings while typing,
 * and the moment the text settles) and the caseworker's Show and Fix on a finding. The only
 * module of the panel that drives the page's textarea.
 */
import { startNoteLintLoop } from './note-lint-loop';
import { applyFixToTextarea, selectInTextarea } from './textarea-actions';
import { sameFindingIn, type NoteLintState } from '../../../lib/lint/note-lint-state';
import type { NoteChecksState } from '../../../lib/lint/note-checks';
import type { Finding, LintContext } from '../../../lib/lint/types';

export type NoteBox = {
  textarea: HTMLTextAreaElement;
  /** Lint again: the lint context (settings, scenario) changed, or the checks came in. */
  refresh(): void;
  /** Selects the finding's text in the box. */
  select(finding: Finding): void;
  /** Applies the finding's fix to the box. */
  fix(finding: Finding): void;
  stop(): void;
};

/**
 * `checks`: the note's checks as the panel has them now (they come after the first paint).
 * `settled` hears the text once typing pauses (or the box loses focus after an edit): the note's one way into the session.
 */
export function followNoteBox(
  textarea: HTMLTextAreaElement,
  lintContext: () => LintContext,
  checks: () => NoteChecksState,
  draw: (state: NoteLintState) => void,
  settled: (text: string) => void,
): NoteBox {
  const loop = startNoteLintLoop(textarea, lintContext, checks, draw, settled);

  /** The finding as of the note's text now: typing may have moved it since the list was drawn. */
  const latestFinding = (finding: Finding): Finding | undefined => {
    const before = loop.current();
    const state = loop.lintNow();
    if (state === before) return finding;
    return sameFindingIn(before.findings, finding, state.findings);
  };

  return {
    textarea,
    refresh: () => loop.refresh(),
    select(finding) {
      const latest = latestFinding(finding);
      if (latest) selectInTextarea(textarea, latest.start, latest.end);
    },
    fix(finding) {
      const latest = latestFinding(finding);
      // A finding means the checks are in: they found it.
      const fixText = checks();
      if (latest?.fix && typeof fixText !== 'string') applyFixToTextarea(textarea, latest.fix, fixText, loop.current().text);
    },
    stop: () => loop.stop(),
  };
}
