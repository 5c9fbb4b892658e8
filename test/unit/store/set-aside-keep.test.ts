/**
 * Keeping unreadable data aside (set-aside.ts): the exact entry kept, the bounds (5 copies,
 * 8 MB) that drop the oldest copies and say so, what happens when the browser has no room, and
 * the note that data was left in place. One test loads the module afresh (vi.resetModules):
 * the dropped-copies note is built by a module-level function, which Stryker counts only then.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { moveAside, noteLeftInPlace, notKeptReason } from '../../../lib/store/set-aside';
import { enforceChromeQuota } from './chrome-quota';

const AT = '2026-06-05T09:00:00.000Z';
const KEY = 'local:caseProgress.unreadable';
const MAX = 8 * 1024 * 1024;

const list = async () => (await fakeBrowser.storage.local.get('caseProgress.unreadable'))['caseProgress.unreadable'] as Record<string, unknown>[];
const old = (reason: string, bytes: number) => ({ at: '2026-01-01T00:00:00.000Z', reason, bytes, data: reason });

describe('keeping unreadable data aside', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(AT));
  });
  afterEach(() => vi.useRealTimers());

  it('keeps the copy with its reason and size only, and writes the stand-in in the same step', async () => {
    const result = await moveAside(KEY, { reason: 'Damaged ticks.', data: { a: 1 } }, [{ key: 'local:caseProgress', value: {} }]);
    expect(result).toEqual({ kept: true, dropped: 0 });
    const kept = await list();
    expect(kept).toEqual([{ at: AT, reason: 'Damaged ticks.', bytes: 7, data: { a: 1 } }]);
    // No version, meta or note key when there is none to say.
    expect(Object.keys(kept[0]!).sort()).toEqual(['at', 'bytes', 'data', 'reason']);
    expect((await fakeBrowser.storage.local.get('caseProgress')).caseProgress).toEqual({});
  });

  it('keeps the version and storage meta that came with the data', async () => {
    await moveAside(KEY, { reason: 'Newer.', data: 'x', version: 4, meta: { v: 4 } }, []);
    expect(await list()).toEqual([{ at: AT, reason: 'Newer.', bytes: 3, data: 'x', version: 4, meta: { v: 4 } }]);
  });

  it('keeps a copy of exactly 8 MB; one byte more is too large and nothing is written', async () => {
    const exact = 'x'.repeat(MAX - 2); // JSON adds the two quotes
    expect(await moveAside(KEY, { reason: 'Big.', data: exact }, [])).toEqual({ kept: true, dropped: 0 });
    fakeBrowser.reset();
    const over = await moveAside(KEY, { reason: 'Bigger.', data: `${exact}y` }, [{ key: 'local:caseProgress', value: {} }]);
    expect(over).toEqual({ kept: false, bytes: MAX + 1, why: 'too-large' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('older copies stay while the total is exactly 8 MB; past it the oldest is dropped and the new copy says so', async () => {
    await fakeBrowser.storage.local.set({ 'caseProgress.unreadable': [old('first', MAX - 7)] });
    expect(await moveAside(KEY, { reason: 'Fits.', data: { a: 1 } }, [])).toEqual({ kept: true, dropped: 0 });
    expect((await list()).map((e) => e.reason)).toEqual(['first', 'Fits.']);

    await fakeBrowser.storage.local.set({ 'caseProgress.unreadable': [old('first', MAX - 6)] });
    expect(await moveAside(KEY, { reason: 'Over.', data: { a: 1 } }, [])).toEqual({ kept: true, dropped: 1 });
    expect(await list()).toEqual([
      {
        at: AT,
        reason: 'Over.',
        bytes: 7,
        data: { a: 1 },
        note: '1 older set-aside copy was dropped to keep this one (at most 5 copies and 8,192 KB are kept).',
      },
    ]);
  });

  it('at most 5 copies: with 6 older ones, the 2 oldest go and the note says how many (fresh import)', async () => {
    vi.resetModules();
    const fresh = await import('../../../lib/store/set-aside');
    await fakeBrowser.storage.local.set({ 'caseProgress.unreadable': ['1', '2', '3', '4', '5', '6'].map((n) => old(n, 10)) });
    expect(await fresh.moveAside(KEY, { reason: 'New.', data: 1 }, [])).toEqual({ kept: true, dropped: 2 });
    const kept = await list();
    expect(kept.map((e) => e.reason)).toEqual(['3', '4', '5', '6', 'New.']);
    expect(kept[4]!.note).toBe('2 older set-aside copies were dropped to keep this one (at most 5 copies and 8,192 KB are kept).');
  });

  it('when the browser storage is full, older copies are dropped one by one until the new one fits', async () => {
    await fakeBrowser.storage.local.set({ 'caseProgress.unreadable': [old('a'.repeat(300), 300), old('b'.repeat(300), 300)] });
    const stop = enforceChromeQuota(1000);
    try {
      expect(await moveAside(KEY, { reason: 'New.', data: 'n'.repeat(100) }, [])).toEqual({ kept: true, dropped: 1 });
    } finally {
      stop();
    }
    const kept = await list();
    expect(kept.map((e) => e.reason)).toEqual(['b'.repeat(300), 'New.']);
    expect(kept[1]!.note).toBe('1 older set-aside copy was dropped to keep this one (at most 5 copies and 8,192 KB are kept).');
  });

  it('when even the new copy alone does not fit, nothing is written and the reason is no room', async () => {
    await fakeBrowser.storage.local.set({ 'caseProgress.unreadable': [old('a', 3)], caseProgress: 'damaged' });
    const stop = enforceChromeQuota(150);
    let result;
    try {
      result = await moveAside(KEY, { reason: 'New.', data: 'n'.repeat(2000) }, [{ key: 'local:caseProgress', value: {} }]);
    } finally {
      stop();
    }
    expect(result).toEqual({ kept: false, bytes: 2002, why: 'no-room' });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'caseProgress.unreadable': [old('a', 3)], caseProgress: 'damaged' });
    expect(notKeptReason({ kept: false, bytes: 2002, why: 'no-room' })).toBe(
      "there is no room left in the browser's extension storage to keep a copy aside (2 KB)",
    );
  });

  it('says in words when a copy is too large to keep', () => {
    expect(notKeptReason({ kept: false, bytes: 9 * 1024 * 1024, why: 'too-large' })).toBe(
      'it is too large to keep a copy aside (9,216 KB; at most 8,192 KB are kept)',
    );
  });
});

describe('noting that unreadable data was left in place', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(AT));
  });
  afterEach(() => vi.useRealTimers());

  it('adds an entry with no copy after the copies already kept', async () => {
    await fakeBrowser.storage.local.set({ 'caseProgress.unreadable': [old('one', 3)] });
    await noteLeftInPlace(KEY, 'Left in place.');
    expect(await list()).toEqual([old('one', 3), { at: AT, reason: 'Left in place.', bytes: 0, data: null }]);
  });

  it('says it once while it stays so: the same reason last in the list is not added again', async () => {
    await noteLeftInPlace(KEY, 'Left in place.');
    await noteLeftInPlace(KEY, 'Left in place.');
    expect(await list()).toEqual([{ at: AT, reason: 'Left in place.', bytes: 0, data: null }]);
  });

  it('the same reason earlier in the list, not last, is said again', async () => {
    const earlier = [old('one', 3), old('Left in place.', 3), old('three', 3)];
    await fakeBrowser.storage.local.set({ 'caseProgress.unreadable': earlier });
    await noteLeftInPlace(KEY, 'Left in place.');
    expect(await list()).toEqual([...earlier, { at: AT, reason: 'Left in place.', bytes: 0, data: null }]);
  });
});
