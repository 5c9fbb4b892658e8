/**
 * The plan profile as a form: one field per setting, each checked with the settings file's own
 * rules (lib/settings.ts validateSettingsByKey) and its message shown by the field. Save stores
 * the whole only when every field is valid: nothing is half-saved. Settings preset by enterprise
 * policy are shown disabled, with the reason. What the caseworker typed is never replaced while
 * unsaved: a change made elsewhere is announced and loaded only on request.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_TIME_ZONE, SETTINGS_SCHEMA_VERSION, validateSettingsByKey, type Settings } from '../../lib/settings';
import type { ManagedKey } from '../../lib/managed-policy';
import { DEFAULT_HANDED_OVER_ASK_DAYS } from '../../lib/tracking/hand-over-ask';
import { browserTimeZones } from './time-zones';

type TextKey =
  | 'organization'
  | 'caseworker'
  | 'mailboxes.leadRegionalOffice'
  | 'mailboxes.homeRegionPartD'
  | 'mailboxes.integriguard'
  | 'timeZone'
  | 'budgets.urgentDays'
  | 'budgets.noLevelDays'
  | 'handedOverAskDays';
type FieldKey = TextKey | 'contracts';
type Draft = Record<TextKey, string> & { contracts: string[] };

type Field = { key: TextKey; label: string; managed: ManagedKey; hint?: string; kind?: 'email' | 'zone' | 'days'; placeholder?: string };

const BUDGET_SOURCE = 'CMS guidance after 2007; the 2007 SOP fixes only Immediate Need: 2 days.';

const BEFORE_CONTRACTS: Field[] = [{ key: 'organization', label: 'Organization', managed: 'organization', hint: 'As the SOP emails name your plan.' }];
const AFTER_CONTRACTS: Field[] = [
  { key: 'caseworker', label: 'Caseworker', managed: 'caseworker', hint: 'Your name as CTM shows it.' },
  { key: 'mailboxes.leadRegionalOffice', label: 'Lead RO mailbox', managed: 'mailboxes', kind: 'email', hint: 'Receives the F email (case resolved but will not close).' },
  { key: 'mailboxes.homeRegionPartD', label: 'Home region Part D mailbox', managed: 'mailboxes', kind: 'email', hint: 'Receives the G email (critical retroactive disenrollment).' },
  { key: 'mailboxes.integriguard', label: 'IntegriGuard (retroactive processing) mailbox', managed: 'mailboxes', kind: 'email', hint: 'Receives retroactive-processing referrals.' },
  { key: 'timeZone', label: 'Time zone', managed: 'timeZone', kind: 'zone', hint: `Every deadline ends at midnight here. Empty: ${DEFAULT_TIME_ZONE}.` },
  { key: 'budgets.urgentDays', label: 'Urgent budget', managed: 'budgets', kind: 'days', placeholder: '7', hint: `Calendar days. Empty: 7. ${BUDGET_SOURCE}` },
  { key: 'budgets.noLevelDays', label: 'No issue level budget', managed: 'budgets', kind: 'days', placeholder: '30', hint: `Calendar days. Empty: 30. ${BUDGET_SOURCE}` },
  {
    key: 'handedOverAskDays',
    label: 'Ask about handed-over cases after',
    managed: 'handedOverAskDays',
    kind: 'days',
    placeholder: String(DEFAULT_HANDED_OVER_ASK_DAYS),
    hint: `Days a case handed over to the RO (another plan, CMS issue, not Part D) may go unopened before the popup asks once whether it has left your CTM list. Empty: ${DEFAULT_HANDED_OVER_ASK_DAYS}. CTM Assist's choice, not the SOP's.`,
  },
];
const FIELDS = [...BEFORE_CONTRACTS, ...AFTER_CONTRACTS];

const idOf = (key: FieldKey) => `setting-${key.replace('.', '-')}`;

function draftOf(s: Settings): Draft {
  const days = (n: number | undefined) => (n === undefined ? '' : String(n));
  return {
    organization: s.organization ?? '',
    contracts: s.contracts ?? [],
    caseworker: s.caseworker ?? '',
    'mailboxes.leadRegionalOffice': s.mailboxes?.leadRegionalOffice ?? '',
    'mailboxes.homeRegionPartD': s.mailboxes?.homeRegionPartD ?? '',
    'mailboxes.integriguard': s.mailboxes?.integriguard ?? '',
    timeZone: s.timeZone ?? '',
    'budgets.urgentDays': days(s.budgets?.urgentDays),
    'budgets.noLevelDays': days(s.budgets?.noLevelDays),
    handedOverAskDays: days(s.handedOverAskDays),
  };
}

/** The draft as a settings object; an empty field is a setting not given (its default applies). */
function candidateOf(d: Draft): Record<string, unknown> {
  const text = (v: string) => (v.trim() === '' ? undefined : v);
  const days = (v: string) => (v.trim() === '' ? undefined : Number(v));
  const group = (entries: Record<string, unknown>) => {
    const given = Object.entries(entries).filter(([, v]) => v !== undefined);
    return given.length ? Object.fromEntries(given) : undefined;
  };
  const all: Record<string, unknown> = {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    organization: text(d.organization),
    contracts: d.contracts.length ? d.contracts : undefined,
    caseworker: text(d.caseworker),
    mailboxes: group({
      leadRegionalOffice: text(d['mailboxes.leadRegionalOffice']),
      homeRegionPartD: text(d['mailboxes.homeRegionPartD']),
      integriguard: text(d['mailboxes.integriguard']),
    }),
    timeZone: text(d.timeZone),
    budgets: group({ urgentDays: days(d['budgets.urgentDays']), noLevelDays: days(d['budgets.noLevelDays']) }),
    handedOverAskDays: days(d.handedOverAskDays),
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== undefined));
}

