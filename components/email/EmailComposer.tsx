/**
 * A popup email (M, N, P, or F over several tracked cases): the template's fields as a small
 * form, then its card. Filling a field redrafts the body, replacing edits made to the body.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { DraftCase } from '../../lib/email/draft';
import { draftPopupEmail } from '../../lib/email/popup-draft';
import type { KnownPhi } from '../../lib/email/phi-guard';
import { TEMPLATES, type TemplateField, type TemplateId } from '../../lib/email/templates';
import type { Settings } from '../../lib/settings';
import { fitDescription } from '../../lib/email/case-fit';
import { CasePicker } from './CasePicker';
import { EmailCard } from './EmailCard';

export interface SelectableCase extends DraftCase {
  complaintId: string;
  /** Not worked under the email's scenario (lib/email/case-fit.ts): why, in words; named in a confirmation before it joins. */
  notFit?: string;
}

export interface EmailComposerProps {
  templateId: TemplateId;
  settings: Settings;
  /** Cases always in the email. */
  cases?: DraftCase[];
  /** Tracked cases the user may tick (F from the popup: one email listing them all). */
  selectableCases?: SelectableCase[];
  /** Today as YYYY-MM-DD in the plan's time zone (N's business-day hold). */
  today?: string;
  known?: KnownPhi;
  optionsUrl?: string;
  initialExtra?: Record<string, string>;
  /** Told of every field change, e.g. to remember N's confirmation date. */
  onExtraChange?: (extra: Record<string, string>) => void;
  /** Fields set elsewhere (the popup's access dates) that the form follows when they change. */
  syncExtra?: Record<string, string>;
  /** Selectable cases ticked from the start (the ones picked on the deadline list). */
  initialSelected?: string[];
}

const NO_PHI: KnownPhi = {};

const notFit = (cases: readonly SelectableCase[], id: string) => !!cases.find((c) => c.complaintId === id)?.notFit;

export function EmailComposer(props: EmailComposerProps) {
  const { templateId, settings, cases = [], selectableCases = [], today, known = NO_PHI, optionsUrl } = props;
  // Without the page's beneficiary, the guard flags what is shaped like PHI.
  const beneficiaryUnknown = !props.known;
  const template = TEMPLATES[templateId];
  const [extra, setExtra] = useState<Record<string, string>>(props.initialExtra ?? {});
  // Cases picked on the list that were not worked under the email's scenario wait for a confirmation.
  const [selected, setSelected] = useState<string[]>(() => (props.initialSelected ?? []).filter((id) => !notFit(selectableCases, id)));
  const [pending, setPending] = useState<string[]>(() => (props.initialSelected ?? []).filter((id) => notFit(selectableCases, id)));
  const synced = JSON.stringify(props.syncExtra ?? {});
  useEffect(() => {
    const sync = props.syncExtra;
    if (!sync) return;
    setExtra((now) => (Object.entries(sync).every(([k, v]) => now[k] === v) ? now : { ...now, ...sync }));
  }, [synced]);

  const chosen = useMemo(
    () => [...cases, ...selectableCases.filter((c) => selected.includes(c.complaintId))],
    [cases, selectableCases, selected],
  );
  const draft = useMemo(
    () => draftPopupEmail(templateId, { settings, cases: chosen, extra, today }),
    [templateId, settings, chosen, extra, today],
  );

  const setField = (key: string, value: string) => {
    const next = { ...extra, [key]: value };
    setExtra(next);
    props.onExtraChange?.(next);
  };

  return (
    <div class="ctm-email-composer" data-email-composer={templateId}>
      {selectableCases.length > 0 ? (
        <CasePicker
          cases={selectableCases}
          selected={selected}
          pending={pending}
          fitting={fitDescription(templateId)}
          onChange={(nextSelected, nextPending) => {
            setSelected(nextSelected);
            setPending(nextPending);
          }}
        />
      ) : null}
      {template.fields.map((field) => (
        <Field key={field.key} field={field} value={extra[field.key] ?? ''} onChange={(v) => setField(field.key, v)} />
      ))}
      <EmailCard draft={draft} known={known} beneficiaryUnknown={beneficiaryUnknown} today={today} optionsUrl={optionsUrl} />
    </div>
  );
}

function Field({ field, value, onChange }: { field: TemplateField; value: string; onChange: (value: string) => void }) {
  const onInput = (e: Event) => onChange((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);
  return (
    <label class="ctm-email-field">
      {field.label}
      {field.required ? ' (required)' : ''}
      {field.multiline ? (
        <textarea data-email-field={field.key} rows={3} value={value} onInput={onInput} />
      ) : (
        <input data-email-field={field.key} type={field.type ?? 'text'} value={value} onInput={onInput} />
      )}
      {field.hint ? <small>{field.hint}</small> : null}
    </label>
  );
}
