/**
 * Field discovery by visible label. One walk over the page finds every element whose own text is
 * a known label, then pairs it with its value the way forms lay them out: `<label for>`, a
 * wrapping label, `aria-labelledby` / `aria-label`, `fieldset`/`legend`, `dt`/`dd`, table label
 * and value cells (side by side, above/below, or a one-row column table), or the next element.
 * Ids are only followed where the page itself points at them (`for`, `aria-labelledby`).
 */
import { LABEL_VOCABULARY, type LabelKey } from './label-vocabulary';
import { normalizeLabel } from './normalize-label';
import { collapseWhitespace } from './normalize-value';
import { controlsIn, isControl, textOf } from './read-control';

export type Candidate = {
  key: LabelKey;
  /** The label as the page shows it, for messages. */
  label: string;
  /** The element holding the value, or the value text itself for "Label: value" text. */
  value: Element | string;
  /** True when the value comes from a form control (the live, editable state). */
  control: boolean;
  /** A heading followed by content: used only when no better pairing exists. */
  weak?: boolean;
};

const LABEL_INDEX: ReadonlyMap<string, LabelKey> = new Map(
  (Object.entries(LABEL_VOCABULARY) as [LabelKey, readonly string[]][]).flatMap(([key, labels]) =>
    labels.map((label) => [normalizeLabel(label), key] as const),
  ),
);

/** The field key a piece of label text names, if any. */
export function labelKey(text: string): LabelKey | undefined {
  return LABEL_INDEX.get(normalizeLabel(text));
}

const MAX_LABEL_TEXT = 90;
const NOT_LABELS = new Set(['HTML', 'BODY', 'FORM', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'SELECT', 'OPTION', 'TEXTAREA', 'BUTTON', 'A', 'FIELDSET']);
const NOT_WALKED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'TEXTAREA', 'BUTTON', 'SVG', 'IFRAME']);

/**
 * Finds every labelled field under `root`, in document order. `onLabel` hears of every element
 * whose text is a label, with a value or not, so a caller can watch where fields may appear.
 */
export function findFields(root: Element, onLabel?: (label: Element) => void): Candidate[] {
  const found: Candidate[] = [];
  const visit = (el: Element): void => {
    if (NOT_WALKED.has(el.tagName.toUpperCase())) return;
    if (!NOT_LABELS.has(el.tagName) && !isControl(el)) {
      const own = textOf(el, MAX_LABEL_TEXT);
      // Stryker disable next-line MethodExpression: blank text names no field either way; trim only skips the look-up
      if (own.length <= MAX_LABEL_TEXT && own.trim()) {
        const candidate = labelCandidate(el, own);
        if (candidate) {
          found.push(candidate);
          onLabel?.(el);
          return; // the outermost element with the label text is the label
        }
        if (onLabel && labelKey(own)) onLabel(el);
      }
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child);
  };
  visit(root);
  found.push(...ariaLabelled(root));
  return found;
}

/** Whether findFields takes `el` for a label by its text, with a value or not. */
export function hasLabelText(el: Element): boolean {
  if (NOT_WALKED.has(el.tagName.toUpperCase()) || NOT_LABELS.has(el.tagName) || isControl(el)) return false;
  const own = textOf(el, MAX_LABEL_TEXT);
  // Stryker disable next-line MethodExpression: blank text names no field either way; trim only skips the look-up
  if (own.length > MAX_LABEL_TEXT || !own.trim()) return false;
  if (labelKey(own)) return true;
  const colon = own.indexOf(':');
  return colon !== -1 && el.children.length <= 2 && controlsIn(el).length === 0 && labelKey(own.slice(0, colon)) !== undefined;
}

function labelCandidate(el: Element, own: string): Candidate | undefined {
  const key = labelKey(own);
  const label = collapseWhitespace(own);
  if (key) {
    const value = valueFor(el);
    return value ? { key, label, ...value, weak: /^H[1-6]$/.test(el.tagName) } : undefined;
  }
  // "Complaint ID: 4012345" in one element.
  const colon = own.indexOf(':');
  if (colon !== -1 && el.children.length <= 2 && controlsIn(el).length === 0) {
    const inlineKey = labelKey(own.slice(0, colon));
    const rest = collapseWhitespace(own.slice(colon + 1));
    if (inlineKey && rest) return { key: inlineKey, label: collapseWhitespace(own.slice(0, colon)), value: rest, control: false };
  }
  return undefined;
}

type Value = { value: Element; control: boolean };

function asValue(el: Element | null | undefined): Value | undefined {
  if (!el) return undefined;
  return { value: el, control: controlsIn(el).length > 0 };
}

