/**
 * The note section of the panel: the meter, then the findings. The findings and their list
 * (./Findings.tsx) come with the panel's later part, after its first paint: until then (or if
 * it cannot load) the section says so, and the meter works without them.
 */
import { Component, type ComponentType, type Ref } from 'preact';
import type { NoteChecksStatus } from '../../lib/lint/note-lint-state';
import type { Finding } from '../../lib/lint/types';
import type { FindingsProps as ListProps } from './Findings';
import { NoteMeter } from './NoteMeter';

export type NoteLintProps = {
  count: number;
  limit: number;
  maxLength?: number;
  findings: readonly Finding[];
  checks: NoteChecksStatus;
  /** The findings list, from the later part (undefined until it is in). */
  FindingsList?: ComponentType<ListProps> | undefined;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  /** The meter's element, for moving its count without a render (`showCount`). */
  meterRef?: Ref<HTMLDivElement>;
};

export function NoteLint({ count, limit, maxLength, findings, checks, FindingsList, onSelect, onFix, meterRef }: NoteLintProps) {
  return (
    <section class="ctm-note" aria-label="Plan response note">
      <h2 class="ctm-section-title">Plan response note</h2>
      <NoteMeter count={count} limit={limit} {...(maxLength !== undefined ? { maxLength } : {})} meterRef={meterRef} />
      {checks === 'ready' && FindingsList ? (
        <FindingsOnChange findings={findings} onSelect={onSelect} onFix={onFix} List={FindingsList} />
      ) : checks !== 'unavailable' ? (
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

type FindingsProps = ListProps & { List: ComponentType<ListProps> };

/** While typing only the count moves: the list redraws only when a new lint brings new findings. */
class FindingsOnChange extends Component<FindingsProps> {
  override shouldComponentUpdate(next: FindingsProps): boolean {
    const { findings, onSelect, onFix, List } = this.props;
    return next.findings !== findings || next.onSelect !== onSelect || next.onFix !== onFix || next.List !== List;
  }

  override render({ List, ...props }: FindingsProps) {
    return <List {...props} />;
  }
}
