/**
 * The panel's later part: the complaint's email drafts, their editor and PHI guard, and the
 * note's checks (every lint rule, the fixes, the findings list). The panel module loads it right after its first
 * paint (lib/panel-module.ts); its Preact imports resolve to the panel module's own Preact
 * (./shared-preact/, see wxt.config.ts), so its components render inside the panel's tree with
 * working hooks.
 */
import { PanelEmails } from '../../components/email/PanelEmails';
import type { PanelLaterPart } from '../../components/email/panel-later-part';
import { Findings } from '../../components/note/Findings';
import { applyFix, fixAsSingleEdit } from '../../lib/lint/fix';
import { lintNote } from '../../lib/lint/lint-note';
import { registerLaterPart } from '../../lib/panel-module';
import { panelEmailEdits } from './email-edits';

export default defineUnlistedScript(() => {
  const part: PanelLaterPart = {
    PanelEmails,
    emailEdits: panelEmailEdits,
    noteChecks: { lint: lintNote, applyFix, fixAsSingleEdit },
    NoteFindings: Findings,
  };
  registerLaterPart(part);
});
