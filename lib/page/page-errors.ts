/**
 * Error messages the page shows, such as a failed save (SOP F). Only elements marked as errors
 * or alerts, and only those not hidden: ASP.NET validators sit in the page hidden until they fire.
 */
import { collapseWhitespace } from './normalize-value';

// Spelled out per case: attribute selectors' `i` flag is not supported everywhere we run.
export const ERROR_SELECTOR = [
  '[role=alert]',
  '[aria-live=assertive]',
  '[class*=error]',
  '[class*=Error]',
  '[class*=ERROR]',
  '[class*=validation-summary]',
  '[class*=alert-danger]',
].join(', ');

function isHidden(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (at.hasAttribute('hidden') || at.getAttribute('aria-hidden') === 'true') return true;
    const style = (at as HTMLElement).style;
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
  }
  return false;
}

export function readPageErrors(root: Element): string[] {
  const messages: string[] = [];
  for (const el of Array.from(root.querySelectorAll(ERROR_SELECTOR))) {
    if (el.closest('input, select, textarea') || isHidden(el)) continue;
    // Nested error elements: keep the innermost text once.
    if (el.querySelector(ERROR_SELECTOR)) continue;
    // Stryker disable next-line StringLiteral: an element's textContent is never null
    const text = collapseWhitespace(el.textContent ?? '');
    if (text && text.length <= 500 && !messages.includes(text)) messages.push(text);
  }
  return messages;
}
