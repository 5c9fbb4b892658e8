/**
 * A storage failure said in words, carried from the background to a page as an error whose name
 * marks it (messages keep an error's name and message), so the page shows what is wrong instead
 * of "the background worker did not answer". Its text never quotes stored data.
 */
export const STORAGE_TROUBLE = 'CtmStorageTrouble';

export function storageTrouble(message: string): Error {
  const error = new Error(message);
  error.name = STORAGE_TROUBLE;
  return error;
}

/** The words of a storage trouble, or undefined for any other error. */
export function troubleMessage(error: unknown): string | undefined {
  return error instanceof Error && error.name === STORAGE_TROUBLE ? error.message : undefined;
}

/** Whether a failed storage write was the browser's quota (its message names no stored value). */
export function isQuotaError(error: unknown): boolean {
  return error instanceof Error && /quota/i.test(error.message);
}

/** A failed write of `what` ("Tracking", "The tick") in words, without the error's own text. */
export function writeFailedProblem(what: string, error: unknown): string {
  return isQuotaError(error)
    ? `${what} could not be saved: the browser’s storage for CTM Assist is full. Clear the set-aside copies in the CTM Assist toolbar popup.`
    : `${what} could not be saved: the browser refused to store it. Close and reopen the page; if it persists, ask IT.`;
}
