/**
 * The length of the Current Entry (Plan Response) as CTM receives it.
 *
 * Browsers submit a textarea's line breaks as CR LF whatever the `value` holds (HTML "form
 * submission value" normalisation), so every line break — `\r\n`, a lone `\n` or a lone `\r` —
 * counts 2. Everything else is counted in UTF-16 code units: that is what `maxlength`, the
 * `value.length` a page script sees and a server-side `varchar`-style check count, so an emoji
 * counts 2 — the meter never promises room the server may not give.
 */

/** SOP K.1: "Current Entry (Plan Response) field up to 4,000 characters". */
export const NOTE_LIMIT = 4000;

/** Share of the limit from which the meter warns (from 90 % of it, so the caseworker sees the end coming). */
export const NOTE_NEAR_LIMIT_RATIO = 0.9;

const CR = 13;
const LF = 10;

export function submittedLength(text: string): number {
  let count = text.length;
  // indexOf is far faster than a character loop, and this runs on every keystroke.
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) !== CR) count += 1; // CR LF is already two code units
  }
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== LF) count += 1; // lone CR
  }
  return count;
}

/**
 * The index in `text` of the first code unit that does not fit within `limit` submitted
 * characters, or `text.length` when everything fits. A line break that straddles the limit
 * counts as not fitting.
 */
export function indexPastLimit(text: string, limit: number = NOTE_LIMIT): number {
  let count = 0;
  // Stryker disable next-line EqualityOperator: one more round at i = text.length returns text.length, as after the loop
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const width = c === LF || c === CR ? 2 : 1;
    if (count + width > limit) return i;
    count += width;
    if (c === CR && text.charCodeAt(i + 1) === LF) i++;
  }
  return text.length;
}
