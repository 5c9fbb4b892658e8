/**
 * Runs work once the page is idle (at most `timeoutMs` later): what loads after the list (guides,
 * alert choices, the settings watch) then leaves the main thread to the list's first layout and
 * paint, and the popup answers clicks sooner. Returns a cancel function.
 */
export function whenIdle(work: () => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}
