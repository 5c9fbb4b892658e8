/**
 * The panel's keyboard shortcuts (lib/keyboard-commands.ts): the browser tells the background,
 * which passes the command to the tab it was pressed in. A tab without a panel has no listener:
 * the message then fails, and that is no fault. `_execute_action` opens the popup by itself.
 */
import { isPanelCommand, type PanelCommandMessage } from '../../lib/keyboard-commands';

export async function forwardPanelShortcut(command: string, tab?: { id?: number }): Promise<void> {
  if (!isPanelCommand(command)) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const message: PanelCommandMessage = { type: 'ctm-panel-command', command };
  // A complaint page's content script; and the extension's own sample page, which tabs.sendMessage does not reach.
  await Promise.all([
    browser.tabs.sendMessage(tabId, message).catch(() => undefined),
    browser.runtime.sendMessage({ ...message, tabId }).catch(() => undefined),
  ]);
}
