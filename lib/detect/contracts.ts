/** Contract numbers and other plans named in free text (SOP A, B; key 12 and 17). */

const CONTRACT = /\b([HRSEFX9]\d{4})(?:-\d{3})?\b/g;

/** Contract numbers in the text, upper case, first mention order, no duplicates. */
export function contractsIn(text: string | undefined): string[] {
  if (!text) return [];
  const found = [...text.toUpperCase().matchAll(CONTRACT)].map((m) => m[1] ?? '');
  return [...new Set(found.filter(Boolean))];
}

const ANOTHER_PLAN =
  /\b(?:(?:another|different|other|new|wrong|previous|former|old)\s+(?:drug\s+|prescription\s+|part\s*d\s+|medicare\s+|health\s+)?plan|switched\s+(?:to\s+)?(?:a\s+|another\s+|the\s+)?(?:new\s+|different\s+)?plans?|enrolled\s+(?:in|with)\s+(?:another|a\s+different))\b/i;

export function mentionsAnotherPlan(text: string | undefined): boolean {
  return !!text && ANOTHER_PLAN.test(text);
}
