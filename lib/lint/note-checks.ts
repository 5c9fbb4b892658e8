/**
 * The note's checks: its findings (every rule) and what applying a fix does to its text. They
 * come with the panel's later part, after the first paint; the count as submitted does not wait
 * for them (submitted-length.ts). Only the shape lives here: the panel module imports it as a
 * type, so the rules stay out of its file.
 */
import type { Finding, Fix, LintContext, TextEdit } from './types';

export type NoteChecks = {
  /** `lintNote`: every rule, most severe first. */
  lint(text: string, context: LintContext): Finding[];
  /** `applyFix`: the text after the fix. */
  applyFix(text: string, fix: Fix): string;
  /** `fixAsSingleEdit`: the fix as one replacement (one undo step). */
  fixAsSingleEdit(text: string, fix: Fix): TextEdit;
};

/** What the panel has of the checks: them, still loading, or they could not load. */
export type NoteChecksState = NoteChecks | 'loading' | 'unavailable';

export function isNoteChecks(value: unknown): value is NoteChecks {
  const checks = value as Partial<NoteChecks> | undefined;
  return typeof checks?.lint === 'function' && typeof checks.applyFix === 'function' && typeof checks.fixAsSingleEdit === 'function';
}