function valueFor(label: Element): Value | undefined {
  const doc = label.ownerDocument;
  const tag = label.tagName;
  if (tag === 'LABEL' && (label as HTMLLabelElement).htmlFor) {
    // A label that names its control is trusted to: if that control is gone, the field is
    // missing rather than guessed from whatever comes next (fuzzing found such guesses wrong).
    const target = doc.getElementById((label as HTMLLabelElement).htmlFor);
    return target ? asValue(target) : controlsIn(label).length > 0 ? { value: label, control: true } : undefined;
  }
  // A wrapping label, or a container whose only text is the label: its controls.
  if (controlsIn(label).length > 0) return { value: label, control: true };
  if (tag === 'LEGEND' && label.parentElement?.tagName === 'FIELDSET') return asValue(label.parentElement);
  const id = label.getAttribute('id');
  if (id) {
    const labelled = Array.from(doc.querySelectorAll('[aria-labelledby]')).find((c) => labelledByIds(c).includes(id));
    if (labelled && !labelled.contains(label)) return asValue(labelled);
  }
  if (tag === 'DT') return asValue(nextSiblingWith(label, (s) => s.tagName === 'DD'));
  const cell = tag === 'TH' || tag === 'TD' ? label : undefined;
  if (cell) return cellValue(cell);
  return asValue(nextSiblingWith(label, hasContent)) ?? parentNextValue(label);
}

function hasContent(el: Element): boolean {
  return controlsIn(el).length > 0 || textOf(el).trim() !== '';
}

function nextSiblingWith(el: Element, test: (s: Element) => boolean): Element | undefined {
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) {
    if (labelKey(textOf(s, MAX_LABEL_TEXT))) return undefined; // the next label: this field is empty
    if (test(s)) return s;
  }
  return undefined;
}

/** `<div><span>Label</span></div><div>value</div>`: the label's wrapper is followed by the value. */
function parentNextValue(label: Element): Value | undefined {
  const parent = label.parentElement;
  if (!parent || parent.children.length !== 1 || NOT_LABELS.has(parent.tagName)) return undefined;
  return asValue(nextSiblingWith(parent, hasContent));
}

function cellValue(cell: Element): Value | undefined {
  const row = cell.parentElement;
  if (!row || row.tagName !== 'TR') return undefined;
  const cells = Array.from(row.children);
  const headerRow = row.parentElement?.tagName === 'THEAD' || cells.every((c) => c.tagName === 'TH');
  if (!headerRow) {
    const beside = nextSiblingWith(cell, (s) => (s.tagName === 'TD' || s.tagName === 'TH') && hasContent(s));
    if (beside) return asValue(beside);
  }
  // Label above value: the cell in the same column of the next row, when that row is not
  // itself labels (a header row of a list) and the table has one such data row.
  const column = cells.indexOf(cell);
  const allHeaders = headerRow || cells.every((c) => labelKey(textOf(c, MAX_LABEL_TEXT)));
  const next = nextRow(row);
  if (!next) return undefined;
  if (allHeaders && cells.length > 1 && nextRow(next)) return undefined; // a list of many rows
  const below = next.children[column];
  return below && !labelKey(textOf(below, MAX_LABEL_TEXT)) ? asValue(below) : undefined;
}

function nextRow(row: Element): Element | undefined {
  let next = row.nextElementSibling;
  if (!next && row.parentElement && row.parentElement.tagName !== 'TABLE') {
    next = row.parentElement.nextElementSibling?.firstElementChild ?? null; // thead → tbody
  }
  return next?.tagName === 'TR' ? next : undefined;
}

/** The ids `aria-labelledby` lists (with empty strings where it has extra spaces). */
function labelledByIds(el: Element): string[] {
  // Stryker disable next-line Regex: single-space splitting only adds empty strings, which match no id (ids are checked non-empty, or filtered)
  return (el.getAttribute('aria-labelledby') ?? '').split(/\s+/);
}

/** Controls named only by `aria-label`, or by `aria-labelledby` pointing at any text. */
function ariaLabelled(root: Element): Candidate[] {
  const doc = root.ownerDocument;
  const out: Candidate[] = [];
  for (const el of Array.from(root.querySelectorAll('[aria-label], [aria-labelledby]'))) {
    const refs = labelledByIds(el).filter(Boolean);
    const labels = refs.map((id) => doc.getElementById(id)).filter((l): l is HTMLElement => l !== null);
    if (labels.some((l) => el.contains(l))) continue; // a section named by its own heading
    // Stryker disable next-line StringLiteral: used only with no id listed; then an element without aria-label names no field, whatever text stands in
    const ariaLabel = el.getAttribute('aria-label') ?? '';
    const text = refs.length ? labels.map((l) => textOf(l)).join(' ') : ariaLabel;
    const key = labelKey(text);
    if (key) out.push({ key, label: collapseWhitespace(text), value: el, control: controlsIn(el).length > 0 });
  }
  return out;
}
