/**
 * A branched scenario's path (G: critical or non-critical RD): CTM Assist's suggestion with its
 * reasons, and one click to confirm a path (TEST-HOOKS.md: data-branch-choice). Until the
 * caseworker confirms one, both paths' steps and emails stay shown.
 */
import type { BranchChoice as Choice } from '../../lib/sop/case-scenarios';
import { provenanceText } from '../../lib/sop/provenance';
import type { RdBranch } from '../../lib/sop/types';

export interface BranchChoiceProps {
  choice: Choice;
  /** null: the caseworker withdrew the confirmation (both paths shown again). */
  onConfirm(branch: RdBranch | null): void;
}

export function BranchChoice({ choice, onConfirm }: BranchChoiceProps) {
  const paths = choice.paths ?? [];
  const confirmed = paths.find((path) => path.branch === choice.confirmed);
  const { suggestion } = choice;
  return (
    <li class="ctm-branch" data-branch-choice="" data-suggested={suggestion?.branch} data-confirmed={confirmed?.branch}>
      {suggestion && (
        <p class="ctm-branch-suggestion" data-branch-suggestion="" data-provenance={suggestion.provenance.kind}>
          {provenanceText(suggestion.provenance)}.
        </p>
      )}
      <p class="ctm-branch-status" aria-live="polite">
        {confirmed
          ? `You confirmed: ${confirmed.label} (${confirmed.step}). Press the other path to change it, or this one again to show both.`
          : `Both paths are shown until you confirm one${choice.decidedAt ? ` (SOP ${choice.decidedAt})` : ''}.`}
      </p>
      <div class="ctm-branch-picker" role="group" aria-label="Confirm the path this case takes">
        {paths.map((path) => (
          <button
            key={path.branch}
            type="button"
            class={`ctm-pick${path === confirmed ? ' ctm-pick-active' : ''}`}
            data-confirm-branch={path.branch}
            aria-pressed={path === confirmed ? 'true' : 'false'}
            onClick={() => onConfirm(path === confirmed ? null : path.branch)}
          >
            {path.label[0]!.toUpperCase() + path.label.slice(1)} ({path.step})
          </button>
        ))}
      </div>
    </li>
  );
}
