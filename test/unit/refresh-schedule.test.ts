import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRefreshSchedule, MAX_BACKOFF_MS, QUIET_MS, type RefreshNeed } from '../../lib/refresh-schedule';

let reads: { at: number; need: RefreshNeed }[];
let t0: number;

function schedule() {
  return createRefreshSchedule(
    { now: () => Date.now(), setTimeout: (run, ms) => setTimeout(run, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
    (need) => reads.push({ at: Date.now() - t0, need }),
  );
}

/** Calls `change` every `everyMs` for `forMs`, advancing the fake clock. */
function keepChanging(change: () => void, everyMs: number, forMs: number): void {
  for (let t = 0; t < forMs; t += everyMs) {
    change();
    vi.advanceTimersByTime(everyMs);
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
  reads = [];
  t0 = Date.now();
});
afterEach(() => vi.useRealTimers());

describe('when the page is re-read after it changed', () => {
  it('one change: one read, a quiet moment later', () => {
    const s = schedule();
    s.request('structure');
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(reads).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reads).toEqual([{ at: QUIET_MS, need: 'structure' }]);
    vi.advanceTimersByTime(5_000);
    expect(reads).toHaveLength(1);
  });

  it('a burst of changes is one read', () => {
    const s = schedule();
    for (let i = 0; i < 5; i++) s.request(i % 2 ? 'values' : 'structure');
    vi.advanceTimersByTime(5_000);
    expect(reads).toEqual([{ at: QUIET_MS, need: 'structure' }]);
  });

  it('a page that keeps changing is read less and less often, at least once a second, and once more when it stops', () => {
    const s = schedule();
    keepChanging(() => s.request('structure'), 10, 5_000);
    const gaps = reads.slice(1).map((r, i) => r.at - reads[i]!.at);
    expect(gaps.every((gap, i) => i === 0 || gap >= gaps[i - 1]!)).toBe(true); // never faster
    expect(Math.max(...gaps)).toBeLessThanOrEqual(MAX_BACKOFF_MS + 10);
    expect(reads.length).toBeGreaterThanOrEqual(5);
    expect(reads.length).toBeLessThanOrEqual(10); // every 60 ms would be 83
    const lastChange = 4_990;
    vi.advanceTimersByTime(MAX_BACKOFF_MS);
    expect(reads.at(-1)!.at).toBeGreaterThan(lastChange);
  });

  it('once the page is quiet again, the next change is read promptly', () => {
    const s = schedule();
    keepChanging(() => s.request('structure'), 10, 5_000);
    vi.advanceTimersByTime(3_000);
    const before = reads.length;
    s.request('structure');
    vi.advanceTimersByTime(QUIET_MS);
    expect(reads.slice(before)).toEqual([{ at: 8_000 + QUIET_MS, need: 'structure' }]);
  });

  it('typing is followed promptly even while the page keeps changing', () => {
    const s = schedule();
    keepChanging(() => s.request('structure'), 10, 3_000); // backed off to a second by now
    const typedAt = Date.now() - t0;
    s.request('values');
    vi.advanceTimersByTime(QUIET_MS);
    expect(reads.filter((r) => r.at > typedAt).map((r) => r.need)[0]).toBe('values');
    expect(reads.at(-1)!.at - typedAt).toBeLessThanOrEqual(QUIET_MS);
  });

  it('typing alone never backs off: each pause is read a quiet moment later', () => {
    const s = schedule();
    keepChanging(() => s.request('values'), 100, 2_000);
    expect(reads).toHaveLength(20);
    expect(reads.every((r) => r.need === 'values' && r.at % 100 === QUIET_MS)).toBe(true);
  });

  it('cancelled: nothing more is read', () => {
    const s = schedule();
    s.request('structure');
    s.cancel();
    vi.advanceTimersByTime(5_000);
    expect(reads).toEqual([]);
  });
});
