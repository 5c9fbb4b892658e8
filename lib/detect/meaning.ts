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

// A sentence ends at . ! ? or ; before a space or line break, or at a line break; a dot inside a
// number or an abbreviation like "U.S." is rare enough here. A sentence may keep a leading space or
// a second mark ("?!"): the patterns look for words, so neither matters.
const SENTENCE_END = /[.!?;]\s|\n/;

/** Word index of each match of `pattern` in `sentence`. */
function wordIndexes(sentence: string, pattern: RegExp): number[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  return Array.from(sentence.matchAll(global), (match) => sentence.slice(0, match.index).match(/\S+/g)?.length ?? 0);
}

/** True when one sentence of `text` holds every pattern of `meaning`, close together. */
export function hasMeaning(text: string | undefined, meaning: Meaning): boolean {
  if (!text) return false;
  return text.split(SENTENCE_END).some((sentence) => {
    // With no patterns there is no first match, so no meaning holds.
    const [first = [], ...rest] = meaning.all.map((pattern) => wordIndexes(sentence, pattern));
    return first.some((at) => rest.every((indexes) => indexes.some((other) => Math.abs(other - at) <= meaning.withinWords)));
  });
}
