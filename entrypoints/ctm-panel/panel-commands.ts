/**
 * The panel's keyboard shortcuts (lib/keyboard-commands.ts), passed on by the background: collapse
 * or expand the panel, and move focus to the note findings. Stops with the page's session.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPanelCommandMessage } from '../../lib/keyboard-commands';

type Actions = { toggle(): void; focusFindings(): void };

export function listenForPanelCommands(ctx: ContentScriptContext, actions: Actions): void {
  // On the extension's own sample page every open copy hears the command: only its tab acts.
  // (A content script has no `tabs` API and hears only its own tab's commands.)
  let ownTab: number | undefined;
  void Promise.resolve(browser.tabs?.getCurrent?.()).then((tab) => (ownTab = tab?.id)).catch(() => undefined);
  const listener = (message: unknown) => {
    if (!isPanelCommandMessage(message)) return undefined;
    if (message.tabId !== undefined && message.tabId !== ownTab) return undefined;
    if (message.command === 'toggle-panel') actions.toggle();
    else actions.focusFindings();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/**
 * Focuses the first finding's control, or the line in the findings' place ("no findings", the
 * checks still loading or unavailable); false when the panel shows no note.
 */
export function focusNoteFindings(root: ParentNode): boolean {
  const target =
    root.querySelector<HTMLElement>('.ctm-findings button, .ctm-findings a[href]') ??
    root.querySelector<HTMLElement>('.ctm-findings, [data-findings-empty], [data-findings-loading], [data-findings-unavailable]');
  if (!target) return false;
  if (!target.matches('button, a[href]')) target.tabIndex = -1;
  target.focus();
  return true;
}
