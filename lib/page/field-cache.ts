/**
 * The fields the last search of the page found, so a re-read after typing or a changed selection
 * reads just their values instead of searching a big page again. Also answers where a page
 * change happened relative to them (see page-change.ts), and searches afresh when told the
 * page's structure changed, when the page's root is another, or when a field's element left it.
 */
import { findFields, type Candidate } from './find-fields';

/** Where a node sits relative to the fields found: the innermost match, walking up. */
export type Place = 'label' | 'value' | 'beside-label' | undefined;

export type FieldCache = {
  /** For readCase: the fields found last time (values are read afresh), or a new search. */
  find(root: Element): Candidate[];
  /** The next find searches the page again. */
  invalidate(): void;
  /** Where `node` is: in a label, in a field's value, beside a label (its row), or elsewhere. */
  placeOf(node: Node | null): Place;
};

/** A label's parent counts as its row (where its value may appear) only when it is this small. */
const MAX_ROW_CHILDREN = 10;

export function createFieldCache(): FieldCache {
  let candidates: Candidate[] | undefined;
  let searchedRoot: Element | undefined;
  const labels = new Set<Element>();
  const values = new Set<Element>();
  const rows = new Set<Element>();

  const allConnected = () => {
    for (const set of [labels, values]) for (const el of set) if (!el.isConnected) return false;
    return true;
  };

  const search = (root: Element): Candidate[] => {
    labels.clear();
    values.clear();
    rows.clear();
    const found = findFields(root, (label) => {
      labels.add(label);
      const row = label.parentElement;
      if (row && row !== root && row.childElementCount <= MAX_ROW_CHILDREN) rows.add(row);
    });
    for (const candidate of found) if (typeof candidate.value !== 'string') values.add(candidate.value);
    searchedRoot = root;
    return found;
  };

  return {
    find(root) {
      if (!candidates || root !== searchedRoot || !allConnected()) candidates = search(root);
      return candidates;
    },
    invalidate() {
      candidates = undefined;
    },
    placeOf(node) {
      for (let at = node; at; at = at.parentNode) {
        if (labels.has(at as Element)) return 'label';
        if (values.has(at as Element)) return 'value';
        if (rows.has(at as Element)) return 'beside-label';
      }
      return undefined;
    },
  };
}
