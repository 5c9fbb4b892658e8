/**
 * The raw value a field shows: from an input, select, textarea, check box, radio group, or plain
 * text. A value element may be the control itself or a container (a table cell, a `dd`, a div).
 */
import { collapseWhitespace, isPlaceholder } from './normalize-value';

export type RawValue =
  | { kind: 'text'; text: string; control: boolean }
  | { kind: 'checkbox'; checked: boolean };

const CONTROL_SELECTOR = 'input:not([type=hidden]):not([type=button]):not([type=submit]):not([type=image]):not([type=reset]), select, textarea';
const SKIPPED_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'SELECT', 'TEXTAREA', 'OPTION']);

export function isControl(el: Element): boolean {
  return el.matches(CONTROL_SELECTOR);
}

export function controlsIn(el: Element): Element[] {
  return isControl(el) ? [el] : Array.from(el.querySelectorAll(CONTROL_SELECTOR));
}

/** Visible text of an element, without the text of controls, buttons and scripts inside it. */
export function textOf(el: Element, limit = Infinity): string {
  let out = '';
  const walk = (node: Node): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Stryker disable next-line StringLiteral: a text node's nodeValue is never null
        out += child.nodeValue ?? '';
        if (out.length > limit) return false;
      } else if (
        // Stryker disable next-line ConditionalExpression: comments have no children or tag, so walking them adds nothing
        child.nodeType === 1
      ) {
        const tag = (child as Element).tagName;
        if (SKIPPED_TEXT.has(tag)) continue;
        if (tag === 'BR' || tag === 'P' || tag === 'DIV' || tag === 'LI') out += '\n';
        if (!walk(child)) return false;
      }
    }
    return true;
  };
  walk(el);
  return out;
}

/** The text that labels one radio button or check box ("Yes", "No", "Belongs to another plan"). */
export function optionLabel(input: Element): string {
  const doc = input.ownerDocument;
  const id = input.getAttribute('id');
  // Stryker disable next-line ConditionalExpression: without an id no label's htmlFor (a string) equals null
  if (id) {
    for (const label of Array.from(doc.querySelectorAll('label'))) {
      if (label.htmlFor === id) return collapseWhitespace(textOf(label));
    }
  }
  const wrapping = input.closest('label');
  if (wrapping) return collapseWhitespace(textOf(wrapping));
  const next = input.nextSibling;
  // Stryker disable next-line ConditionalExpression: textOf a comment is '', as the last branch gives
  const text = next && (next.nodeType === 3 ? next.nodeValue : next.nodeType === 1 ? textOf(next as Element) : '');
  if (text && collapseWhitespace(text)) return collapseWhitespace(text);
  // Stryker disable next-line StringLiteral: an input's value is never null
  return input.getAttribute('aria-label') ?? (input as HTMLInputElement).value ?? '';
}

function selectText(select: HTMLSelectElement): string {
  const option = select.selectedOptions?.[0] ?? select.options[select.selectedIndex];
  if (!option || option.value === '' && isPlaceholder(option.text)) return '';
  return option.text;
}

/**
 * Reads the value shown by a value element. Multi-line text keeps its line breaks. Text is read
 * up to about `limit` characters: past that, only its length over the limit matters.
 */
export function readRawValue(el: Element, limit = Infinity): RawValue {
  const controls = controlsIn(el);
  const radios = controls.filter((c) => (c as HTMLInputElement).type === 'radio');
  if (radios.length > 0) {
    const checked = radios.find((r) => (r as HTMLInputElement).checked);
    return { kind: 'text', text: checked ? optionLabel(checked) : '', control: true };
  }
  const boxes = controls.filter((c) => (c as HTMLInputElement).type === 'checkbox');
  if (boxes.length === 1 && controls.length === 1) {
    return { kind: 'checkbox', checked: (boxes[0] as HTMLInputElement).checked };
  }
  if (boxes.length > 1) {
    // A group of check boxes (e.g. one per reassignment reason): the checked ones' labels.
    const labels = boxes.filter((b) => (b as HTMLInputElement).checked).map(optionLabel);
    return { kind: 'text', text: labels.join('; '), control: true };
  }
  const control = controls[0];
  if (control) {
    if (control.tagName === 'SELECT') return { kind: 'text', text: selectText(control as HTMLSelectElement), control: true };
    // Stryker disable next-line StringLiteral: a text box's value is never null
    return { kind: 'text', text: (control as HTMLInputElement | HTMLTextAreaElement).value ?? '', control: true };
  }
  const text = textOf(el, limit);
  // A walk cut short stays as long as it got, so the caller sees the value was too long to read whole.
  return { kind: 'text', text: text.length > limit ? text : text.trim(), control: false };
}
