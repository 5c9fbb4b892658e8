/**
 * The popup's first read of its precomputed rows and of whether the caseworker stored settings,
 * started by the early script in popup.html and taken once by the list. The hand-over lives on a
 * global (the early script and the page are separate bundles), cleared before each test.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEarlyRead, takeEarlyRows, takeEarlySettings, UNSET_SETTINGS } from '../../../lib/store/popup-early-read';
import { POPUP_VIEW_READ_KEYS } from '../../../lib/store/tracked-cases-keys';

type Stored = Record<string, unknown>;
const area = (stored: Stored) => ({
  get: vi.fn(async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in stored).map((k) => [k, stored[k]]))),
});
const g = globalThis as { ctmPopupEarlyReads?: unknown };

beforeEach(() => {
  delete g.ctmPopupEarlyReads;
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete g.ctmPopupEarlyReads;
});

describe('the popup’s early read', () => {
  it('reads the rows once, hands them over on globalThis.ctmPopupEarlyReads, and gives them to the first taker only', async () => {
    const local = area({ 'trackedCases.rows': { rows: ['row'] } });
    vi.stubGlobal('browser', { storage: { local } });
    startEarlyRead();
    expect(g.ctmPopupEarlyReads).toBeDefined();
    expect(local.get).toHaveBeenCalledWith(POPUP_VIEW_READ_KEYS);
    expect(await takeEarlyRows()).toEqual({ 'trackedCases.rows': { rows: ['row'] } });
    expect(takeEarlyRows()).toBeUndefined();
  });

  it('started twice (early script and module entry): storage is asked once', () => {
    const local = area({});
    vi.stubGlobal('browser', { storage: { local } });
    startEarlyRead();
    startEarlyRead();
    expect(local.get).toHaveBeenCalledTimes(2); // the rows and the settings, once each
    expect(local.get.mock.calls.map(([keys]) => keys)).toEqual([POPUP_VIEW_READ_KEYS, ['settings']]);
  });

  it('no settings stored: the defaults (schema version 1), taken once', async () => {
    vi.stubGlobal('browser', { storage: { local: area({}) } });
    startEarlyRead();
    expect(await takeEarlySettings()).toEqual({ schemaVersion: 1 });
    expect(UNSET_SETTINGS).toEqual({ schemaVersion: 1 });
    expect(takeEarlySettings()).toBeUndefined();
  });

  it('settings stored as null count as none: the defaults', async () => {
    vi.stubGlobal('browser', { storage: { local: area({ settings: null }) } });
    startEarlyRead();
    expect(await takeEarlySettings()).toEqual({ schemaVersion: 1 });
  });

  it('settings stored: undefined, so the page loads and validates them', async () => {
    vi.stubGlobal('browser', { storage: { local: area({ settings: { schemaVersion: 1, organization: 'Sample Plan' } }) } });
    startEarlyRead();
    expect(await takeEarlySettings()).toBeUndefined();
  });

  it('a failed settings read gives undefined (the page reads them itself); a failed rows read is handed over to retry', async () => {
    const local = { get: vi.fn(() => Promise.reject(new Error('storage unavailable'))) };
    vi.stubGlobal('browser', { storage: { local } });
    startEarlyRead();
    expect(await takeEarlySettings()).toBeUndefined();
    await expect(takeEarlyRows()).rejects.toThrow('storage unavailable');
  });

  it('Chrome without a `browser` global reads chrome.storage.local', async () => {
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', { storage: { local: area({ 'trackedCases.rows': { rows: [] } }) } });
    startEarlyRead();
    expect(await takeEarlyRows()).toEqual({ 'trackedCases.rows': { rows: [] } });
  });

  it('a `browser` global without storage (another script’s) falls back to chrome.storage.local', async () => {
    vi.stubGlobal('browser', {});
    vi.stubGlobal('chrome', { storage: { local: area({ 'trackedCases.rows': { rows: [] } }) } });
    startEarlyRead();
    expect(await takeEarlyRows()).toEqual({ 'trackedCases.rows': { rows: [] } });
  });

  it('Firefox’s browser.storage.local is used when both are present', async () => {
    vi.stubGlobal('browser', { storage: { local: area({ 'trackedCases.rows': { from: 'browser' } }) } });
    vi.stubGlobal('chrome', { storage: { local: area({ 'trackedCases.rows': { from: 'chrome' } }) } });
    startEarlyRead();
    expect(await takeEarlyRows()).toEqual({ 'trackedCases.rows': { from: 'browser' } });
  });

  it('never started: nothing to take', () => {
    expect(takeEarlyRows()).toBeUndefined();
    expect(takeEarlySettings()).toBeUndefined();
  });
});
