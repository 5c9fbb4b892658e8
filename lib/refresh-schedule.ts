/**
 * When to re-read the page after it changed. Two kinds of re-read:
 * - `values`: the fields already found are read again (cheap; typing, a changed selection).
 *   Always `quietMs` after the change, coalesced.
 * - `structure`: the whole page is searched for fields again (costs time on a big page). The
 *   first waits `quietMs`; while structural changes keep coming soon after a structural read,
 *   the wait doubles up to `maxMs`, and falls back to `quietMs` once the page has been quiet.
 *   Every change is followed by a read: the last one at most `maxMs` later.
 * Pure: the timer functions are given, so the backoff is tested with fake timers.
 */
export type RefreshNeed = 'values' | 'structure';

export type RefreshTimers = {
  now(): number;
  setTimeout(run: () => void, ms: number): number;
  /** `undefined`: no timer, nothing to clear (as window.clearTimeout). */
  clearTimeout(id: number | undefined): void;
};

export type RefreshSchedule = {
  /** The page changed in a way that needs this kind of re-read. */
  request(need: RefreshNeed): void;
  /** Drops what is pending (the page is gone). */
  cancel(): void;
};

export const QUIET_MS = 60;
export const MAX_BACKOFF_MS = 1_000;

export function createRefreshSchedule(
  timers: RefreshTimers,
  run: (need: RefreshNeed) => void,
  { quietMs = QUIET_MS, maxMs = MAX_BACKOFF_MS } = {},
): RefreshSchedule {
  // Stryker disable next-line BooleanLiteral: the first read clears it (a first page search is always due), and a typing request sets it anyway
  let valuesPending = false;
  let structurePending = false;
  let structureWait = quietMs;
  let lastStructureAt = -Infinity;
  let timer: number | undefined;
  let timerDue = Infinity;

  // timerDue is Infinity whenever no timer is set.
  const arm = (due: number) => {
    if (timerDue <= due) return;
    timers.clearTimeout(timer);
    timerDue = due;
    timer = timers.setTimeout(fire, Math.max(0, due - timers.now()));
  };

  const structureDue = () => Math.max(timers.now() + quietMs, lastStructureAt + structureWait);

  function fire(): void {
    timer = undefined;
    timerDue = Infinity;
    const now = timers.now();
    let need: RefreshNeed | undefined;
    if (structurePending && now >= lastStructureAt + structureWait) {
      need = 'structure';
      structurePending = false;
      valuesPending = false;
      lastStructureAt = now;
    } else if (valuesPending) {
      need = 'values';
      valuesPending = false;
    }
    if (structurePending) arm(structureDue());
    if (need) run(need);
  }

  return {
    request(need) {
      const now = timers.now();
      if (need === 'values') {
        valuesPending = true;
        return arm(now + quietMs);
      }
      if (!structurePending) {
        structurePending = true;
        // Soon after the last structural read: the page keeps changing, so wait longer.
        const busy = now - lastStructureAt < structureWait + quietMs;
        structureWait = busy ? Math.min(maxMs, structureWait * 2) : quietMs;
      }
      arm(structureDue());
    },
    cancel() {
      timers.clearTimeout(timer);
      timer = undefined;
      timerDue = Infinity;
      valuesPending = structurePending = false;
    },
  };
}
