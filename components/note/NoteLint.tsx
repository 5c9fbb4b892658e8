/** The note section of the panel: the meter, then the findings. */
import type { Finding } from '../../lib/lint/types';
import { Findings } from './Findings';
import { NoteMeter } from './NoteMeter';

export type NoteLintProps = {
  count: number;
  limit: number;
  maxLength?: number;
  findings: readonly Finding[];
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
};

export function NoteLint({ count, limit, maxLength, findings, onSelect, onFix }: NoteLintProps) {
  return (
    <section class="ctm-note" aria-label="Plan response note">
      <h2 class="ctm-section-title">Plan response note</h2>
      <NoteMeter count={count} limit={limit} {...(maxLength !== undefined ? { maxLength } : {})} />
      <Findings findings={findings} onSelect={onSelect} onFix={onFix} />
    </section>
  );
}
