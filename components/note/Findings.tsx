/**
 * The note's lint findings, most severe first. Each can select its text in the textarea and,
 * when a safe fix exists, apply it. Props in, events out: the caller edits the textarea.
 */
import { SEVERITY_ORDER, type Finding, type Severity } from '../../lib/lint/types';

export type FindingsProps = {
  findings: readonly Finding[];
  /** Select the finding's text range in the textarea. */
  onSelect: (finding: Finding) => void;
  /** Apply `finding.fix` to the textarea. */
  onFix: (finding: Finding) => void;
};

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

const bySeverityThenPosition = (a: Finding, b: Finding): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start;

export function Findings({ findings, onSelect, onFix }: FindingsProps) {
  if (findings.length === 0) {
    return (
      <p class="ctm-findings-empty" data-findings-empty="">
        No findings in the note.
      </p>
    );
  }
  const sorted = [...findings].sort(bySeverityThenPosition);
  return (
    <ul class="ctm-findings" aria-label="Note findings">
      {sorted.map((finding) => (
        <li
          key={`${finding.rule}:${finding.start}:${finding.end}:${finding.message}`}
          class={`ctm-finding ctm-finding--${finding.severity}`}
          data-rule={finding.rule}
          data-severity={finding.severity}
          data-phrase={finding.data?.phrase}
          data-term={finding.data?.term}
        >
          <span class="ctm-finding-severity">{SEVERITY_LABEL[finding.severity]}: </span>
          <span class="ctm-finding-message">{finding.message}</span>
          <span class="ctm-finding-actions">
            <button
              type="button"
              class="ctm-finding-select"
              aria-label={`Show in the note: ${finding.message}`}
              onClick={() => onSelect(finding)}
            >
              Show
            </button>
            {finding.fix ? (
              <button
                type="button"
                class="ctm-finding-fix"
                data-fix=""
                data-over-limit={finding.fix.overLimitBy !== undefined ? 'true' : undefined}
                onClick={() => onFix(finding)}
              >
                {finding.fix.label}
              </button>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
