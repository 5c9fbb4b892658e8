/**
 * The panel session on a complaint page while its later part (with the note's checks) loads:
 * the count follows the keys from the first paint, the findings come once the part is in, and a
 * part that fails to load leaves a message and a working count, never a thrown error.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeContext } from './fake-context';
import { Findings } from '../../../components/note/Findings';
import { createEditStore } from '../../../lib/email/draft-edit';
import { readCase, withCurrentEntry } from '../../../lib/page/read-case';
import { noteChecks } from '../note-checks';
import { parseHtml } from '../parse-html';

vi.mock('../../../entrypoints/ctm-panel/background-link', () => ({
  reportCase: async () => ({ ok: true, value: { settings: { schemaVersion: 1 }, progress: { ticks: {} } } }),
  sendTick: async () => ({ ok: true, value: { ticks: {} } }),
  sendPick: async () => ({ ok: true, value: { ticks: {} } }),
}));

// The later part's file: it arrives (or fails) when the test says so.
const later: { arrive?: (part: unknown) => void; fail?: (error: Error) => void } = {};
vi.mock('../../../lib/panel-module', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/panel-module')>();
  return {
    ...real,
    loadLaterPart: () =>
      new Promise((arrive, fail) => {
        later.arrive = arrive;
        later.fail = fail;
      }),
  };
});

const panel = () => document.querySelector('ctm-assist-panel')!.shadowRoot!;
const box = () => document.querySelector<HTMLTextAreaElement>('textarea[name$="txtCurrentEntry"]')!;
const count = () => panel().querySelector('[data-note-count]')?.getAttribute('data-note-count');

function type(value: string): void {
  box().value = value;
  box().dispatchEvent(new Event('input', { bubbles: true }));
}

/** A fresh page: the later part loads once per page. */
async function openComplaint() {
  const { startCaseSession } = await import('../../../entrypoints/ctm-panel/case-session');
  startCaseSession(fakeContext(), readCase, withCurrentEntry);
  // The load starts right after the panel's first paint.
  await vi.waitFor(() => expect(later.arrive).toBeDefined());
}

describe('the note’s checks, loaded with the panel’s later part', () => {
  const unhandled = vi.fn();
  // Compiles the panel's modules once, outside the tests' time: each test imports them fresh, which
  // then only runs them (on a busy machine compiling alone took over 5 s).
  beforeAll(() => import('../../../entrypoints/ctm-panel/case-session'), 60_000);
  beforeEach(() => {
    vi.resetModules();
    later.arrive = undefined;
    later.fail = undefined;
    unhandled.mockClear();
    process.on('unhandledRejection', unhandled);
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const page = parseHtml(readFileSync(resolve(__dirname, '../../fixtures/ctm/scenario-a.html'), 'utf8'));
    document.body.innerHTML = page.body.innerHTML;
  });
  afterEach(() => {
    process.off('unhandledRejection', unhandled);
    document.body.innerHTML = '';
    delete (globalThis as { ctmAssistPreact?: unknown }).ctmAssistPreact;
    delete (globalThis as { ctmAssistScenarios?: unknown }).ctmAssistScenarios;
  });

  it('the first paint says the note is being checked and counts every key; the findings come once the part is in, without a key', async () => {
    await openComplaint();
    expect(panel().querySelector('[data-findings-loading]')?.textContent).toBe('Checking the note…');
    type('Spoke w/ the\nmbr');
    await vi.waitFor(() => expect(count()).toBe('17'));
    // The pause passes: still no findings claimed, the message stays.
    await new Promise((settle) => setTimeout(settle, 200));
    expect(panel().querySelectorAll('[data-rule]')).toHaveLength(0);
    expect(panel().querySelector('[data-findings-loading]')).not.toBeNull();

    later.arrive!({ PanelEmails: () => null, emailEdits: createEditStore(), noteChecks, NoteFindings: Findings });
    await vi.waitFor(() => expect(panel().querySelector('[data-rule="abbreviation"][data-term="mbr"]')).not.toBeNull());
    expect(panel().querySelector('[data-findings-loading]')).toBeNull();
    expect(box().value).toBe('Spoke w/ the\nmbr');
    type('Spoke w/ the\nmbr today');
    await vi.waitFor(() => expect(count()).toBe('23'));
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('a part that fails to load: the note section says the checks could not load, the count still works, nothing typed changes', async () => {
    await openComplaint();
    type('Called bene');
    await new Promise((settle) => setTimeout(settle, 200)); // past the pause: no key brings the news
    later.fail!(new TypeError('Failed to fetch dynamically imported module'));
    await vi.waitFor(() => expect(panel().querySelector('[data-findings-unavailable]')).not.toBeNull());
    expect(panel().querySelector('[data-findings-loading]')).toBeNull();
    type('Called bene\nagain');
    await vi.waitFor(() => expect(count()).toBe('18'));
    await new Promise((settle) => setTimeout(settle, 200));
    expect(panel().querySelectorAll('[data-rule]')).toHaveLength(0);
    expect(box().value).toBe('Called bene\nagain');
    expect(unhandled).not.toHaveBeenCalled();
  });
});
