/** The note's checks as the panel's later part hands them over (entrypoints/ctm-panel-later/). */
import { applyFix, fixAsSingleEdit } from '../../lib/lint/fix';
import { lintNote } from '../../lib/lint/lint-note';
import type { NoteChecks } from '../../lib/lint/note-checks';

export const noteChecks: NoteChecks = { lint: lintNote, applyFix, fixAsSingleEdit };
