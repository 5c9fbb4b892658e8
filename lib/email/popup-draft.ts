/**
 * Drafts for the popup. Same as `draftEmail`, plus SOP N.2 for the access follow-up: it is held
 * back until 6 business days have passed since CMS confirmed receipt, saying from which date.
 * Kept apart from draft.ts so the content script does not carry the holiday calendar.
 */
import { DEFAULT_TIME_ZONE } from '../settings';
import { draftEmail, type Draft, type DraftInput } from './draft';
import { followUpAvailability, isoDateIn } from './follow-up-availability';
import type { TemplateId } from './templates';

export function draftPopupEmail(templateId: TemplateId, input: DraftInput): Draft {
  const draft = draftEmail(templateId, input);
  const confirmedOn = input.extra?.receiptConfirmedOn?.trim();
  if (templateId !== 'N-access-follow-up' || !confirmedOn) return draft;
  // Without an explicit today, the plan's today: never offer the email early by omission.
  const today = input.today ?? isoDateIn(new Date(), input.settings.timeZone ?? DEFAULT_TIME_ZONE);
  const availability = followUpAvailability(confirmedOn, today);
  if (!availability.ok) {
    return { ...draft, missing: [...draft.missing, { key: 'extra.receiptConfirmedOn', label: availability.message, source: 'input' }] };
  }
  if (!availability.available) return { ...draft, heldUntil: { date: availability.availableFrom, message: availability.message } };
  return draft;
}
