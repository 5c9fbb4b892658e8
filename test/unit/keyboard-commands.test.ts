/**
 * The keyboard shortcuts as the browser lists them (chrome://extensions/shortcuts, Firefox's
 * Manage Extension Shortcuts) and the shortcut messages a panel acts on: only the background's
 * own message for one of the panel's two commands, never a look-alike a page could post.
 */
import { describe, expect, it } from 'vitest';
import { isPanelCommand, isPanelCommandMessage, manifestCommands } from '../../lib/keyboard-commands';

describe('the shortcuts declared in the manifest', () => {
  it('offers Alt+Shift+P, Alt+Shift+N and Alt+Shift+C, each described as the browser lists it (Manifest V3)', () => {
    expect(manifestCommands(3)).toEqual({
      'toggle-panel': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Collapse or expand the CTM Assist panel' },
      'focus-findings': { suggested_key: { default: 'Alt+Shift+N' }, description: 'Move focus to the note findings in the panel' },
      _execute_action: { suggested_key: { default: 'Alt+Shift+C' }, description: 'Open the CTM Assist popup (tracked deadlines)' },
    });
  });

  it('opens the popup with Firefox’s Manifest V2 name for it, and keeps the panel’s two names', () => {
    expect(Object.keys(manifestCommands(2))).toEqual(['toggle-panel', 'focus-findings', '_execute_browser_action']);
    expect(manifestCommands(2)['_execute_browser_action']).toEqual({
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
