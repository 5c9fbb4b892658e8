/**
 * `note-too-long` (error): the note as submitted is over SOP K.1's 4,000 characters, line breaks
 * counting 2 (see submitted-length.ts). The SOP does not say what CTM does with a longer note, so
 * the message does not. No fix: only the caseworker can decide what to cut. The message carries no
 * count: the meter shows it, and a message that changed on every keystroke would redraw the
 * findings on every keystroke.
 */
import { formatCount } from '../format-count';
import { NOTE_LIMIT, indexPastLimit, submittedLength } from '../submitted-length';
import type { Rule } from '../types';

export const noteTooLong: Rule = (text) => {
  if (submittedLength(text) <= NOTE_LIMIT) return [];
  return [
    {
      rule: 'note-too-long',
      severity: 'error',
      message: `Over ${formatCount(NOTE_LIMIT)} characters as submitted (each line break counts 2: browsers submit each line break as two characters; the meter shows by how much). SOP K.1 asks for a note of up to ${formatCount(NOTE_LIMIT)} characters: shorten it.`,
      start: indexPastLimit(text, NOTE_LIMIT),
      end: text.length,
    },
  ];
};
