/**
 * `note-too-long` (error) and `note-near-limit` (info): the note as submitted against SOP K.1's
 * 4,000 characters, line breaks counting 2 (see submitted-length.ts). No fix: only the
 * caseworker can decide what to cut.
 */
import { formatCount } from '../format-count';
import { NOTE_LIMIT, NOTE_NEAR_LIMIT_RATIO, indexPastLimit, submittedLength } from '../submitted-length';
import type { Finding, Rule } from '../types';


export const noteLength: Rule = (text) => {
  const count = submittedLength(text);
  if (count > NOTE_LIMIT) {
    const over = count - NOTE_LIMIT;
    return [
      {
        rule: 'note-too-long',
        severity: 'error',
        message: `${formatCount(count)} / ${formatCount(NOTE_LIMIT)} characters as submitted (each line break counts 2): remove ${formatCount(over)} or CTM will refuse or cut the note (SOP K.1).`,
        start: indexPastLimit(text, NOTE_LIMIT),
        end: text.length,
      },
    ];
  }
  if (count >= NOTE_LIMIT * NOTE_NEAR_LIMIT_RATIO) {
    const left = NOTE_LIMIT - count;
    return [
      {
        rule: 'note-near-limit',
        severity: 'info',
        message: `${formatCount(left)} characters left of ${formatCount(NOTE_LIMIT)} as submitted (each line break counts 2; SOP K.1).`,
        start: text.length,
        end: text.length,
      } satisfies Finding,
    ];
  }
  return [];
};
