/** Label text → the form it is matched in: case, spacing, punctuation and hints folded away. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    // Stryker disable next-line StringLiteral: spaces are collapsed next; only a label glued to its marker would differ
    .replace(/\*/g, ' ')
    // Stryker disable next-line StringLiteral: spaces are collapsed next; only a label glued to its hint would differ
    .replace(/\((?:mm|m)\s*[/-]\s*(?:dd|d)\s*[/-]\s*(?:yyyy|yy)\)|\(yyyy-mm-dd\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s:?]+$/, '')
    .replace(/^[\s:]+/, '');
}
