/**
 * `note-too-long` (error) and `note-near-limit` (info): the note as submitted against SOP K.1's
 * 4,000 characters, line breaks counting 2 (see submitted-length.ts). No fix: only the
 * caseworker can decide what to cut. The messages carry no count: the meter shows it, and a
 * message that changed on every keystroke would redraw the findings on every keystroke.
 */
import { formatCount } from '../format-count';
import { NOTE_LIMIT, NOTE_NEAR_LIMIT_RATIO, indexPastLimit, submittedLength } from '../submitted-length';
import type { Finding, Rule } from '../types';


export const noteLength: Rule = (text) => {
  const count = submittedLength(text);
  if (count > NOTE_LIMIT) {
    return [
      {
        rule: 'note-too-long',
        severity: 'error',
        message: `Over ${formatCount(NOTE_LIMIT)} characters as submitted (each line break counts 2; the meter shows by how much): shorten the note or CTM will refuse or cut it (SOP K.1).`,
        start: indexPastLimit(text, NOTE_LIMIT),
        end: text.length,
      },
    ];
  }
  if (count >= NOTE_LIMIT * NOTE_NEAR_LIMIT_RATIO) {
    return [
      {
        rule: 'note-near-limit',
        severity: 'info',
        message: `Close to the ${formatCount(NOTE_LIMIT)}-character limit as submitted (each line break counts 2; SOP K.1).`,
        start: text.length,
        end: text.length,
      } satisfies Finding,
    ];
  }
  return [];
};
