/**
 * The keep-open guard at the moment of saving: when the active scenario says do not close and the
 * page is set to close, the caseworker confirms before the form goes. Never a silent block: OK
 * lets the save through.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PANEL_TAG } from '../../lib/page/own-elements';

const SAVE_WORDS = /^(?:save|submit|close|resolve|close case|save and close|update)\b/i;

function isSaveControl(el: Element | null): boolean {
  const control = el?.closest('button, input[type=submit], input[type=button], input[type=image], a');
  if (!control || control.closest(PANEL_TAG)) return false;
  if ((control as HTMLInputElement).type === 'submit') return true;
  const text = (control as HTMLInputElement).value || control.textContent || '';
  return SAVE_WORDS.test(text.trim());
}

/** `question()` returns the confirmation text while saving would break the SOP, else undefined. */
export function guardSaving(ctx: ContentScriptContext, question: () => string | undefined): void {
  let confirmedAt = 0;
  const check = (event: Event) => {
    const text = question();
    if (!text) return;
    if (Date.now() - confirmedAt < 1000) return; // the submit that follows a confirmed click
    if (window.confirm(text)) {
      confirmedAt = Date.now();
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  ctx.addEventListener(document, 'click', (event) => {
    if (isSaveControl(event.target as Element | null)) check(event);
  }, { capture: true });
  ctx.addEventListener(document, 'submit', check, { capture: true });
}
