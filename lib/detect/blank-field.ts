/** Whether the page shows a field with no value, as opposed to a field we could not read. */
import type { CaseFacts } from '../case';
import type { DetectInput } from './types';

/** The field has no value in `facts` and is not among the fields the page did not let us read. */
export function shownBlank(input: DetectInput, key: keyof CaseFacts): boolean {
  return input.facts[key] === undefined && !input.unknownFields?.includes(key);
}
