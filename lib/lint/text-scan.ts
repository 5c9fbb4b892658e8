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

// The line breaks of the last text asked about: found with indexOf (fast), shared by the rules.
let lastText: string | undefined;
// Stryker disable next-line ArrayDeclaration: never returned: lastText starts undefined, so the memo is read only after a call stored its own result
let lastBreaks: number[] = [];

/** Positions of every "\n" and "\r" in the text, ascending. */
function lineBreaksOf(text: string): number[] {
  // Stryker disable next-line ConditionalExpression: the memo only saves time; the same text has the same breaks
  if (text === lastText) return lastBreaks;
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i);
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) breaks.push(i);
  // Without a CR the list is already in order, and sorting it is one pass.
  breaks.sort((x, y) => x - y);
  lastText = text;
  lastBreaks = breaks;
  return breaks;
}

/** Index in `breaks` of the first position >= `index`. */
function firstAtOrAfter(breaks: readonly number[], index: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((breaks[mid] ?? Infinity) < index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start of the line holding `index`, but no earlier than `floor`. */
export function lineStart(text: string, index: number, floor = 0): number {
  const breaks = lineBreaksOf(text);
  const previous = breaks[firstAtOrAfter(breaks, index) - 1];
  return Math.max(previous === undefined ? 0 : previous + 1, floor, 0);
}

/** End (exclusive) of the line holding `index`, but no later than `ceiling`. */
export function lineEnd(text: string, index: number, ceiling = text.length): number {
  const breaks = lineBreaksOf(text);
  const next = breaks[firstAtOrAfter(breaks, index)];
  return Math.min(next ?? text.length, ceiling, text.length);
}

/** Sentence around `index`: bounded by `. ! ?` followed by a space, by line breaks, or by `max` characters. */
export function sentenceBounds(text: string, index: number, max = 240): [number, number] {
  const from = lineStart(text, index, index - max);
  const to = lineEnd(text, index, index + max);
  let start = from;
  // Stryker disable next-line EqualityOperator: at i === from the sentence would start at from, where it starts anyway
  for (let i = index - 1; i > from; i--) {
    const c = text.charCodeAt(i - 1);
    if ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i))) {
      start = i;
      break;
    }
  }
  // A mark that is the text's last character ends the sentence through `to` (the text's end).
  let end = to;
  for (let i = index; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && isSpace(text.charCodeAt(i + 1))) {
      end = i + 1;
      break;
    }
  }
  return [start, end];
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    // Stryker disable next-line ConditionalExpression: within the line a break can only follow a mark at the line's end, where the sentence ends anyway
    code === 10 ||
    // Stryker disable next-line ConditionalExpression: within the line a break can only follow a mark at the line's end, where the sentence ends anyway
    code === 13
  );
}
