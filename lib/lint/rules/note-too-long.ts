/**
 * `note-too-long` (error) and `note-near-limit` (info): the note as submitted against SOP K.1's
 * 4,000 characters, line breaks counting 2 (see submitted-length.ts). The SOP does not say what
 * CTM does with a longer note, so neither message does. No fix: only the
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
        message: `Over ${formatCount(NOTE_LIMIT)} characters as submitted (each line break counts 2: browsers submit each line break as two characters; the meter shows by how much). SOP K.1 asks for a note of up to ${formatCount(NOTE_LIMIT)} characters: shorten it.`,
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
        message: `Close to the ${formatCount(NOTE_LIMIT)}-character limit as submitted (SOP K.1; browsers submit each line break as two characters).`,
        start: text.length,
        end: text.length,
      } satisfies Finding,
    ];
  }
  return [];
};
