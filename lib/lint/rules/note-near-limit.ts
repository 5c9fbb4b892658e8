/**
 * `note-near-limit` (info): the note as submitted is close to, but not over, SOP K.1's 4,000
 * characters (over it, `note-too-long` says so instead). No count in the message, as for
 * note-too-long.ts: the meter shows it.
 */
import { formatCount } from '../format-count';
import { NOTE_LIMIT, NOTE_NEAR_LIMIT_RATIO, submittedLength } from '../submitted-length';
import type { Rule } from '../types';

export const noteNearLimit: Rule = (text) => {
  const count = submittedLength(text);
  if (count > NOTE_LIMIT || count < NOTE_LIMIT * NOTE_NEAR_LIMIT_RATIO) return [];
  return [
    {
      rule: 'note-near-limit',
      severity: 'info',
      message: `Close to the ${formatCount(NOTE_LIMIT)}-character limit as submitted (SOP K.1; browsers submit each line break as two characters).`,
      start: text.length,
      end: text.length,
    },
  ];
};
