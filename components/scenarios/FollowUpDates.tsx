/**
 * The active scenario's return-to-CMS follow-up in the panel (L.3): the SOP's range in its own
 * words, and beside it the date for this case's issue level, labelled as CTM Assist's mapping.
 */
import type { CaseFacts } from '../../lib/case';
import { returnToCmsBy } from '../../lib/deadlines/follow-ups';
import { followUpOf } from '../../lib/sop/case-scenarios';
import { provenanceText } from '../../lib/sop/provenance';
import { ISSUE_LEVEL_LABEL } from '../popup/labels';

export interface FollowUpDatesProps {
  scenario: string;
  facts: Pick<CaseFacts, 'assignedDate' | 'receivedDate' | 'issueLevel'>;
  timeZone: string;
}

/** "2026-06-08T23:59:59-04:00" → "06/08/2026". */
const shownDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

export function FollowUpDates({ scenario, facts, timeZone }: FollowUpDatesProps) {
  const follow = followUpOf(scenario, 'return-to-cms');
  if (!follow) return null;
  const by = returnToCmsBy({ ...facts, timeZone, days: follow.days });
  const level = ISSUE_LEVEL_LABEL[facts.issueLevel ?? 'none'];
  return (
    <div class="ctm-follow-up">
      <p class="ctm-small" data-follow-up={follow.kind} data-provenance="sop">
        Return to CMS: “{follow.cite}” ({provenanceText({ kind: 'sop', item: follow.step })})
      </p>
      {by ? (
        <p class="ctm-small" data-follow-up={follow.kind} data-provenance={follow.daysFrom.kind}>
          {provenanceText(follow.daysFrom)}. For this case, {level}: {by.days} days, by the end of {shownDate(by.iso)}.
        </p>
      ) : (
        <p class="ctm-small ctm-muted">No date for this case: the page shows no assignment or received date.</p>
      )}
    </div>
  );
}
