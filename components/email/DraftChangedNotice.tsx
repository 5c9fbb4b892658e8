/** Inside an email card: the draft changed under the caseworker's edit; what changed, and their choice. */
import { describeDraftChanges, type DraftLineChange } from '../../lib/email/draft-edit';

export interface DraftChangedNoticeProps {
  changes: DraftLineChange[];
  onUseNew: () => void;
  onKeepMine: () => void;
}

export function DraftChangedNotice({ changes, onUseNew, onKeepMine }: DraftChangedNoticeProps) {
  return (
    <div class="ctm-email-draft-changed" data-email-draft-changed="" role="status">
      <p>The draft changed since you edited this email (the page or the settings changed). Your text is kept. In the new draft:</p>
      <ul>
        {describeDraftChanges(changes).map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
      <div class="ctm-email-actions">
        <button type="button" data-use-new-draft="" onClick={onUseNew}>
          Use the new draft
        </button>
        <button type="button" data-keep-mine="" onClick={onKeepMine}>
          Keep mine
        </button>
      </div>
    </div>
  );
}
