/** Reading the complaint category and subcategory for scenario signals (SOP G, H, D). */
import type { CaseFacts } from '../case';

const RD = /\bretro(?:active)?[-\s]*dis[-\s]?enrol{1,2}(?:ment)?s?\b|\bRDs?\b/i;
const ENROLLMENT_EXCEPTION = /\benrol{1,2}ment\s+exceptions?\b|\bEE\b/i;

export interface CategoryHit {
  /** 'Category' or 'Subcategory': which field said it. */
  field: 'Category' | 'Subcategory';
  value: string;
}

function find(facts: CaseFacts, re: RegExp): CategoryHit | undefined {
  if (facts.category && re.test(facts.category)) return { field: 'Category', value: facts.category };
  if (facts.subcategory && re.test(facts.subcategory)) return { field: 'Subcategory', value: facts.subcategory };
  return undefined;
}

/** SOP G: the category or subcategory is a retroactive disenrollment. */
export function rdCategory(facts: CaseFacts): CategoryHit | undefined {
  return find(facts, RD);
}

/** SOP H: the category or subcategory is an enrollment exception. */
export function enrollmentExceptionCategory(facts: CaseFacts): CategoryHit | undefined {
  return find(facts, ENROLLMENT_EXCEPTION);
}

export function describe(hit: CategoryHit): string {
  return `${hit.field} is "${hit.value}"`;
}
