/**
 * What a change to the page means for the panel: nothing (most changes of a big or busy page,
 * such as a list or a clock elsewhere), a re-read of the fields' values, or a new search for
 * fields (a label appeared, changed or went; a form section was replaced; a control was added).
 * Judged from where the change happened relative to the fields last found (field-cache.ts).
 */
import type { RefreshNeed } from '../refresh-schedule';
import type { FieldCache } from './field-cache';
import { hasLabelText } from './find-fields';
import { ERROR_SELECTOR } from './page-errors';
import { controlsIn, textOf } from './read-control';

/** Label texts are short (find-fields.ts): no enclosing element of longer text is looked at. */
const MAX_LABEL_TEXT = 90;
/** An added part larger than this is not searched for labels here: the page is searched again. */
const MAX_ADDED_ELEMENTS = 2_000;

/** The need of a batch of mutation records (own elements already left out): the strongest. */
export function mutationsNeed(records: readonly MutationRecord[], fields: FieldCache): RefreshNeed | undefined {
  let need: RefreshNeed | undefined;
  for (const record of records) {
    const next = recordNeed(record, fields);
    if (next === 'structure') return next;
    need ??= next;
  }
  return need;
}

/** An input or change event: only a field's own control changes what is read. */
export function inputNeed(target: EventTarget | null, fields: FieldCache): RefreshNeed | undefined {
  return fields.placeOf(target as Node | null) ? 'values' : undefined;
}

function recordNeed(record: MutationRecord, fields: FieldCache): RefreshNeed | undefined {
  const place = fields.placeOf(record.target);
  if (record.type === 'attributes') {
    // `hidden` can show or hide a page error; the other attributes are controls' states.
    return place || record.attributeName === 'hidden' ? 'values' : undefined;
  }
  if (place === 'label' || place === 'beside-label') return 'structure';
  const parent = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
  if (parent && nearLabelText(parent)) return 'structure';
  // A value emptied: its label may now pair with nothing (the field is missing, not blank).
  if (place === 'value' && parent && !textOf(parent, MAX_LABEL_TEXT).trim() && controlsIn(parent).length === 0) return 'structure';
  let need: RefreshNeed | undefined = place === 'value' || (parent && isError(parent)) ? 'values' : undefined;
  // Added or removed: labels (a field appears or goes), controls (a value appears or goes; a
  // replaced section), page errors.
  for (const node of [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)]) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (controlsIn(el).length > 0 || holdsLabelText(el)) return 'structure';
    if (el.matches(ERROR_SELECTOR) || el.querySelector(ERROR_SELECTOR)) need = 'values';
  }
  return need;
}

function isError(el: Element): boolean {
  return el.closest(ERROR_SELECTOR) !== null;
}

/** This element, or an enclosing one whose text is short, has a label's text. */
function nearLabelText(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    // Stryker disable next-line ConditionalExpression: only saves work; hasLabelText refuses such long text too
    if (textOf(at, MAX_LABEL_TEXT).length > MAX_LABEL_TEXT) return false;
    if (hasLabelText(at)) return true;
  }
  return false;
}

/** Some element inside `root` (or `root` itself) has a label's text. */
function holdsLabelText(root: Element): boolean {
  if (root.getElementsByTagName('*').length > MAX_ADDED_ELEMENTS) return true;
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let el: Node | null = root; el; el = walker.nextNode()) if (hasLabelText(el as Element)) return true;
  return false;
}
