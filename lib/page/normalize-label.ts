/** Label text → the form it is matched in: case, spacing, punctuation and hints folded away. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\*/g, ' ')
    .replace(/\((?:mm|m)\s*[/-]\s*(?:dd|d)\s*[/-]\s*(?:yyyy|yy)\)|\(yyyy-mm-dd\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:?]+$/, '')
    .replace(/^[\s:]+/, '');
}
