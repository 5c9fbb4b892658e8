/**
 * The complaint's emails in the panel: drafted here from the page's facts and the plan's settings,
 * each with its PHI guard, and the cards' styles. Part of the panel's later part
 * (entrypoints/ctm-panel-later/), so the panel's first paint carries none of the email code.
 */
import { draftEmail, type DraftCase } from '../../lib/email/draft';
import type { EditStore } from '../../lib/email/draft-edit';
import type { KnownPhi } from '../../lib/email/phi-guard';
import type { TemplateId } from '../../lib/email/templates';
import type { Settings } from '../../lib/settings';
import { EmailList } from './EmailList';
import EMAIL_CSS from './email.css?inline';

export interface PanelEmailsProps {
  templates: readonly TemplateId[];
  settings: Settings;
  /** The complaint as the emails may name it (PHI-free facts, and why a fact is unusable). */
  draftCase: DraftCase;
  /** Everything the page shows about the beneficiary: the guard looks for each in the drafts. */
  known: KnownPhi;
  optionsUrl?: string;
  edits?: EditStore;
  editScope: string;
}

export function PanelEmails({ templates, settings, draftCase, known, optionsUrl, edits, editScope }: PanelEmailsProps) {
  const drafts = templates.map((id) => draftEmail(id, { settings, cases: [draftCase] }));
  return (
    <>
      {/* The cards' styles come with them: the panel's shadow root holds the rest. */}
      <style>{EMAIL_CSS}</style>
      <EmailList drafts={drafts} known={known} optionsUrl={optionsUrl} edits={edits} editScope={editScope} />
    </>
  );
}
