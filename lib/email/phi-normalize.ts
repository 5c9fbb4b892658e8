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

function foldCodePoint(char: string, options: FoldOptions): string {
  if (INVISIBLE.test(char)) return '';
  const folded = char.normalize('NFKC');
  return options.foldCase ? folded.toLowerCase().replace(/’/g, "'") : folded;
}

/** The folded text when folding moves no character (the usual draft, even with a dash or curly quote), else undefined. */
function foldedInPlace(original: string, options: FoldOptions): string | undefined {
  if (!NEEDS_FOLDING.test(original)) return options.foldCase ? original.toLowerCase() : original;
  if (INVISIBLE.test(original) || original.normalize('NFKC') !== original) return undefined;
  if (!options.foldCase) return original;
  const lower = original.toLowerCase();
  return lower.length === original.length ? lower.replace(/’/g, "'") : undefined;
}

export function foldForScan(original: string, options: FoldOptions = {}): ScanText {
  const inPlace = foldedInPlace(original, options);
  if (inPlace !== undefined) return { text: inPlace, original: (start, end) => ({ start, end }) };
  // from[i]/to[i]: the original span of the character that produced folded unit i.
  const from: number[] = [];
  const to: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (const char of original) {
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
