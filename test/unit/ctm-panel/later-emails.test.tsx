import { render } from 'preact';
import type { SharedPreact } from '../../../lib/panel-module';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelEmailsProps } from '../../../components/email/PanelEmails';
import { createEditStore } from '../../../lib/email/draft-edit';
import { noteChecks } from '../note-checks';
import { usePreactRoot } from '../preact-root';

// What the extension file brings, set per test: the later part, or the reason it fails to load.
const later: { part?: unknown; error?: Error } = {};
vi.mock('../../../lib/panel-module', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/panel-module')>();
  return {
    ...real,
    loadLaterPart: async () => {
      if (later.error) throw later.error;
      return later.part;
    },
  };
});

const root = usePreactRoot();

const props: Omit<PanelEmailsProps, 'edits'> = {
  templates: ['F-will-not-close'],
  settings: { schemaVersion: 1 },
  draftCase: { complaintId: '4012345' },
  known: {},
  editScope: '4012345',
};

/** A fresh page: the later part loads once per page, so each test gets its own copy of the loader. */
async function drawEmails(templates = props.templates) {
  const { LaterEmails } = await import('../../../entrypoints/ctm-panel/LaterEmails');
  render(<LaterEmails {...props} templates={templates} />, root.el);
}

const nextFrames = () => new Promise((settle) => setTimeout(settle, 50));

describe('the panel’s emails, loaded after its first paint', () => {
  // The first import transforms the panel's files; each test then imports a fresh copy quickly.
  beforeAll(() => import('../../../entrypoints/ctm-panel/LaterEmails'), 60_000);
  beforeEach(() => {
    vi.resetModules();
    later.part = undefined;
    later.error = undefined;
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  });
  afterEach(() => {
    delete (globalThis as { ctmAssistPreact?: unknown }).ctmAssistPreact;
  });

  it('says the emails are loading, then shows them, with hooks from the Preact the panel shared', async () => {
    later.part = {
      // As the built later part does: hooks from the Preact the panel shared, the one rendering it.
      PanelEmails: (p: PanelEmailsProps) => {
        const [id] = (globalThis as { ctmAssistPreact?: SharedPreact }).ctmAssistPreact!.hooks.useState(p.draftCase.complaintId);
        return <p data-email={p.templates.join(' ')}>{id}</p>;
      },
      emailEdits: createEditStore(),
      noteChecks,
      NoteFindings: () => null,
    };
    await drawEmails();
    expect(root.el.querySelector('[data-emails-loading]')?.textContent).toBe('Loading emails…');
    await vi.waitFor(() => expect(root.el.querySelector('[data-email="F-will-not-close"]')?.textContent).toBe('4012345'));
    expect(root.el.querySelector('[data-emails-loading]')).toBeNull();
  });

  it('says in words that the emails could not load, naming the error only, when the file fails', async () => {
    later.error = new TypeError('Failed to fetch dynamically imported module: chrome-extension://x/ctm-panel-later.js');
    await drawEmails();
    await vi.waitFor(() => expect(root.el.querySelector('[data-emails-unavailable]')).not.toBeNull());
    const alert = root.el.querySelector('[data-emails-unavailable]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('CTM Assist could not load its email drafts (TypeError). The rest of the panel works; reload the page to try again.');
    expect(root.el.querySelector('[data-emails-loading]')).toBeNull();
  });

  it('treats a file that registers something else as a failed load, not a blank area', async () => {
    later.part = { PanelEmails: 'not a component' };
    await drawEmails();
    await vi.waitFor(() => expect(root.el.querySelector('[data-emails-unavailable]')?.textContent).toContain('(TypeError)'));
  });

  it('shows nothing for a scenario without emails, yet loads the part for when one is picked', async () => {
    let loads = 0;
    later.part = {
      get PanelEmails() {
        loads++;
        return () => <p data-email="" />;
      },
      emailEdits: createEditStore(),
      noteChecks,
      NoteFindings: () => null,
    };
    await drawEmails([]);
    // The load starts after the first paint and takes as long as the machine needs: wait for it, not a fixed time.
    await vi.waitFor(() => expect(loads).toBeGreaterThan(0));
    await nextFrames();
    expect(root.el.innerHTML).toBe('');
  });
});
