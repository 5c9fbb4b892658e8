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

describe('exact moments of the re-reads the panel follows', () => {
  it('a new change soon after a read of a quiet page waits longer; one well after does not', () => {
    const s = schedule();
    s.request('structure');
    vi.advanceTimersByTime(1_000);
    s.request('structure'); // the page was quiet: a quiet moment
    vi.advanceTimersByTime(100);
    s.request('structure'); // 40 ms after that read: the wait doubles to 120 ms after it
    vi.advanceTimersByTime(1_000);
    expect(reads).toEqual([
      { at: 60, need: 'structure' },
      { at: 1_060, need: 'structure' },
      { at: 1_180, need: 'structure' },
    ]);
  });

  it('a change exactly a wait and a quiet moment after a read counts as quiet, so the wait stays short', () => {
    const s = schedule();
    s.request('structure');
    vi.advanceTimersByTime(180); // read at 60; 120 ms later is no longer "soon"
    s.request('structure');
    vi.advanceTimersByTime(210); // read at 240
    s.request('structure'); // 150 ms after it: quiet again
    vi.advanceTimersByTime(1_000);
    expect(reads).toEqual([
      { at: 60, need: 'structure' },
      { at: 240, need: 'structure' },
      { at: 450, need: 'structure' },
    ]);
  });

  it('typing while a longer wait runs is read first, and the page search follows its own wait', () => {
    const s = schedule();
    s.request('structure');
    vi.advanceTimersByTime(70); // read at 60
    s.request('structure'); // soon after: due at 180
    vi.advanceTimersByTime(30);
    s.request('values'); // due at 160, before it
    vi.advanceTimersByTime(1_000);
    expect(reads).toEqual([
      { at: 60, need: 'structure' },
      { at: 160, need: 'values' },
      { at: 220, need: 'structure' },
    ]);
  });

  it('after a cancel, a new page change is read a quiet moment after it, not when the cancelled read was due', () => {
    const s = schedule();
    s.request('structure');
    vi.advanceTimersByTime(10);
    s.cancel();
    vi.advanceTimersByTime(10);
    s.request('structure');
    vi.advanceTimersByTime(1_000);
    expect(reads).toEqual([{ at: 80, need: 'structure' }]);
  });

  it('after a cancel, typing is read as typing (the cancelled page search is not kept)', () => {
    const s = schedule();
    s.request('structure');
    s.cancel();
    vi.advanceTimersByTime(20);
    s.request('values');
    vi.advanceTimersByTime(1_000);
    expect(reads).toEqual([{ at: 80, need: 'values' }]);
  });
});

/**
 * Timers run by hand, with a clock that can read behind the timer (browsers coarsen their clocks,
 * so a timer may run while `now()` still shows a moment before its due time).
 */
function handTimers() {
  let clock = 0;
  let nextId = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const counts = { set: 0, cleared: 0 };
  const runs: { at: number; need: RefreshNeed }[] = [];
  const timers = {
    now: () => clock,
    setTimeout: (run: () => void, ms: number) => {
      counts.set++;
      pending.set(nextId, { at: clock + ms, run });
      return nextId++;
    },
    clearTimeout: (id: number | undefined) => {
      if (id !== undefined && pending.delete(id)) counts.cleared++;
    },
  };
  const s = createRefreshSchedule(timers, (need) => runs.push({ at: clock, need }));
  return {
    s,
    runs,
    counts,
    pending,
    at(t: number) {
      clock = t;
    },
    /** Runs the earliest timer, the clock reading `lagMs` behind its due time. */
    fireNext(lagMs = 0) {
      const [id, timer] = [...pending].sort((a, b) => a[1].at - b[1].at)[0]!;
      pending.delete(id);
      clock = timer.at - lagMs;
      timer.run();
    },
  };
}

describe('a timer that runs before the clock shows its due time', () => {
  it('reads nothing yet, and searches the page once the wait is over', () => {
    const h = handTimers();
    h.s.request('structure');
    h.s.request('structure'); // the same moment: the timer already set stands
    expect(h.counts).toEqual({ set: 1, cleared: 0 });
    h.fireNext();
    expect(h.runs).toEqual([{ at: 60, need: 'structure' }]);
    h.at(70);
    h.s.request('structure'); // soon after the read: due at 180
    h.fireNext(1); // runs while the clock shows 179
    expect(h.runs).toEqual([{ at: 60, need: 'structure' }]);
    expect(h.pending.size).toBe(1);
    h.fireNext();
    expect(h.runs).toEqual([
      { at: 60, need: 'structure' },
      { at: 239, need: 'structure' },
    ]);
  });

  it('does not read typing again that was already read', () => {
    const h = handTimers();
    h.s.request('structure');
    h.fireNext(); // page read at 60
    h.at(70);
    h.s.request('values');
    h.fireNext(); // typing read at 130
    h.at(131);
    h.s.request('structure'); // soon after the page read: due at 191
    h.fireNext(12); // runs while the clock shows 179, before 60 + 120
    expect(h.runs).toEqual([
      { at: 60, need: 'structure' },
      { at: 130, need: 'values' },
    ]);
    h.fireNext();
    expect(h.runs.at(-1)).toEqual({ at: 239, need: 'structure' });
    expect(h.runs).toHaveLength(3);
  });

  it('a cancel clears the timer it set, and the next change is read a quiet moment after it', () => {
    const h = handTimers();
    h.at(1_000);
    h.s.request('values');
    h.s.cancel();
    expect(h.counts).toEqual({ set: 1, cleared: 1 });
    h.s.request('structure');
    h.fireNext();
    expect(h.runs).toEqual([{ at: 1_060, need: 'structure' }]);
  });
});
