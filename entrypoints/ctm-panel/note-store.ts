/** A tiny observable for the note's lint state, so the note section re-renders alone while typing. */
import type { NoteLintState } from '../../lib/lint/note-lint-state';
import type { NoteStateSource } from '../../components/note/NoteSection';

export function createNoteStore(): NoteStateSource & { set(state: NoteLintState | undefined): void } {
  let state: NoteLintState | undefined;
  const listeners = new Set<() => void>();
  return {
    current: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      state = next;
      for (const listener of listeners) listener();
    },
  };
}
