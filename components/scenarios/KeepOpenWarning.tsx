/**
 * Shown while the active scenario says keep the case open and the page is set to close it
 * (TEST-HOOKS.md: data-keep-open-warning). It warns; it never blocks.
 */
import { keepOpenMessage, keepOpenStep } from '../../lib/checklist/closing';
import type { CaseLetter, RdBranch } from '../../lib/sop/types';

export interface KeepOpenWarningProps {
  scenario: CaseLetter;
  /** The confirmed path of a branched scenario (G): the warning names who that path waits for. */
  branch?: RdBranch;
}

export function KeepOpenWarning({ scenario, branch }: KeepOpenWarningProps) {
  return (
    <div class="ctm-keep-open-warning" role="alert" data-keep-open-warning="" data-sop-step={keepOpenStep(scenario, branch)}>
      <strong class="ctm-keep-open-title">Do not close this case.</strong> {keepOpenMessage(scenario, branch)}
    </div>
  );
}
