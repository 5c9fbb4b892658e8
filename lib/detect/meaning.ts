/**
 * A meaning in free text, declared as data by a scenario module: words that must occur together
 * in one sentence, close to each other. A single word found anywhere is not a meaning (an
 * "employer" in one sentence and an "opt out" in the next say nothing about each other).
 */

export interface Meaning {
  /** Each pattern must match in the same sentence. Patterns without the `g` flag. */
  all: readonly RegExp[];
  /** At most this many words between the matches of two patterns. */
  withinWords: number;
}

// A sentence ends at . ! ? ; or a line break; a dot inside a number or an abbreviation like "U.S." is rare enough here.
const SENTENCE_END = /[.!?;]+(?:\s+|$)|\n+/;

/** Word index of each match of `pattern` in `sentence`. */
function wordIndexes(sentence: string, pattern: RegExp): number[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const indexes: number[] = [];
  for (const match of sentence.matchAll(global)) {
    const before = sentence.slice(0, match.index);
    indexes.push(before.split(/\s+/).filter(Boolean).length);
  }
  return indexes;
}

/** True when one sentence of `text` holds every pattern of `meaning`, close together. */
export function hasMeaning(text: string | undefined, meaning: Meaning): boolean {
  if (!text || meaning.all.length === 0) return false;
  return text.split(SENTENCE_END).some((sentence) => {
    const found = meaning.all.map((pattern) => wordIndexes(sentence, pattern));
    if (found.some((indexes) => indexes.length === 0)) return false;
    const [first = [], ...rest] = found;
    return first.some((at) => rest.every((indexes) => indexes.some((other) => Math.abs(other - at) <= meaning.withinWords)));
  });
}
