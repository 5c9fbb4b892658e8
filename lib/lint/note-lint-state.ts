/**
 * What the note section shows: the note's count as submitted and its findings. Pure: the loop that
 * keeps it current as the caseworker types is entrypoints/ctm-panel/note/note-lint-loop.ts.
 */
import { lintNote } from './lint-note';
import { NOTE_LIMIT, submittedLength } from './submitted-length';
import type { Finding, LintContext } from './types';

export interface NoteLintState {
  /** The text the findings were computed for (never logged or stored). */
  text: string;
  /** The count of the textarea's text as of the last key (it may be ahead of `text`). */
  count: number;
  limit: number;
  /** The textarea's `maxlength`, when it has one. */
  maxLength?: number;
  findings: Finding[];
}

export function lintState(text: string, context: LintContext, maxLength?: number): NoteLintState {
  const state: NoteLintState = { text, count: submittedLength(text), limit: NOTE_LIMIT, findings: lintNote(text, context) };
  if (maxLength !== undefined && maxLength >= 0) state.maxLength = maxLength;
  return state;
}

/**
 * The same finding in a newer lint of the note: same rule and term or phrase, the same
 * occurrence among those; undefined when the edit took it away.
 */
export function sameFindingIn(before: readonly Finding[], finding: Finding, after: readonly Finding[]): Finding | undefined {
  const same = (a: Finding) => a.rule === finding.rule && a.data?.term === finding.data?.term && a.data?.phrase === finding.data?.phrase;
  const nth = before.filter(same).indexOf(finding);
  return after.filter(same)[Math.max(nth, 0)];
}
