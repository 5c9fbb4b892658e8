/**
 * The keyboard shortcuts as the browser lists them (chrome://extensions/shortcuts, Firefox's
 * Manage Extension Shortcuts) and the shortcut messages a panel acts on: only the background's
 * own message for one of the panel's two commands, never a look-alike a page could post.
 *
 * The shortcut table is built when the module loads, so the manifest tests load it afresh
 * (`vi.resetModules()` and `import()`): mutation testing then checks the table against them.
 */
import { describe, expect, it, vi } from 'vitest';
import { isPanelCommand, isPanelCommandMessage } from '../../lib/keyboard-commands';

async function freshManifestCommands(version: 2 | 3) {
  vi.resetModules();
  const { manifestCommands } = await import('../../lib/keyboard-commands');
  return manifestCommands(version);
}

describe('the shortcuts declared in the manifest', () => {
  it('offers Alt+Shift+P, Alt+Shift+N and Alt+Shift+C, each described as the browser lists it (Manifest V3)', async () => {
    expect(await freshManifestCommands(3)).toEqual({
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Collapse or expand the CTM Assist panel' },
      'focus-findings': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Move focus to the note findings in the panel' },
      _execute_action: { suggested_key: { default: 'Alt+Shift+C' }, description: 'Open the CTM Assist popup (tracked deadlines)' },
    });
  });

  it('opens the popup with Firefox’s Manifest V2 name for it, and keeps the panel’s two names', async () => {
    const commands = await freshManifestCommands(2);
    expect(Object.keys(commands)).toEqual(['toggle-panel', 'focus-findings', '_execute_browser_action']);
    expect(commands['_execute_browser_action']).toEqual({
      suggested_key: { default: 'Alt+Shift+C' },
      description: 'Open the CTM Assist popup (tracked deadlines)',
    });
  });
});

describe('which commands and messages the panel acts on', () => {
  it('the panel’s commands are the collapse toggle and the move to the note findings, not the popup’s', () => {
    expect(isPanelCommand('toggle-panel')).toBe(true);
    expect(isPanelCommand('focus-findings')).toBe(true);
    expect(isPanelCommand('_execute_action')).toBe(false);
    expect(isPanelCommand('')).toBe(false);
  });

  it('acts on the background’s message, with or without the tab it is meant for', () => {
    expect(isPanelCommandMessage({ type: 'ctm-panel-command', command: 'toggle-panel' })).toBe(true);
    expect(isPanelCommandMessage({ type: 'ctm-panel-command', command: 'focus-findings', tabId: 7 })).toBe(true);
  });

  it.each([
    ['nothing', null],
    ['undefined', undefined],
    ['a number', 7],
    ['a string', 'ctm-panel-command'],
    ['another type', { type: 'ctm-panel', command: 'toggle-panel' }],
    ['no command', { type: 'ctm-panel-command' }],
    ['a command that is not text', { type: 'ctm-panel-command', command: 1 }],
    ['the popup’s command', { type: 'ctm-panel-command', command: '_execute_action' }],
    ['a tab that is not a number', { type: 'ctm-panel-command', command: 'toggle-panel', tabId: '7' }],
  ])('ignores %s', (_what, message) => {
    expect(isPanelCommandMessage(message)).toBe(false);
  });
});
