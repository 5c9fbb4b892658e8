/**
 * The popup's tracked cases, read from storage (fast) or, when something there needs setting
 * aside, asked of the background (their single writer); read again whenever storage says they
 * changed, e.g. a complaint page opened while the popup is open.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TrackedCasesAnswer } from '../../lib/messages';
import { readViewItems, trackedCasesView, VIEW_KEYS } from '../../lib/store/tracked-cases-view';
import type { TrackedCase } from '../../lib/tracking/tracked-case';

export interface TrackedCasesState {
  loaded: boolean;
  cases: TrackedCase[];
  problem?: string;
  /** The background did not answer. */
  error?: string;
}

const UNREACHABLE = 'CTM Assist’s background worker did not answer. Close and reopen this window; if it persists, reload the extension.';

/** The messaging code loads only when the background is asked. */
const background = () => import('../../lib/messages').then((m) => m.messaging);

/** `initial`: what the early read found, shown at once (the hook then only watches for changes). */
export function useTrackedCases(initial?: { cases: TrackedCase[]; problem?: string }) {
  const [state, setState] = useState<TrackedCasesState>(() =>
    initial ? { loaded: true, cases: initial.cases, problem: initial.problem } : { loaded: false, cases: [] },
  );
  // Answers can arrive out of order; only the latest request's answer is shown.
  const latest = useRef(0);

  const show = useCallback(async (ask: () => Promise<TrackedCasesAnswer>) => {
    const mine = ++latest.current;
    try {
      const answer = await ask();
      if (mine === latest.current) setState({ loaded: true, cases: answer.cases, problem: answer.problem });
    } catch {
      if (mine === latest.current) setState((now) => ({ ...now, loaded: true, error: UNREACHABLE }));
    }
  }, []);

  const reload = useCallback(
    () =>
      show(async () => {
        const view = trackedCasesView(await readViewItems());
        return 'needsBackground' in view ? background().then((m) => m.sendMessage('trackedCases')) : view;
      }),
    [show],
  );
  const setDone = useCallback(
    (complaintId: string, done: boolean) => show(() => background().then((m) => m.sendMessage('setCaseDone', { complaintId, done }))),
    [show],
  );

  useEffect(() => {
    if (!initial) void reload();
    const keys: readonly string[] = [VIEW_KEYS.cases, VIEW_KEYS.meta];
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && keys.some((key) => key in changes)) void reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);

  return { ...state, reload, setDone };
}
