/**
 * The note part of the panel, subscribed to the lint loop's state so that typing re-renders
 * only this section, not the whole panel. A key that moves only the count does not re-render
 * even this: the meter's count moves in place (`showCount`).
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../../lib/lint/types';
import type { FindingsProps } from './Findings';
import type { NoteLintState } from '../../lib/lint/note-lint-state';
import { NoteLint } from './NoteLint';
import { showCount } from './NoteMeter';

export type NoteStateSource = {
  current(): NoteLintState | undefined;
  subscribe(listener: () => void): () => void;
};

type Props = {
  source: NoteStateSource;
  /** The findings list, from the panel's later part (undefined until it is in). */
  FindingsList?: ComponentType<FindingsProps> | undefined;
  onSelect: (f: Finding) => void;
  onFix: (f: Finding) => void;
};

/** Nothing but the count differs between what is drawn and what is new. */
const onlyCountMoved = (drawn: NoteLintState, next: NoteLintState): boolean =>
  drawn.findings === next.findings && drawn.checks === next.checks && drawn.limit === next.limit && drawn.maxLength === next.maxLength;

export function NoteSection({ source, FindingsList, onSelect, onFix }: Props) {
  const [state, setState] = useState(source.current());
  const drawn = useRef(state);
  /** A render asked for and not yet done: moving the count in place now would be overwritten by it. */
  const pending = useRef(false);
  drawn.current = state;
  pending.current = false;
  const meter = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const follow = () => {
      const next = source.current();
      const before = drawn.current;
      if (!pending.current && next && before && meter.current && onlyCountMoved(before, next) && showCount(meter.current, next.count, next.limit)) return;
      pending.current = true;
      setState(next);
    };
    const stop = source.subscribe(follow);
    // The source may have moved between this section's render and now (effects run after paint).
    follow();
    return stop;
  }, [source]);
  if (!state) return null;
  return (
    <NoteLint
      count={state.count}
      limit={state.limit}
      {...(state.maxLength !== undefined ? { maxLength: state.maxLength } : {})}
      findings={state.findings}
      checks={state.checks}
      FindingsList={FindingsList}
      onSelect={onSelect}
      onFix={onFix}
      meterRef={meter}
    />
  );
}
