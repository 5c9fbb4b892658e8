/**
 * The panel is a module of its own (entrypoints/ctm-panel/), loaded only once a page reads as
 * a complaint page: every other HPMS page carries just the small page reader. The module is a
 * web-accessible file of this extension (never the network); it registers itself on the
 * content script's own global, which the page's scripts cannot see (an isolated world).
 * This file is the contract between the page reader (entrypoints/ctm.content/, and the sample
 * page) and the panel module, so neither entrypoint imports the other's files.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { readCase, withCurrentEntry } from './page/read-case';

export type CaseSession = {
  /** Re-reads the page and redraws (or removes) the panel. */
  refresh(): void;
  /** Inputs the session follows itself, faster than a page re-read (the note box). */
  followsInput(target: EventTarget | null): boolean;
};

/** The content script's page reader, handed to the panel so the module does not carry a second copy. */
export type PageReader = typeof readCase;
/** The reader's note update (lib/page/read-case.ts), handed over for the same reason. */
export type NoteReader = typeof withCurrentEntry;

export type PanelModule = { startCaseSession(ctx: ContentScriptContext, readCase: PageReader, withCurrentEntry: NoteReader): CaseSession };

export const PANEL_MODULE_FILE = '/ctm-panel.js';
const GLOBAL_KEY = 'ctmAssistPanelModule';

type Registry = { [GLOBAL_KEY]?: PanelModule };

export function registerPanelModule(module: PanelModule): void {
  (globalThis as Registry)[GLOBAL_KEY] = module;
}

/** `url`: PANEL_MODULE_FILE as the extension's own URL (browser.runtime.getURL). */
export async function loadPanelModule(url: string): Promise<PanelModule> {
  const registry = globalThis as Registry;
  if (!registry[GLOBAL_KEY]) await import(/* @vite-ignore */ url);
  const module = registry[GLOBAL_KEY];
  if (!module) throw new Error('The CTM Assist panel module did not load.');
  return module;
}
