/**
 * The complaints a several-case email may name (SOP F.4.a, G.5.b.i): the cases worked under the
 * email's scenario are offered as check boxes; any other tracked case joins only after a
 * confirmation that names it and says how it was worked.
 */
import type { SelectableCase } from './EmailComposer';

export interface CasePickerProps {
  cases: readonly SelectableCase[];
  /** Included in the email. */
  selected: readonly string[];
  /** Ticked but not worked under the email's scenario: waiting for the confirmation. */
  pending: readonly string[];
  /** How the offered cases were worked, e.g. "worked as scenario F" (lib/email/case-fit.ts). */
  fitting: string;
  onChange(selected: string[], pending: string[]): void;
}

export function CasePicker({ cases, selected, pending, fitting, onChange }: CasePickerProps) {
  const offered = cases.filter((c) => !c.notFit);
  const others = cases.filter((c) => c.notFit);
  const without = (list: readonly string[], id: string) => list.filter((x) => x !== id);
  const tick = (id: string, on: boolean) => onChange(on ? [...without(selected, id), id] : without(selected, id), without(pending, id));
  const tickOther = (id: string, on: boolean) => onChange(without(selected, id), on ? [...without(pending, id), id] : without(pending, id));
  const waiting = others.filter((c) => pending.includes(c.complaintId));
  const label = (c: SelectableCase) => `Complaint ${c.complaintId}${c.contractNumber ? ` (${c.contractNumber})` : ''}`;
  return (
    <>
      <fieldset class="ctm-email-cases">
        <legend>Complaints {fitting}</legend>
        {offered.length === 0 ? <p>None of the tracked complaints.</p> : null}
        {offered.map((c) => (
          <label key={c.complaintId}>
            <input
              type="checkbox"
              data-select-case={c.complaintId}
              checked={selected.includes(c.complaintId)}
              onChange={(e) => tick(c.complaintId, (e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            {label(c)}
          </label>
        ))}
      </fieldset>
      {others.length > 0 ? (
        <details class="ctm-email-cases" open={waiting.length > 0 || others.some((c) => selected.includes(c.complaintId))}>
          <summary>Other tracked complaints ({others.length})</summary>
          {others.map((c) => (
            <label key={c.complaintId}>
              <input
                type="checkbox"
                data-select-other-case={c.complaintId}
                checked={selected.includes(c.complaintId) || pending.includes(c.complaintId)}
                onChange={(e) => tickOther(c.complaintId, (e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {label(c)}: {c.notFit}
            </label>
          ))}
        </details>
      ) : null}
      {waiting.length > 0 ? (
        <div class="ctm-email-confirm" role="alert" data-confirm-cases={waiting.map((c) => c.complaintId).join(' ')}>
          <p>Not {fitting}:</p>
          <ul>
            {waiting.map((c) => (
              <li key={c.complaintId}>
                Complaint {c.complaintId} ({c.notFit})
              </li>
            ))}
          </ul>
          <p>Include {waiting.length === 1 ? 'it' : 'them'} in this email anyway?</p>
          <button type="button" data-confirm-include onClick={() => onChange([...selected, ...waiting.map((c) => c.complaintId)], [])}>
            Include {waiting.map((c) => c.complaintId).join(', ')}
          </button>{' '}
          <button type="button" data-confirm-leave-out onClick={() => onChange([...selected], [])}>
            Leave {waiting.length === 1 ? 'it' : 'them'} out
          </button>
        </div>
      ) : null}
    </>
  );
}
