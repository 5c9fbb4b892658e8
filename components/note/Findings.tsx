/**
 * The note's lint findings, most severe first. Each can select its text in the textarea and,
 * when a safe fix exists, apply it. Props in, events out: the caller edits the textarea.
 */
import { Component } from 'preact';
import { useRef } from 'preact/hooks';
import { SEVERITY_ORDER, type Finding, type Severity } from '../../lib/lint/types';
import { ruleProvenance } from '../../lib/lint/provenance';
import { provenanceText } from '../../lib/sop/provenance';

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

/** What an item's buttons call with its key; always the latest finding under that key. */
type ItemActions = { select(key: string): void; fix(key: string): void };

export function Findings({ findings, onSelect, onFix }: FindingsProps) {
  // Typing moves findings' ranges on every keystroke (the length finding sits at the end of the
  // note) while what they show stays the same: the items redraw only when that changes, and
  // their buttons act on the finding as of the latest keystroke, looked up here by key.
  const latest = useRef({ byKey: new Map<string, Finding>(), onSelect, onFix }).current;
  const actions = useRef<ItemActions>({
    select: (key) => {
      const finding = latest.byKey.get(key);
      if (finding) latest.onSelect(finding);
    },
    fix: (key) => {
      const finding = latest.byKey.get(key);
      if (finding) latest.onFix(finding);
    },
  }).current;
  latest.onSelect = onSelect;
  latest.onFix = onFix;
  latest.byKey.clear();

  if (findings.length === 0) {
    return (
        <p class="ctm-findings-empty" data-findings-empty="">
          No findings in the note.
        </p>
    );
  }
  const sorted = [...findings].sort(bySeverityThenPosition);
  const keys = itemKeys(sorted);
  sorted.forEach((finding, i) => latest.byKey.set(keys[i] ?? '', finding));
  return (
    <ul class="ctm-findings" aria-label="Note findings">
      {sorted.map((finding, i) => (
        <FindingItem key={keys[i]} itemKey={keys[i] ?? ''} finding={finding} actions={actions} />
      ))}
    </ul>
  );
}

type ItemProps = { itemKey: string; finding: Finding; actions: ItemActions };

/** Redraws only when what it shows changes (a class: `memo` would bring preact/compat into the content script). */
class FindingItem extends Component<ItemProps> {
  override shouldComponentUpdate(next: ItemProps): boolean {
    return !sameDisplay(this.props, next);
  }

  override render({ itemKey, finding, actions }: ItemProps) {
    const provenance = finding.provenance ?? ruleProvenance(finding.rule);
    return (
      <li
        class={`ctm-finding ctm-finding--${finding.severity}`}
        data-rule={finding.rule}
        data-severity={finding.severity}
        data-provenance={provenance.kind}
        data-phrase={finding.data?.phrase}
        data-term={finding.data?.term}
      >
        <span class="ctm-finding-severity">{SEVERITY_LABEL[finding.severity]}: </span>
        <span class="ctm-finding-message">{finding.message}</span>{' '}
        <span class="ctm-finding-source">{provenanceText(provenance)}</span>
        <span class="ctm-finding-actions">
          <button
            type="button"
            class="ctm-finding-select"
            aria-label={`Show in the note: ${finding.message}`}
            onClick={() => actions.select(itemKey)}
          >
            Show
          </button>
          {finding.fix ? (
            <button
              type="button"
              class="ctm-finding-fix"
              data-fix=""
              data-over-limit={finding.fix.overLimitBy !== undefined ? 'true' : undefined}
              onClick={() => actions.fix(itemKey)}
            >
              {finding.fix.label}
            </button>
          ) : null}
        </span>
      </li>
    );
  }
}

/** Everything an item shows or carries as a hook; not the range, which only its buttons use. */
function sameDisplay(a: ItemProps, b: ItemProps): boolean {
  const x = a.finding;
  const y = b.finding;
  return (
    a.itemKey === b.itemKey &&
    a.actions === b.actions &&
    x.rule === y.rule &&
    x.severity === y.severity &&
    x.message === y.message &&
    x.data?.phrase === y.data?.phrase &&
    x.data?.term === y.data?.term &&
    x.provenance === y.provenance &&
    x.fix?.label === y.fix?.label &&
    (x.fix?.overLimitBy !== undefined) === (y.fix?.overLimitBy !== undefined)
  );
}

/**
 * Keys without the finding's position, so an item keeps its element while its range moves:
 * same rule and message, the nth occurrence.
 */
function itemKeys(sorted: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return sorted.map((finding) => {
    const base = `${finding.rule}:${finding.message}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  });
}
