/** Errors never reach the page's console as uncaught; one debug line, no page or note content. */
export function reportQuietly(error: unknown): void {
  console.debug('[CTM Assist]', error instanceof Error ? error.name : 'error');
}
