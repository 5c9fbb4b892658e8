/**
 * The longest value the reader takes from the page. A value longer than its cap is reported as
 * unreadable and never used: no real complaint field is that long, and values flow into the
 * panel, the email drafts and the PHI check, which must stay fast and must not echo page data.
 */
import type { LabelKey } from './label-vocabulary';

/** One-line facts and identifiers: IDs, dates, names, categories. */
export const MAX_SHORT_VALUE = 200;
/** Free text: the complaint summary, the Note to Plan, the Current Entry (5× its 4,000 limit). */
export const MAX_LONG_TEXT = 20_000;

const LONG_TEXT_KEYS: ReadonlySet<LabelKey> = new Set(['summary', 'noteToPlan', 'currentEntry', 'address']);

export function valueCap(key: LabelKey): number {
  return LONG_TEXT_KEYS.has(key) ? MAX_LONG_TEXT : MAX_SHORT_VALUE;
}

/** "longer than 200 characters": how a value over its cap is described, never by its text (it may be PHI). */
export function longerThan(cap: number): string {
  return `longer than ${cap.toLocaleString('en-US')} characters`;
}

export function tooLongReason(cap: number): string {
  return `${longerThan(cap)}, so not used`;
}
