/** Applying fixes to text, and measuring what a fix does to the submitted length. */
import { submittedLength } from './submitted-length';
import type { Fix, TextEdit } from './types';

/** The text after the fix; edits are applied as one change (they are sorted and disjoint). */
export function applyFix(text: string, fix: Fix): string {
  let out = '';
  let at = 0;
  for (const edit of fix.edits) {
    out += text.slice(at, edit.start) + edit.replacement;
    at = edit.end;
  }
  return out + text.slice(at);
}

/**
 * The fix as a single replacement of the span its edits cover, so a textarea can apply it with
 * one `insertText` (one undo step) and keep the rest of the text untouched.
 */
export function fixAsSingleEdit(text: string, fix: Fix): TextEdit {
  const first = fix.edits[0];
  const last = fix.edits[fix.edits.length - 1];
  // Stryker disable next-line LogicalOperator: both ends are missing exactly when there are no edits
  if (!first || !last) return { start: 0, end: 0, replacement: '' };
  const span: Fix = {
    label: fix.label,
    edits: fix.edits.map((e) => ({ ...e, start: e.start - first.start, end: e.end - first.start })),
  };
  return {
    start: first.start,
    end: last.end,
    replacement: applyFix(text.slice(first.start, last.end), span),
  };
}

/** How many submitted characters the fix adds (negative when it shortens the note). */
export function fixGrowth(text: string, fix: Fix): number {
  let growth = 0;
  for (const edit of fix.edits) {
    growth += submittedLength(edit.replacement) - submittedLength(text.slice(edit.start, edit.end));
  }
  // A CR just before an edit that starts with LF (or the reverse) would merge into one CR LF;
  // rare enough to ignore for a label, and `lintNote` measures with this same function.
  return growth;
}
