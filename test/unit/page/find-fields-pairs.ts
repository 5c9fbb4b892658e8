/** Test helper: the fields findFields pairs on a small page, as plain data a test can compare. */
import { findFields } from '../../../lib/page/find-fields';
import { collapseWhitespace } from '../../../lib/page/normalize-value';
import { textOf } from '../../../lib/page/read-control';
import { parseHtml } from '../parse-html';

export type Pair = { key: string; label: string; value: string; control: boolean; weak?: true };

/** A value element is named by its id when it has one, else by its visible text. */
export function valueName(value: Element | string): string {
  if (typeof value === 'string') return value;
  return value.id || collapseWhitespace(textOf(value));
}

export function pairsIn(root: Element): Pair[] {
  return findFields(root).map((c) => ({
    key: c.key,
    label: c.label,
    value: valueName(c.value),
    control: c.control,
    ...(c.weak ? { weak: true as const } : {}),
  }));
}

export function pairs(html: string): Pair[] {
  return pairsIn(parseHtml(html).body);
}
