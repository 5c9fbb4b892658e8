/**
 * The bounded enterprise-policy read (IT admin: a policy the browser is slow to answer must not stop
 * tracking, and must still apply once it arrives). The module keeps the one read in flight, so each
 * test imports it afresh to start with no read out.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const fresh = async () => {
  vi.resetModules();
  return import('../../../lib/store/managed-settings');
};
const never = () => new Promise<unknown>(() => {});
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('how long a policy read waits, and when it asks again', () => {
  it('a policy that answers within the wait is used, not reported as pending', async () => {
    const { readManagedWithin } = await fresh();
    const read = () => new Promise<unknown>((r) => setTimeout(() => r({ organization: 'Acme' }), 10));
    expect(await readManagedWithin(1500, read)).toEqual({ organization: 'Acme' });
  });

  it('a browser that refuses the read counts as no policy', async () => {
    const { readManagedWithin } = await fresh();
    expect(await readManagedWithin(1500, () => Promise.reject(new Error('no managed storage')))).toEqual({});
  });

  it('a read still unanswered after 30 s is given up on: the next read asks the browser again (not at 30 s exactly)', async () => {
    const { readManagedWithin, POLICY_PENDING } = await fresh();
    const read = vi.fn(never);
    let clock = 1_000_000;
    const now = () => clock;
    expect(await readManagedWithin(0, read, now)).toBe(POLICY_PENDING);
    clock += 30_000;
    expect(await readManagedWithin(0, read, now)).toBe(POLICY_PENDING);
    expect(read).toHaveBeenCalledTimes(1);
    clock += 1;
    expect(await readManagedWithin(0, read, now)).toBe(POLICY_PENDING);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('a refused read is not waited on again: the next read asks the browser afresh', async () => {
    const { readManagedWithin } = await fresh();
    const read = vi.fn(() => Promise.reject(new Error('no managed storage')));
    await readManagedWithin(1500, read);
    await readManagedWithin(1500, read);
    expect(read).toHaveBeenCalledTimes(2);
  });

  for (const outcome of ['answers', 'fails'] as const) {
    it(`a given-up read that ${outcome} late does not cancel the newer read still out`, async () => {
      const { readManagedWithin } = await fresh();
      let finishOld: () => void = () => {};
      const old = new Promise<unknown>((resolve, reject) => (finishOld = () => (outcome === 'answers' ? resolve({}) : reject(new Error('gone')))));
      old.catch(() => {});
      const read = vi.fn<() => Promise<unknown>>().mockReturnValueOnce(old).mockImplementation(never);
      let clock = 0;
      const now = () => clock;
      await readManagedWithin(0, read, now);
      clock = 30_001;
      await readManagedWithin(0, read, now);
      finishOld();
      await settle();
      clock = 30_002;
      await readManagedWithin(0, read, now);
      expect(read).toHaveBeenCalledTimes(2);
    });
  }
});

describe('who hears of a late policy', () => {
  it('an answer within the wait is not announced as late', async () => {
    const { readManagedWithin, watchManaged } = await fresh();
    const heard = vi.fn();
    const stop = watchManaged(heard);
    expect(await readManagedWithin(1500, async () => ({ timeZone: 'America/Chicago' }))).toEqual({ timeZone: 'America/Chicago' });
    await settle();
    expect(heard).toHaveBeenCalledTimes(0);
    stop();
  });

  it('after the watch is stopped, neither a policy change nor a late answer calls back', async () => {
    const { readManagedWithin, watchManaged, POLICY_PENDING } = await fresh();
    const heard = vi.fn();
    watchManaged(heard)();
    let answer: (value: unknown) => void = () => {};
    expect(await readManagedWithin(0, () => new Promise((r) => (answer = r)))).toBe(POLICY_PENDING);
    answer({ organization: 'Acme' });
    await fakeBrowser.storage.managed.set({ organization: 'Acme' });
    await settle();
    expect(heard).toHaveBeenCalledTimes(0);
  });

  it('a browser without the change event still hears a late answer, until the watch is stopped', async () => {
    const { readManagedWithin, watchManaged, POLICY_PENDING } = await fresh();
    const { storage } = await import('wxt/utils/storage');
    vi.spyOn(storage, 'watch').mockImplementation(() => {
      throw new Error('storage.managed.onChanged is undefined');
    });
    const heard = vi.fn();
    const stop = watchManaged(heard);
    let answer: (value: unknown) => void = () => {};
    expect(await readManagedWithin(0, () => new Promise((r) => (answer = r)))).toBe(POLICY_PENDING);
    answer({});
    await settle();
    expect(heard).toHaveBeenCalledTimes(1);

    stop();
    expect(await readManagedWithin(0, () => new Promise((r) => (answer = r)))).toBe(POLICY_PENDING);
    answer({});
    await settle();
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
