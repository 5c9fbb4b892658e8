/** Contract numbers and other plans named in free text (SOP A, B; key 12 and 17). */

// A plan benefit package after the number ("H1234-001") needs no pattern of its own: the hyphen
// already ends the word, so the contract number matches without it.
const CONTRACT = /\b[HRSEFX9]\d{4}\b/g;

/** Contract numbers in the text, upper case, first mention order, no duplicates. */
export function contractsIn(text: string | undefined): string[] {
  if (!text) return [];
  return [...new Set(text.toUpperCase().match(CONTRACT) ?? [])];
}

// "switched to another plan" is read by the first alternative ("another plan").
const ANOTHER_PLAN =
  /\b(?:(?:another|different|other|new|wrong|previous|former|old)\s+(?:drug\s+|prescription\s+|part\s*d\s+|medicare\s+|health\s+)?plan|switched\s+(?:to\s+)?(?:a\s+|the\s+)?(?:new\s+|different\s+)?plans?|enrolled\s+(?:in|with)\s+(?:another|a\s+different))\b/i;

export function mentionsAnotherPlan(text: string | undefined): boolean {
  return !!text && ANOTHER_PLAN.test(text);
}
