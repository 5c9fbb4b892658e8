/**
 * The complaint's emails, from the panel's later part (./later-part.ts). Until it is in, their
 * place in the panel says so in words; if it fails to load, the panel says that instead and the
 * rest of it keeps working.
 */
import type { PanelEmailsProps } from '../../components/email/PanelEmails';
import { useLaterPart } from './later-part';

/** The complaint's emails, once the later part is in (TEST-HOOKS.md: data-emails-loading, data-emails-unavailable). */
export function LaterEmails(props: Omit<PanelEmailsProps, 'edits'>) {
  const later = useLaterPart();
  if (props.templates.length === 0) return null;
  if (later.status === 'ready') return <later.part.PanelEmails {...props} edits={later.part.emailEdits} />;
  if (later.status === 'failed') {
    return (
      <p class="ctm-alert" role="alert" data-emails-unavailable="">
        CTM Assist could not load its email drafts ({later.reason}). The rest of the panel works; reload the page to try again.
      </p>
    );
  }
  return (
    <p class="ctm-notice" data-emails-loading="">
      Loading emails…
    </p>
  );
}
