/**
 * What the findings panel does to the page's Current Entry textarea: select a finding's text,
 * apply a fix so that the page sees the change (`input` and `change` events) and Ctrl+Z undoes it.
 */
import type { NoteChecks } from '../../../lib/lint/note-checks';
import type { Fix } from '../../../lib/lint/types';

/** What applying a fix does to the text: it comes with the note's checks (lib/lint/fix.ts). */
export type FixText = Pick<NoteChecks, 'applyFix' | 'fixAsSingleEdit'>;

/** Focus the textarea and select [start, end); the browser scrolls the selection into view. */
export function selectInTextarea(textarea: HTMLTextAreaElement, start: number, end: number): void {
  const length = textarea.value.length;
  textarea.focus();
  textarea.setSelectionRange(Math.min(start, length), Math.min(end, length));
}

export type FixOutcome = 'applied' | 'cut-by-page' | 'stale';

/**
 * Applies the fix as one edit. `insertText` goes through the browser's editing path, so it joins
 * the textarea's undo history and fires a trusted `input` event; where that is unavailable the
 * text is replaced with `setRangeText` and an `input` event is dispatched. A `change` event
 * follows either way, for pages that only listen to that.
 *
 * Returns `stale` (nothing done) when the textarea no longer holds the text the fix was made for
 * (`expectedText`), and `cut-by-page` when the page's `maxlength` cut the inserted text.
 */
export function applyFixToTextarea(textarea: HTMLTextAreaElement, fix: Fix, fixText: FixText, expectedText?: string): FixOutcome {
  const before = textarea.value;
  if (expectedText !== undefined && expectedText !== before) return 'stale';
  const edit = fixText.fixAsSingleEdit(before, fix);
  const wanted = fixText.applyFix(before, fix);
  textarea.focus();
  textarea.setSelectionRange(edit.start, edit.end);
  let inserted = false;
  try {
    const doc = textarea.ownerDocument;
    inserted =
      edit.replacement === ''
        ? doc.execCommand('delete', false)
        : doc.execCommand('insertText', false, edit.replacement);
  } catch {
    inserted = false;
  }
  if (!inserted || textarea.value === before) {
    textarea.setRangeText(edit.replacement, edit.start, edit.end, 'end');
    textarea.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: edit.replacement }),
    );
  }
  textarea.dispatchEvent(new Event('change', { bubbles: true }));
  return textarea.value === wanted ? 'applied' : 'cut-by-page';
}
