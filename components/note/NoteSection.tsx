/**
 * The note part of the panel, subscribed to the lint loop's state so that typing re-renders
 * only this section, not the whole panel.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../../lib/lint/types';
import type { NoteLintState } from '../../lib/lint/note-lint-state';
import { NoteLint } from './NoteLint';

export type NoteStateSource = {
  current(): NoteLintState | undefined;
  subscribe(listener: () => void): () => void;
};

type Props = { source: NoteStateSource; onSelect: (f: Finding) => void; onFix: (f: Finding) => void };

export function NoteSection({ source, onSelect, onFix }: Props) {
  const [state, setState] = useState(source.current());
  useEffect(() => source.subscribe(() => setState(source.current())), [source]);
  if (!state) return null;
  return (
    <NoteLint
      count={state.count}
      limit={state.limit}
      {...(state.maxLength !== undefined ? { maxLength: state.maxLength } : {})}
      findings={state.findings}
      onSelect={onSelect}
      onFix={onFix}
    />
  );
}
