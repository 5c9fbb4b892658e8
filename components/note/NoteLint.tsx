/**
 * The note section of the panel: the meter, then the findings. The findings need the note's
 * checks, which come after the panel's first paint: until then (or if they cannot load) the
 * section says so, and the meter works without them.
 */
import { Component, type Ref } from 'preact';
import type { NoteChecksStatus } from '../../lib/lint/note-lint-state';
import type { Finding } from '../../lib/lint/types';
import { Findings } from './Findings';
import { NoteMeter } from './NoteMeter';

export type NoteLintProps = {
  count: number;
  limit: number;
  maxLength?: number;
  findings: readonly Finding[];
  checks: NoteChecksStatus;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  /** The meter's element, for moving its count without a render (`showCount`). */
  meterRef?: Ref<HTMLDivElement>;
};

export function NoteLint({ count, limit, maxLength, findings, checks, onSelect, onFix, meterRef }: NoteLintProps) {
  return (
    <section class="ctm-note" aria-label="Plan response note">
      <h2 class="ctm-section-title">Plan response note</h2>
      <NoteMeter count={count} limit={limit} {...(maxLength !== undefined ? { maxLength } : {})} meterRef={meterRef} />
      {checks === 'ready' ? (
        <FindingsOnChange findings={findings} onSelect={onSelect} onFix={onFix} />
      ) : checks === 'loading' ? (
        <p class="ctm-notice" data-findings-loading="">
          Checking the note…
        </p>
      ) : (
        <p class="ctm-alert" role="alert" data-findings-unavailable="">
          CTM Assist could not load its note checks. The count above still works; reload the page to try again.
        </p>
      )}
    </section>
  );
}

type FindingsProps = Pick<NoteLintProps, 'findings' | 'onSelect' | 'onFix'>;

/** While typing only the count moves: the list redraws only when a new lint brings new findings. */
class FindingsOnChange extends Component<FindingsProps> {
  override shouldComponentUpdate(next: FindingsProps): boolean {
    return next.findings !== this.props.findings || next.onSelect !== this.props.onSelect || next.onFix !== this.props.onFix;
  }

  override render(props: FindingsProps) {
    return <Findings {...props} />;
  }
}
