/**
 * The popup's tracked cases, read from storage (fast) or, when something there needs setting
 * aside, asked of the background (their single writer); read again whenever storage says they
 * changed, e.g. a complaint page opened while the popup is open.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { storage } from 'wxt/utils/storage';
import { messaging, type TrackedCasesAnswer } from '../../lib/messages';
import { TRACKED_CASES_KEY } from '../../lib/store/tracked-cases';
import { readTrackedCasesView } from '../../lib/store/tracked-cases-view';
import type { TrackedCase } from '../../lib/tracking/tracked-case';

export interface TrackedCasesState {
  loaded: boolean;
  cases: TrackedCase[];
  problem?: string;
  /** The background did not answer. */
  error?: string;
}

const UNREACHABLE = 'CTM Assist’s background worker did not answer. Close and reopen this window; if it persists, reload the extension.';

export function useTrackedCases() {
  const [state, setState] = useState<TrackedCasesState>({ loaded: false, cases: [] });
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
        const view = await readTrackedCasesView();
        return 'needsBackground' in view ? messaging.sendMessage('trackedCases') : view;
      }),
    [show],
  );
  const setDone = useCallback(
    (complaintId: string, done: boolean) => show(() => messaging.sendMessage('setCaseDone', { complaintId, done })),
    [show],
  );

  useEffect(() => {
    void reload();
    return storage.watch(TRACKED_CASES_KEY, () => void reload());
  }, [reload]);

  return { ...state, reload, setDone };
}
