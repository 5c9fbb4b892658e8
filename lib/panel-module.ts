/**
 * The panel is a module of its own (entrypoints/ctm-panel/), loaded only once a page reads as
 * a complaint page: every other HPMS page carries just the small page reader. The module is a
 * web-accessible file of this extension (never the network); it registers itself on the
 * content script's own global, which the page's scripts cannot see (an isolated world).
 * Right after its first paint the panel loads its later part (entrypoints/ctm-panel-later/: the
 * emails and their PHI guard, the note's checks) the same way, so the first paint carries only
 * what it shows.
 * This file is the contract between the page reader (entrypoints/ctm.content/, and the sample
 * page), the panel module and its later part, so no entrypoint imports another's files.
 */
import type * as Preact from 'preact';
import type * as Hooks from 'preact/hooks';
import type * as JsxRuntime from 'preact/jsx-runtime';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { readCase, withCurrentEntry } from './page/read-case';
import type * as CaseScenarios from './sop/case-scenarios';

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

/**
 * Imports the extension's own file at `url` unless it already ran, and returns what it registered
 * under `key` on this isolated world's global.
 */
async function loadRegistered(key: string, url: string, missing: string): Promise<unknown> {
  const registry = globalThis as Record<string, unknown>;
  if (!registry[key]) await import(/* @vite-ignore */ url);
  const registered = registry[key];
  if (!registered) throw new Error(missing);
  return registered;
}

/** `url`: PANEL_MODULE_FILE as the extension's own URL (browser.runtime.getURL). */
export async function loadPanelModule(url: string): Promise<PanelModule> {
  return (await loadRegistered(GLOBAL_KEY, url, 'The CTM Assist panel module did not load.')) as PanelModule;
}

/** The panel's later part, loaded by the panel module after its first paint. */
export const PANEL_LATER_FILE = '/ctm-panel-later.js';
const LATER_KEY = 'ctmAssistPanelLater';
const PREACT_KEY = 'ctmAssistPreact';

/**
 * The panel module's Preact, handed to the later part: its components render inside the panel's
 * tree, and hooks work only with the one Preact instance that renders them. Only what the later
 * part uses, so the panel module keeps the rest out of its build; the later part's build fails
 * if it imports anything else from Preact.
 */
export type SharedPreact = {
  preact: Pick<typeof Preact, 'Component' | 'Fragment' | 'createElement' | 'h'>;
  hooks: Pick<typeof Hooks, 'useCallback' | 'useEffect' | 'useMemo' | 'useReducer' | 'useRef' | 'useState'>;
  jsxRuntime: Pick<typeof JsxRuntime, 'Fragment' | 'jsx' | 'jsxs'>;
};

const SCENARIOS_KEY = 'ctmAssistScenarios';

/**
 * The panel module's scenario look-ups that the note's checks use (lib/lint/rules/), handed to
 * the later part so that it does not carry a second copy of every scenario. The later part's
 * build fails if it imports anything else from lib/sop/case-scenarios.
 */
export type SharedScenarios = Pick<typeof CaseScenarios, 'phraseProvenance' | 'scenarioLint'>;

type LaterRegistry = { [LATER_KEY]?: unknown; [PREACT_KEY]?: SharedPreact; [SCENARIOS_KEY]?: SharedScenarios };

export function sharePreact(shared: SharedPreact): void {
  (globalThis as LaterRegistry)[PREACT_KEY] = shared;
}

/** The Preact the panel module shared; the later part cannot run without it. */
export function sharedPreact(): SharedPreact {
  const shared = (globalThis as LaterRegistry)[PREACT_KEY];
  if (!shared) throw new Error('The CTM Assist panel module did not share its Preact.');
  return shared;
}

export function shareScenarios(shared: SharedScenarios): void {
  (globalThis as LaterRegistry)[SCENARIOS_KEY] = shared;
}

/** The scenario look-ups the panel module shared; the note's checks cannot run without them. */
export function sharedScenarios(): SharedScenarios {
  const shared = (globalThis as LaterRegistry)[SCENARIOS_KEY];
  if (!shared) throw new Error('The CTM Assist panel module did not share its scenarios.');
  return shared;
}

export function registerLaterPart(part: unknown): void {
  (globalThis as LaterRegistry)[LATER_KEY] = part;
}

/**
 * Where a page imports one of the extension's files from. A web page (HPMS) uses the file's
 * web-accessible URL (`getURL`; in Chromium a per-session address). The extension's own pages (the
 * sample complaint) import it from their own origin: their policy allows 'self' only, and
 * Chromium's per-session address is another origin to it.
 */
export function extensionFileUrl<File extends string>(file: File, pageUrl: string, getURL: (path: File) => string): string {
  // A protocol is its scheme and one colon, so the colon is its end.
  return /^(?:chrome|moz)-extension:/.test(new URL(pageUrl).protocol) ? file : getURL(file);
}

/**
 * `url`: PANEL_LATER_FILE as extensionFileUrl gives it. The caller checks the shape of what it
 * gets: the two files are built apart.
 */
export function loadLaterPart(url: string): Promise<unknown> {
  return loadRegistered(LATER_KEY, url, 'The CTM Assist panel\'s later part did not load.');
}