/** The field a validation message belongs to (`contracts[1]` belongs to the contracts list). */
const fieldOfPath = (path: string): FieldKey | undefined =>
  path.startsWith('contracts') ? 'contracts' : FIELDS.find((f) => f.key === path)?.key;

type Props = {
  /** The caseworker's own stored settings (what Save replaces). */
  own: Settings;
  /** The settings in force: the policy's values over the caseworker's. */
  inForce: Settings;
  locked: readonly ManagedKey[];
  /** Stores the whole; rejects when the browser could not store it. */
  onSave: (settings: Settings) => Promise<void>;
};

export function SettingsForm({ own, inForce, locked, onSave }: Props) {
  const isLocked = (managed: ManagedKey) => locked.includes(managed);
  // Locked fields show the policy's value; the others the caseworker's own.
  const initial = () => draftOf({ ...own, ...Object.fromEntries(locked.map((k) => [k, inForce[k]])) });
  const [draft, setDraft] = useState<Draft>(initial);
  const [shown, setShown] = useState<ReadonlySet<FieldKey>>(new Set());
  const [status, setStatus] = useState<{ kind: 'saved' } | { kind: 'refused'; text: string } | undefined>();
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const [newContract, setNewContract] = useState('');
  const [contractError, setContractError] = useState<string | undefined>();
  const dirty = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const zones = useMemo(browserTimeZones, []);

  // A change from elsewhere (another tab, an import, a policy) loads only into an unedited form.
  const source = JSON.stringify([own, inForce, locked]);
  useEffect(() => {
    if (dirty.current) setChangedElsewhere(true);
    else setDraft(initial());
  }, [source]);

  /** The whole to store: the form's values, with the caseworker's own values kept for locked settings. */
  const candidate = () => {
    const whole = candidateOf(draft);
    for (const key of locked) {
      if (own[key] === undefined) delete whole[key];
      else whole[key] = own[key];
    }
    return whole;
  };
  const result = validateSettingsByKey(candidate());
  const errorsOf = (key: FieldKey): string[] => {
    if (result.ok || !shown.has(key)) return [];
    return Object.entries(result.byKey)
      .filter(([path]) => fieldOfPath(path) === key)
      .flatMap(([, messages]) => messages);
  };

  const edit = (key: TextKey, value: string) => {
    dirty.current = true;
    setStatus(undefined);
    setDraft((old) => ({ ...old, [key]: value }));
  };
  const show = (key: FieldKey) => setShown((old) => (old.has(key) ? old : new Set(old).add(key)));

  // A message shown on blur moves what is below it. When the blur comes from pressing the mouse
  // on a button below (Save, Remove, Apply), showing it at once would move the button away before
  // the release and lose the click: the message waits until the click is done.
  const pointerHeld = useRef(false);
  const waiting = useRef<FieldKey[]>([]);
  useEffect(() => {
    const press = () => (pointerHeld.current = true);
    const release = () =>
      setTimeout(() => {
        pointerHeld.current = false;
        waiting.current.splice(0).forEach(show);
      });
    document.addEventListener('pointerdown', press, true);
    document.addEventListener('pointerup', release, true);
    document.addEventListener('pointercancel', release, true);
    return () => {
      document.removeEventListener('pointerdown', press, true);
      document.removeEventListener('pointerup', release, true);
      document.removeEventListener('pointercancel', release, true);
    };
  }, []);
  const showOnBlur = (key: FieldKey) => (pointerHeld.current ? waiting.current.push(key) : show(key));

  const addContract = () => {
    const checked = validateSettingsByKey({ schemaVersion: SETTINGS_SCHEMA_VERSION, contracts: [newContract] });
    if (!checked.ok) return setContractError(Object.values(checked.byKey).flat().join(' '));
    const [contract] = checked.settings.contracts ?? [];
    if (!contract) return;
    if (draft.contracts.includes(contract)) return setContractError(`${contract} is already in the list.`);
    dirty.current = true;
    setStatus(undefined);
    setContractError(undefined);
    setNewContract('');
    setDraft((old) => ({ ...old, contracts: [...old.contracts, contract] }));
  };
  const removeContract = (contract: string) => {
    dirty.current = true;
    setStatus(undefined);
    setDraft((old) => ({ ...old, contracts: old.contracts.filter((c) => c !== contract) }));
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setShown(new Set<FieldKey>([...FIELDS.map((f) => f.key), 'contracts']));
    if (!result.ok) {
      setStatus({ kind: 'refused', text: 'Nothing was saved: correct the fields marked below, then save again.' });
      const first = Object.keys(result.byKey).map(fieldOfPath).find(Boolean);
      formRef.current?.querySelector<HTMLElement>(`#${first === 'contracts' ? `${idOf('contracts')}-new` : idOf(first ?? 'organization')}`)?.focus();
      return;
    }
    // Cleared first, so the store's own change notice does not read as a change from elsewhere.
    dirty.current = false;
    try {
      await onSave(result.settings);
      setChangedElsewhere(false);
      setStatus({ kind: 'saved' });
    } catch {
      dirty.current = true;
      setStatus({ kind: 'refused', text: 'Nothing was saved: the browser could not store the settings. Your entries are still here.' });
    }
  };

  const loadSaved = () => {
    dirty.current = false;
    setChangedElsewhere(false);
    setShown(new Set());
    setDraft(initial());
  };

  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
  const lockNote = (managed: ManagedKey, id: string) =>
    isLocked(managed) ? (
      <p id={id} class="field-note locked">
        Set by your organization's policy; ask your IT to change it.
      </p>
    ) : null;
  const errorNote = (key: FieldKey, id: string, extra: string[] = []) => {
    const errors = [...errorsOf(key), ...extra];
    return errors.length ? (
      <p id={id} class="field-error" data-setting-error={key}>
        {errors.join(' ')}
      </p>
    ) : null;
  };

  const renderField = (field: Field) => {
    const id = idOf(field.key);
    const errors = errorsOf(field.key);
    const fieldLocked = isLocked(field.managed);
    const common = {
      id,
      name: field.key,
      value: draft[field.key],
      disabled: fieldLocked,
      'data-setting': field.key,
      'data-setting-locked': fieldLocked ? field.managed : undefined,
      'aria-invalid': errors.length ? ('true' as const) : undefined,
      'aria-describedby': describedBy(field.hint && `${id}-hint`, fieldLocked && `${id}-locked`, errors.length > 0 && `${id}-error`),
      onInput: (e: Event) => edit(field.key, (e.currentTarget as HTMLInputElement).value),
      onBlur: () => showOnBlur(field.key),
    };
    return (
      <div class="field" key={field.key}>
        <label for={id}>{field.label}</label>
        {field.kind === 'days' ? (
          <input {...common} type="number" inputMode="numeric" min={1} step={1} class="days" placeholder={field.placeholder} />
        ) : field.kind === 'zone' ? (
          <input {...common} type="text" list="time-zone-list" autoComplete="off" spellcheck={false} placeholder={DEFAULT_TIME_ZONE} />
        ) : (
          <input {...common} type={field.kind === 'email' ? 'email' : 'text'} autoComplete="off" spellcheck={false} />
        )}
        {field.hint && (
          <p id={`${id}-hint`} class="field-note">
            {field.hint}
          </p>
        )}
        {lockNote(field.managed, `${id}-locked`)}
        {errorNote(field.key, `${id}-error`)}
      </div>
    );
  };

  const contractsLocked = isLocked('contracts');
  const contractsId = idOf('contracts');
  const contractErrors = [...errorsOf('contracts'), ...(contractError ? [contractError] : [])];

  return (
    <form ref={formRef} class="settings-form" aria-labelledby="profile-heading" data-settings-form="" onSubmit={(e) => void save(e)} noValidate>
      <h2 id="profile-heading">Plan profile</h2>
      <p>Empty fields are not set: the emails leave them for you to fill, and the defaults shown apply.</p>
      {changedElsewhere && (
        <div class="problem" role="status" data-settings-changed-elsewhere="">
          <p>The saved settings were changed elsewhere (another tab, an import or your organization's policy). Your edits here are kept.</p>
          <button type="button" onClick={loadSaved}>
            Discard my edits and show the saved settings
          </button>
        </div>
      )}
      {BEFORE_CONTRACTS.map(renderField)}
      <fieldset class="field contracts" aria-describedby={describedBy(`${contractsId}-hint`, contractsLocked && `${contractsId}-locked`)}>
        <legend>Contracts</legend>
        <p id={`${contractsId}-hint`} class="field-note">
          Your plan's contract numbers: a type letter (H, R, S, E, F, X or 9) and four digits.
        </p>
        {draft.contracts.length === 0 ? (
          <p class="muted">None listed.</p>
        ) : (
          <ul class="contract-list" data-setting-contracts="">
            {draft.contracts.map((contract) => (
              <li key={contract} data-contract={contract}>
                <span>{contract}</span>
                {!contractsLocked && (
                  <button type="button" class="secondary" aria-label={`Remove contract ${contract}`} data-contract-remove={contract} onClick={() => removeContract(contract)}>
                    Remove
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {lockNote('contracts', `${contractsId}-locked`)}
        {!contractsLocked && (
          <div class="contract-add">
            <label for={`${contractsId}-new`}>Add a contract</label>
            <input
              id={`${contractsId}-new`}
              type="text"
              data-setting="contracts"
              autoComplete="off"
              spellcheck={false}
              value={newContract}
              aria-invalid={contractErrors.length ? 'true' : undefined}
              aria-describedby={describedBy(`${contractsId}-hint`, contractErrors.length > 0 && `${contractsId}-error`)}
              onInput={(e) => {
                setNewContract((e.currentTarget as HTMLInputElement).value);
                setContractError(undefined);
              }}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                addContract();
              }}
            />
            <button type="button" class="secondary" data-contract-add="" onClick={addContract} disabled={!newContract.trim()}>
              Add
            </button>
          </div>
        )}
        {errorNote('contracts', `${contractsId}-error`, contractError ? [contractError] : [])}
      </fieldset>
      {AFTER_CONTRACTS.map(renderField)}
      <datalist id="time-zone-list">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <div class="form-actions">
        <button type="submit" data-settings-save="">
          Save settings
        </button>
        {status?.kind === 'saved' && (
          <p role="status" class="ok" data-settings-saved="">
            Settings saved.
          </p>
        )}
        {status?.kind === 'refused' && (
          <p role="alert" class="problem" data-settings-form-error="">
            {status.text}
          </p>
        )}
      </div>
    </form>
  );
}
