/** Phrase matching for the Current Entry: case and spacing do not matter (SOP D.1.a, G.5.a, H.1.a, L.2). */

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

export function containsPhrase(text: string | undefined, phrase: string): boolean {
  if (!text) return false;
  return squash(text).includes(squash(phrase));
}

/** The text with every listed phrase taken out, to see whether anything else was written. */
export function withoutPhrases(text: string | undefined, phrases: readonly string[]): string {
  let rest = squash(text ?? '');
  for (const phrase of phrases) rest = rest.split(squash(phrase)).join(' ');
  return rest.replace(/[\s.,;:"'“”-]+/g, ' ').trim();
}
