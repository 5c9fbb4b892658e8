/**
 * The keyboard shortcuts, declared with the extension `commands` API (wxt.config.ts) so the
 * browser lists them and lets the caseworker change them (chrome://extensions/shortcuts, or
 * Firefox's Manage Extension Shortcuts). The background forwards the panel's two to the tab.
 */
export type PanelCommand = 'toggle-panel' | 'focus-findings';

export type KeyboardCommand = {
  /** The manifest name; `_execute_action` opens the popup (`_execute_browser_action` in Manifest V2). */
  name: PanelCommand | '_execute_action';
  /** The suggested default; the browser drops it when another extension already took it. */
  key: string;
  description: string;
};

export const KEYBOARD_COMMANDS: readonly KeyboardCommand[] = [
  { name: 'toggle-panel', key: 'Alt+Shift+P', description: 'Collapse or expand the CTM Assist panel' },
  { name: 'focus-findings', key: 'Alt+Shift+N', description: 'Move focus to the note findings in the panel' },
  { name: '_execute_action', key: 'Alt+Shift+C', description: 'Open the CTM Assist popup (tracked deadlines)' },
];

/** The manifest's `commands` key for a Manifest V3 (`_execute_action`) or V2 build. */
export function manifestCommands(manifestVersion: 2 | 3): Record<string, { suggested_key: { default: string }; description: string }> {
  return Object.fromEntries(
    KEYBOARD_COMMANDS.map(({ name, key, description }) => [
      name === '_execute_action' && manifestVersion === 2 ? '_execute_browser_action' : name,
      { suggested_key: { default: key }, description },
    ]),
  );
}

/**
 * The message the background sends to a tab's panel for a shortcut. `tabId` is set on the copy
 * sent to the extension's own pages (the built-in sample), which all receive it: only that tab acts.
 */
export type PanelCommandMessage = { type: 'ctm-panel-command'; command: PanelCommand; tabId?: number };

export function isPanelCommand(name: unknown): name is PanelCommand {
  return name === 'toggle-panel' || name === 'focus-findings';
}

export function isPanelCommandMessage(message: unknown): message is PanelCommandMessage {
  // A primitive has none of these properties; only null and undefined cannot be read.
  const { type, command, tabId } = (message ?? {}) as Record<string, unknown>;
  return type === 'ctm-panel-command' && isPanelCommand(command) && (tabId === undefined || typeof tabId === 'number');
}
