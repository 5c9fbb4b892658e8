/** Several email cards, e.g. the active scenario's emails in the panel (F, or G's two). */
import type { Draft } from '../../lib/email/draft';
import type { EditStore } from '../../lib/email/draft-edit';
import type { KnownPhi } from '../../lib/email/phi-guard';
import { EmailCard } from './EmailCard';

export interface EmailListProps {
  drafts: Draft[];
  known: KnownPhi;
  optionsUrl?: string;
  heading?: string;
  /** Keeps the caseworker's edits while a card leaves and comes back (see EmailCard). */
  edits?: EditStore;
  /** Whose emails these are, e.g. the complaint ID: edits are kept per this and the template. */
  editScope?: string;
}

export function EmailList({ drafts, known, optionsUrl, heading = 'Emails', edits, editScope = '' }: EmailListProps) {
  if (drafts.length === 0) return null;
  return (
    <section class="ctm-emails" data-email-list="" aria-label={heading}>
      <h2 class="ctm-section-title">{heading}</h2>
      {drafts.map((draft) => (
        <EmailCard
          key={draft.templateId}
          draft={draft}
          known={known}
          optionsUrl={optionsUrl}
          edits={edits}
          editKey={`${editScope}\n${draft.templateId}`}
        />
      ))}
    </section>
  );
}
