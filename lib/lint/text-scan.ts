/** Small scanning helpers shared by the rules: word characters, line and sentence bounds. */

/** Letters, digits and the joiners that make a run of characters one token (codes, e-mail, URLs). */
export function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 || // _
    (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000) // accented and other letters
  );
}

/** Start of the line holding `index`, looking back no further than `floor`. */
export function lineStart(text: string, index: number, floor = 0): number {
  // A bounded loop, not lastIndexOf: a missing "\r" would make lastIndexOf scan the whole note.
  for (let i = index - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i + 1;
  }
  return Math.max(floor, 0);
}

/** End (exclusive) of the line holding `index`, looking no further than `ceiling`. */
export function lineEnd(text: string, index: number, ceiling = text.length): number {
  const stop = Math.min(ceiling, text.length);
  for (let i = index; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return stop;
}

/** Sentence around `index`: bounded by `. ! ?` followed by a space, by line breaks, or by `max` characters. */
export function sentenceBounds(text: string, index: number, max = 240): [number, number] {
  const from = lineStart(text, index, index - max);
  const to = lineEnd(text, index, index + max);
  let start = from;
  for (let i = index - 1; i > from; i--) {
    const c = text.charCodeAt(i - 1);
    if ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i))) {
      start = i;
      break;
    }
  }
  let end = to;
  for (let i = index; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || isSpace(text.charCodeAt(i + 1)))) {
      end = i + 1;
      break;
    }
  }
  return [start, end];
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}
