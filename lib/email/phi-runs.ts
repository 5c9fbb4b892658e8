/**
 * Runs of words a draft shares with a text from the page: the complaint summary (8 words in a
 * row is a pasted sentence, not a coincidence) and the beneficiary's address (3 in a row: "12 Oak
 * Street"). Words are compared case-folded, punctuation and spacing ignored. The source text stays
 * in memory: only the last one's word runs are kept, to spare recomputing them on every keystroke.
 */

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** The words of an already case-folded text, with their positions. */
export function wordsOf(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0].replace(/’/g, "'"), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

let cached: { source: string; n: number; runs: Set<string> } | undefined;

function runsOf(source: string, n: number): Set<string> {
  // Stryker disable next-line ConditionalExpression: the kept runs only spare recomputing; computed again they are the same
  if (cached?.source === source && cached.n === n) return cached.runs;
  const words = wordsOf(source).map((w) => w.word);
  const runs = new Set<string>();
  for (let end = n; end <= words.length; end++) runs.add(words.slice(end - n, end).join(' '));
  // Stryker disable next-line ObjectLiteral: without the kept runs they are computed again, the same
  cached = { source, n, runs };
  return runs;
}

/**
 * Spans of `text` (case-folded) made of `n` or more words in a row that also stand in a row in
 * `source` (case-folded); overlapping runs join into one span.
 */
export function sharedRuns(text: string, source: string, n: number): [number, number][] {
  if (n < 1) return [];
  const runs = runsOf(source, n);
  const words = wordsOf(text);
  const spans: [number, number][] = [];
  for (let after = n; after <= words.length; after++) {
    if (!runs.has(words.slice(after - n, after).map((w) => w.word).join(' '))) continue;
    const start = words[after - n]!.start;
    const end = words[after - 1]!.end;
    const last = spans.at(-1);
    // Stryker disable next-line EqualityOperator: a separator stands between two words, so a run never starts where the last one ended
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  return spans;
}
