/**
 * The hand-over between the page reader, the panel module and its later part (lib/panel-module.ts):
 * the panel appears only if its module file registers itself, a file that does not is reported
 * with a message that says which part failed, and the later part gets the panel's own Preact and
 * scenario look-ups. The fixture files stand in for the built files at their extension addresses.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loadLaterPart,
  loadPanelModule,
  registerLaterPart,
  registerPanelModule,
  sharedPreact,
  sharedScenarios,
  sharePreact,
  shareScenarios,
  type SharedPreact,
  type SharedScenarios,
} from '../../../lib/panel-module';

const fixture = (name: string) => new URL(`./fixtures/${name}.ts`, import.meta.url).pathname;
const NO_SUCH_FILE = '/no-such-extension-file.js';

// The registry is the content script's global: each test starts and ends with nothing registered there.
const REGISTRY_KEYS = ['ctmAssistPanelModule', 'ctmAssistPanelLater', 'ctmAssistPreact', 'ctmAssistScenarios'];
const clearRegistry = () => {
  for (const key of REGISTRY_KEYS) delete (globalThis as Record<string, unknown>)[key];
};
beforeEach(clearRegistry);
afterEach(clearRegistry);

const session = { refresh: () => undefined, followsInput: () => false };

describe('loading the panel module', () => {
  it('imports the module file and returns the panel it registered', async () => {
    const panel = await loadPanelModule(fixture('registers-panel'));
    // The same (cached) module the load ran, to compare with.
    const { session: registered } = await import('./fixtures/registers-panel');
    expect(panel.startCaseSession({} as never, (() => undefined) as never, (() => undefined) as never)).toBe(registered);
  });

  it('uses a panel already registered without fetching the file again', async () => {
    const module = { startCaseSession: () => session };
    registerPanelModule(module);
    await expect(loadPanelModule(NO_SUCH_FILE)).resolves.toBe(module);
  });

  it('says the panel module did not load when the file registers nothing', async () => {
    await expect(loadPanelModule(fixture('registers-nothing'))).rejects.toThrow(new Error('The CTM Assist panel module did not load.'));
  });
});

describe('loading the later part (the emails and the note\'s checks)', () => {
  it('imports the later part\'s file and returns what it registered', async () => {
    const loaded = await loadLaterPart(fixture('registers-later-part'));
    const { part } = await import('./fixtures/registers-later-part');
    expect(loaded).toBe(part);
  });

  it('uses a later part already registered without fetching the file again', async () => {
    const part = { kind: 'registered before' };
    registerLaterPart(part);
    await expect(loadLaterPart(NO_SUCH_FILE)).resolves.toBe(part);
  });

  it('says the later part did not load when the file registers nothing', async () => {
    await expect(loadLaterPart(fixture('registers-nothing'))).rejects.toThrow(new Error('The CTM Assist panel\'s later part did not load.'));
  });

  it('hands the later part the Preact the panel shared, and refuses to run without it', () => {
    expect(() => sharedPreact()).toThrow(new Error('The CTM Assist panel module did not share its Preact.'));
    const shared = { preact: {}, hooks: {}, jsxRuntime: {} } as unknown as SharedPreact;
    sharePreact(shared);
    expect(sharedPreact()).toBe(shared);
  });

  it('hands the later part the scenario look-ups the panel shared, and refuses to run without them', () => {
    expect(() => sharedScenarios()).toThrow(new Error('The CTM Assist panel module did not share its scenarios.'));
    const shared = { phraseProvenance: () => undefined, scenarioLint: () => undefined } as unknown as SharedScenarios;
    shareScenarios(shared);
    expect(sharedScenarios()).toBe(shared);
  });
});
