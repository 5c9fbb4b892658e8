/**
 * What the note section shows: the note's count as submitted and its findings. Pure: the loop that
 * keeps it current as the caseworker types is entrypoints/ctm-panel/note/note-lint-loop.ts. The
 * checks that find the findings are handed in: until they are in, the count stands alone.
 */
import type { NoteChecksState } from './note-checks';
import { NOTE_LIMIT, submittedLength } from './submitted-length';
import type { Finding, LintContext } from './types';

/** Whether `findings` comes from the checks: they are in, still loading, or could not load. */
export type NoteChecksStatus = 'ready' | 'loading' | 'unavailable';

export const checksStatus = (checks: NoteChecksState): NoteChecksStatus => (typeof checks === 'string' ? checks : 'ready');

export interface NoteLintState {
  /** The text the findings were computed for (never logged or stored). */
  text: string;
  /** The count of the textarea's text as of the last key (it may be ahead of `text`). */
  count: number;
  limit: number;
  /** The textarea's `maxlength`, when it has one. */
  maxLength?: number;
  /** Empty until the checks are in (`checks`). */
  findings: Finding[];
  checks: NoteChecksStatus;
}

/** `maxLength` as the DOM reports it: -1 (the default) when the textarea has none. */
export function lintState(text: string, context: LintContext, checks: NoteChecksState, maxLength = -1): NoteLintState {
  const findings = typeof checks === 'string' ? [] : checks.lint(text, context);
  const state: NoteLintState = { text, count: submittedLength(text), limit: NOTE_LIMIT, findings, checks: checksStatus(checks) };
  if (maxLength >= 0) state.maxLength = maxLength;
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
