/**
 * One email draft: recipient, subject, an editable body, "Open in mail app" and copy buttons.
 * The PHI guard runs on every keystroke; while it finds anything, the link and copy are off.
 * The caseworker's edit is never replaced unasked: when the draft changes under it, the card says
 * what changed and offers the new draft or keeping theirs (lib/email/draft-edit.ts).
 */
import { useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import type { Draft } from '../../lib/email/draft';
import { createEditStore, keepEdit, recordEdit, viewOfEdit, type EditStore } from '../../lib/email/draft-edit';
import { mailtoHref, mailtoTooLong, MAILTO_SAFE_LENGTH } from '../../lib/email/mailto';
import { redactPhi, scanForPhi, type KnownPhi, type PhiHit } from '../../lib/email/phi-guard';
import { subjectProvenance, templateProvenance, TEMPLATES } from '../../lib/email/templates';
import { provenanceText } from '../../lib/sop/provenance';
import { DraftChangedNotice } from './DraftChangedNotice';
import { EmailPhiWarning, type LocatedHit } from './EmailPhiWarning';

export interface EmailCardProps {
  draft: Draft;
  /** The beneficiary's identifiers as read from the page (empty in the popup). */
  known: KnownPhi;
  /** No beneficiary is known (the popup): the guard flags anything shaped like a phone number or a date of birth. */
  beneficiaryUnknown?: boolean;
  /** Today as YYYY-MM-DD (with `beneficiaryUnknown`: how long past a date is). */
  today?: string;
  /** The options page, for missing settings. */
  optionsUrl?: string;
  note?: string;
  /**
   * Where the caseworker's edit is kept, so it outlives this card (the panel keeps one per page,
   * in memory). Without it the edit lives as long as the card.
   */
  edits?: EditStore;
  /** The edit's key in `edits`: the complaint and template. Default: the template id. */
  editKey?: string;
}

function lineOf(text: string, hit: PhiHit): number {
  return text.slice(0, hit.start).split('\n').length;
}

async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function EmailCard({ draft, known, beneficiaryUnknown, today, optionsUrl, note, edits, editKey }: EmailCardProps) {
  const template = TEMPLATES[draft.templateId];
  const provenance = templateProvenance(template);
  const subjectSource = subjectProvenance(template);
  const [ownEdits] = useState(createEditStore);
  const store = edits ?? ownEdits;
  const key = editKey ?? draft.templateId;
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const edit = store.get(key);
  const { body, draftChanges } = viewOfEdit(edit, draft.body);
  const setBody = (text: string) => {
    store.set(key, recordEdit(store.get(key), draft.body, text));
    redraw(undefined);
  };
  const [copyMessage, setCopyMessage] = useState('');
  useEffect(() => setCopyMessage(''), [draft.templateId, draft.to, draft.subject, draft.body]);

  const context = { complaintIds: draft.complaintIds, otherNames: draft.otherNames, allowed: draft.planValues, beneficiaryUnknown, today };
  const subjectHits = useMemo(() => scanForPhi(draft.subject, known, context), [draft.subject, known, draft, beneficiaryUnknown, today]);
  const bodyHits = useMemo(() => scanForPhi(body, known, context), [body, known, draft, beneficiaryUnknown, today]);
  const located: LocatedHit[] = [
    ...subjectHits.map((hit) => ({ what: hit.what, where: 'subject' })),
    ...bodyHits.map((hit) => ({ what: hit.what, where: `body, line ${lineOf(body, hit)}` })),
  ];
  const hasPhi = located.length > 0;
  // A gap left in the body (an unknown caseworker) is supplied by typing over it.
  const missing = draft.missing.filter((m) => !m.gap || body.includes(m.gap));
  const settingsMissing = missing.some((m) => m.source === 'settings');
  const held = draft.heldUntil;
  const href = mailtoHref({ to: draft.to, subject: draft.subject, body });
  const tooLong = mailtoTooLong(href);
  const linkBlocked = hasPhi || missing.length > 0 || !!held;
  const copyBlocked = hasPhi || !!held;

  const copy = async (what: 'body' | 'subject') => {
    const ok = await copyText(what === 'body' ? body : draft.subject);
    setCopyMessage(
      ok
        ? `Copied the ${what}.`
        : `The browser did not allow copying. Select the ${what} and copy it with Ctrl+C (⌘C on a Mac).`,
    );
  };

  return (
    <section class="ctm-email" data-email={draft.templateId} data-provenance={provenance.kind} aria-label={template.title}>
      <h3 class="ctm-email-title">
        {template.title}{' '}
        <span class="ctm-sop" data-email-provenance="">
          {provenanceText(provenance)}
        </span>
      </h3>
      <dl class="ctm-email-head">
        <dt>To</dt>
        <dd data-email-to={draft.to}>{draft.to || `Not set: ${'label' in template.to ? template.to.label : 'address'}`}</dd>
        {template.from ? (
          <>
            <dt>From</dt>
            <dd>{template.from}</dd>
          </>
        ) : null}
        <dt>Subject</dt>
        <dd data-email-subject={draft.subject}>{draft.subject}</dd>
        <dd class="ctm-email-source" data-subject-provenance="" data-provenance={subjectSource.kind}>
          {subjectSource.kind === 'sop' ? `The SOP's exact words (${provenanceText(subjectSource)})` : provenanceText(subjectSource)}
        </dd>
      </dl>

      {missing.length > 0 ? (
        <div class="ctm-email-missing" data-email-missing="" role="status">
          <p>This email cannot be sent yet. Missing:</p>
          <ul>
            {missing.map((m) => (
              <li key={m.key} data-missing-key={m.key}>
                {m.label}
              </li>
            ))}
          </ul>
          {settingsMissing ? (
            optionsUrl ? (
              <p>
                <a href={optionsUrl} target="_blank" rel="noopener" data-email-options-link="">
                  Fill them in on the options page
                </a>
              </p>
            ) : (
              <p>Fill them in on the CTM Assist options page.</p>
            )
          ) : null}
        </div>
      ) : null}

      {held ? (
        <p class="ctm-email-held" data-email-held={held.date} role="status">
          {held.message}
        </p>
      ) : null}

      <label class="ctm-email-body-label">
        Body (edit before sending)
        <textarea
          data-email-body=""
          rows={10}
          value={body}
          onInput={(e) => setBody((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>

      {edit && draftChanges ? (
        <DraftChangedNotice
          changes={draftChanges}
          onUseNew={() => {
            store.set(key, undefined);
            redraw(undefined);
          }}
          onKeepMine={() => {
            store.set(key, keepEdit(edit, draft.body));
            redraw(undefined);
          }}
        />
      ) : null}

      {hasPhi ? (
        <EmailPhiWarning hits={located} canRedact={bodyHits.length > 0} onRedact={() => setBody(redactPhi(body, bodyHits))} />
      ) : null}

      {tooLong ? (
        <p class="ctm-email-too-long" data-mailto-too-long="" role="status">
          This email is too long for a mail link (over {MAILTO_SAFE_LENGTH.toLocaleString('en-US')} characters): mail apps
          cut it off. Copy the subject and body instead.
        </p>
      ) : null}

      <div class="ctm-email-actions">
        <a
          data-mailto=""
          class="ctm-button"
          href={linkBlocked ? undefined : href}
          aria-disabled={linkBlocked ? 'true' : undefined}
          role={linkBlocked ? 'link' : undefined}
        >
          Open in mail app
        </a>
        <button type="button" data-copy-body="" disabled={copyBlocked} onClick={() => void copy('body')}>
          Copy body
        </button>
        <button type="button" data-copy-subject="" disabled={copyBlocked} onClick={() => void copy('subject')}>
          Copy subject
        </button>
      </div>
      {copyMessage ? (
        <p class="ctm-email-copied" role="status">
          {copyMessage}
        </p>
      ) : null}
      {note ?? template.note ? <p class="ctm-email-note">{note ?? template.note}</p> : null}
    </section>
  );
}
