/** The shipped SOP text, whitespace-normalised, for citation checks. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Vitest runs from the repository root (in the browser-like test environment import.meta.url is not a file URL).
export const SOP_TEXT = normalise(readFileSync(resolve(process.cwd(), 'docs/sop/ctm-plan-sop-2007.txt'), 'utf8'));
