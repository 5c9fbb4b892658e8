import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeContext } from './fake-context';
import { readCase, withCurrentEntry } from '../../../lib/page/read-case';
import type { CaseContext } from '../../../lib/messages';
import { parseHtml } from '../parse-html';

// The background's answer, set per test.
const answer: { context?: CaseContext } = {};
vi.mock('../../../entrypoints/ctm-panel/background-link', () => ({
  reportCase: async () => ({ ok: true, value: answer.context }),
  sendTick: async () => ({ ok: true, value: { ticks: {} } }),
  sendPick: async () => ({ ok: true, value: { ticks: {} } }),
}));

// A redraw that fails the way a RegExp built from a huge value did: its message quotes the value.
const SECRET = 'Pat Morgan 456789012C';
vi.mock('../../../lib/evaluate-case', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/evaluate-case')>();
  return {
    ...real,
    evaluateCase: (...args: Parameters<typeof real.evaluateCase>) => {
      if (args[1].settings.organization === 'Breaks the redraw') {
        throw new SyntaxError(`Invalid regular expression: /${SECRET}/: Regular expression too large`);
      }
      return real.evaluateCase(...args);
    },
  };
});

const { startCaseSession } = await import('../../../entrypoints/ctm-panel/case-session');

const panelText = () => document.querySelector('ctm-assist-panel')?.shadowRoot?.textContent ?? '';

describe('the panel session when a redraw after the background answers fails', () => {
  beforeEach(() => {
    const page = parseHtml(readFileSync(resolve(__dirname, '../../fixtures/ctm/scenario-a.html'), 'utf8'));
    document.body.innerHTML = page.body.innerHTML;
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the failure in the panel and reports it by name only, never throwing into the page', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      answer.context = { settings: { schemaVersion: 1, organization: 'Breaks the redraw' }, progress: { ticks: {} } };
      startCaseSession(fakeContext(), readCase, withCurrentEntry);
      expect(panelText()).toContain('Scenario');
      await vi.waitFor(() => expect(panelText()).toMatch(/could not show this case \(SyntaxError\)/));
      await new Promise((settle) => setTimeout(settle, 0));
      expect(unhandled).not.toHaveBeenCalled();
      expect(debug).toHaveBeenCalledWith('[CTM Assist]', 'SyntaxError');
      expect(JSON.stringify(debug.mock.calls)).not.toContain(SECRET);
      expect(panelText()).not.toContain(SECRET);
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});
