/**
 * The text the PHI guard scans. What a reader sees is what is checked: invisible characters
 * (zero-width spaces and joiners, word joiner, byte-order mark, soft hyphen, direction marks) are
 * dropped and compatibility forms are folded (NFKC: full-width "１２３" is "123"), optionally case
 * too. Each scanned character remembers the span of the original text it came from, so a hit maps
 * back to the characters Redact must remove, invisible ones inside the hit included.
 */

/** Characters that show nothing but would split an identifier or a name for a pattern. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
/** Plain ASCII needs no folding (the usual draft): the scanned text is the text itself. */
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

function foldCodePoint(char: string, options: FoldOptions): string {
  if (INVISIBLE.test(char)) return '';
  const folded = char.normalize('NFKC');
  return options.foldCase ? folded.toLowerCase().replace(/’/g, "'") : folded;
}

export function foldForScan(original: string, options: FoldOptions = {}): ScanText {
  if (!NEEDS_FOLDING.test(original)) {
    const text = options.foldCase ? original.toLowerCase() : original;
    return { text, original: (start, end) => ({ start, end }) };
  }
  // from[i]/to[i]: the original span of the character that produced folded unit i.
  const from: number[] = [];
  const to: number[] = [];
  let text = '';
  let at = 0;
  for (const char of original) {
    const folded = foldCodePoint(char, options);
    for (let k = 0; k < folded.length; k++) {
      from.push(at);
      to.push(at + char.length);
    }
    text += folded;
    at += char.length;
  }
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
