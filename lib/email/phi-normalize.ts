/**
 * The text the PHI guard scans. What a reader sees is what is checked: invisible characters
 * (zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen, direction marks) are
 * dropped and compatibility forms are folded (NFKC: full-width "１２３" is "123"), optionally case
 * too. Each scanned character remembers the span of the original text it came from, so a hit maps
 * back to the characters Redact must remove, invisible ones inside the hit included.
 */

/** Characters that show nothing but would split an identifier or a name for a pattern. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
/** Plain ASCII needs no folding: the scanned text is the text itself. */
const NEEDS_FOLDING = /[^\x20-\x7E\n\r\t]/;

export interface ScanText {
  /** The folded text the patterns run on. */
  text: string;
  /** Maps a span of `text` back to the span of the original text it came from. */
  original(start: number, end: number): { start: number; end: number };
}

export interface FoldOptions {
  /** Lower-case the text, and read a curly apostrophe as a straight one (name matching). */
  foldCase?: boolean;
}

/**
 * Lower case for matching. A capital sigma lowers to final ς at the end of a word when the whole
 * text is lowered but to σ on its own, so ς reads as σ: the same text folds the same whether it is
 * lowered whole or character by character (a draft with one non-breaking space is).
 */
function lowerForMatching(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/ς/g, 'σ');
}

function foldCodePoint(char: string, options: FoldOptions): string {
  if (INVISIBLE.test(char)) return '';
  const folded = char.normalize('NFKC');
  return options.foldCase ? lowerForMatching(folded) : folded;
}

/**
 * The folded text when folding moves no character (the usual draft, even with a dash or curly
 * quote), else undefined. Only a shortcut: folding character by character gives the same text.
 */
// Stryker disable next-line BlockStatement: only a shortcut; folded character by character the text is the same
function foldedInPlace(original: string, options: FoldOptions): string | undefined {
  const folded = options.foldCase ? lowerForMatching(original) : original;
  // Stryker disable next-line ConditionalExpression: only a shortcut; plain ASCII passes the checks below as well
  if (!NEEDS_FOLDING.test(original)) return folded;
  // Stryker disable next-line ConditionalExpression: only a shortcut; folded character by character the text is the same
  if (INVISIBLE.test(original) || original.normalize('NFKC') !== original || folded.length !== original.length) return undefined;
  return folded;
}

export function foldForScan(original: string, options: FoldOptions = {}): ScanText {
  const inPlace = foldedInPlace(original, options);
  // Stryker disable next-line ConditionalExpression: only a shortcut; folded character by character the text is the same
  if (inPlace !== undefined) return { text: inPlace, original: (start, end) => ({ start, end }) };
  // from[i]/to[i]: the original span of the character that produced folded unit i.
  const from: number[] = [];
  const to: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const char of original) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: only a shortcut; foldCodePoint leaves ASCII (and DEL) as this does
    const ascii = char.charCodeAt(0) < 0x7f;
    const folded = ascii ? (options.foldCase ? char.toLowerCase() : char) : foldCodePoint(char, options);
    for (let k = 0; k < folded.length; k++) {
      from.push(at);
      to.push(at + char.length);
    }
    parts.push(folded);
    at += char.length;
  }
  const text = parts.join('');
  return {
    text,
    original: (start, end) => {
      if (end <= start) {
        const point = start < from.length ? from[start]! : original.length;
        return { start: point, end: point };
      }
      return { start: from[start]!, end: to[end - 1]! };
    },
  };
}
