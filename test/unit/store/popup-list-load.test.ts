/**
 * How the popup gets its list: the precomputed rows when current, else the background's answer,
 * and which storage changes make it read again. POPUP_LIST_KEYS is built when popup-list.ts loads,
 * so that test imports it afresh.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TrackedCasesAnswer } from '../../../lib/messages';
import { currentRows, loadPopupList } from '../../../lib/store/popup-list';
import { createTrackedCaseStore } from '../../../lib/store/tracked-cases';
import { DEFAULT_LIMITS } from '../../../lib/store/tracked-cases-archive';
import { typicalCase } from '../../fixtures/typical-case';

const ANSWER: TrackedCasesAnswer = { cases: [] };

beforeEach(() => fakeBrowser.reset());

describe('the popup list', () => {
  it('rows without the stamp that says they are current: the background is asked', () => {
    expect(currentRows({ 'trackedCases.rows': { rows: [] } }, undefined)).toBeUndefined();
  });

  it('no rows stored yet: the background’s answer is the list', async () => {
    const ask = vi.fn(async () => ANSWER);
    expect(await loadPopupList(undefined, ask)).toBe(ANSWER);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('current rows are used without asking the background; asked to skip them, the background answers', async () => {
    const store = createTrackedCaseStore(DEFAULT_LIMITS, { settings: async () => ({}) });
    await store.upsert(typicalCase(0));
    await store.viewWritten();
    const ask = vi.fn(async () => ANSWER);
    const list = await loadPopupList({}, ask);
    expect('view' in list).toBe(true);
    expect(ask).toHaveBeenCalledTimes(0);
    expect(await loadPopupList({}, ask, true)).toBe(ANSWER);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('reads again when the cases, their rows and stamp, or any set-aside list change', async () => {
    vi.resetModules();
    const { POPUP_LIST_KEYS } = await import('../../../lib/store/popup-list');
    expect(POPUP_LIST_KEYS).toEqual([
      'trackedCases',
      'trackedCases.rows',
      'trackedCases$',
      'trackedCases.quarantine',
      'caseProgress.unreadable',
      'accessFollowUps.unreadable',
      'alertPrefs.unreadable',
      'alerts.sent.unreadable',
    ]);
  });
});
