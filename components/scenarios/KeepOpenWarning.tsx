/**
 * Shown while the active scenario says keep the case open and the page is set to close it
 * (TEST-HOOKS.md: data-keep-open-warning). It warns; it never blocks.
 */
import { keepOpenMessage, keepOpenStep } from '../../lib/checklist/closing';
import type { CaseLetter } from '../../lib/sop/types';

export interface KeepOpenWarningProps {
  scenario: CaseLetter;
}

export function KeepOpenWarning({ scenario }: KeepOpenWarningProps) {
  return (
    <div class="ctm-keep-open-warning" role="alert" data-keep-open-warning="" data-sop-step={keepOpenStep(scenario)}>
      <strong class="ctm-keep-open-title">Do not close this case.</strong> {keepOpenMessage(scenario)}
    </div>
  );
}
