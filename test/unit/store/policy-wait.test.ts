import { afterEach, describe, expect, it, vi } from 'vitest';
import { POLICY_PENDING, readManagedWithin, watchManaged } from '../../../lib/store/managed-settings';
import { loadSettings } from '../../../lib/store/settings-item';

afterEach(() => vi.useRealTimers());

describe('a policy read that does not answer', () => {
  it('is given up on after the wait; later reads do not wait again for the same read; a late answer is announced', async () => {
    vi.useFakeTimers();
    let answer: (value: unknown) => void = () => {};
    const read = vi.fn(() => new Promise<unknown>((resolve) => (answer = resolve)));
    const heard = vi.fn();
    const stop = watchManaged(heard);

    const first = readManagedWithin(1500, read);
    await vi.advanceTimersByTimeAsync(1500);
    expect(await first).toBe(POLICY_PENDING);
    const second = readManagedWithin(1500, read);
    await vi.advanceTimersByTimeAsync(0);
    expect(await second).toBe(POLICY_PENDING); // no second wait: the same read is still out
    expect(read).toHaveBeenCalledTimes(1);

    answer({ timeZone: 'America/Chicago' });
    await vi.advanceTimersByTimeAsync(0);
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
  });

  it('leaves the settings the user’s own, marked pending, instead of waiting for ever', async () => {
    const loaded = await loadSettings(async () => POLICY_PENDING);
    expect(loaded).toEqual({ settings: { schemaVersion: 1 }, policyPending: true });
  });
});
