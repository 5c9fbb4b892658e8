/**
 * The popup's tracked cases as Preact state, read the one way lib/store/popup-list.ts describes,
 * and read again whenever storage says they changed (a complaint page opened while the popup is
 * open, a case marked done). Only the latest read is shown; errors say what went wrong.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadPopupList, POPUP_LIST_KEYS, type PopupList } from '../../lib/store/popup-list';
import type { PopupView, ViewSettings } from '../../lib/tracking/popup-view';
import type { TrackedCase } from '../../lib/tracking/tracked-case';
import { troubleMessage } from '../../lib/store/storage-trouble';

export interface TrackedCasesState {
  loaded: boolean;
  /** The cases, when the list is computed from them. */
  cases?: TrackedCase[];
  /** The background's precomputed rows, when they were current. */
  view?: PopupView;
  problem?: string;
  /** What the caseworker may clear about that problem (lib/messages.ts TrackedCasesAnswer). */
  clear?: 'unreadable' | 'set-aside';
  /** The background did not answer, or could not save. */
  error?: string;
}

const UNREACHABLE = 'CTM Assist’s background worker did not answer. Close and reopen this window; if it persists, reload the extension.';

/** The messaging code loads only when the background is asked. */
const background = () => import('../../lib/messages').then((m) => m.messaging);
const askBackground = () => background().then((m) => m.sendMessage('trackedCases'));

const shown = (from: PopupList): TrackedCasesState => ({ loaded: true, ...from });

/**
 * `initial`: what the early read found, shown at once (the hook then only watches for changes).
 * `settings`: the ones in force, once known (a ref: they are known after this hook runs);
 * precomputed rows made with others are not used.
 */
export function useTrackedCases(initial: PopupList | undefined, settings: { readonly current: ViewSettings | undefined }) {
  const [state, setState] = useState<TrackedCasesState>(() => (initial ? shown(initial) : { loaded: false }));
  // Answers can arrive out of order; only the latest request's answer is shown.
  const latest = useRef(0);

  const show = useCallback(async (ask: () => Promise<PopupList>) => {
    const mine = ++latest.current;
    try {
      const answer = await ask();
      if (mine === latest.current) setState(shown(answer));
    } catch (error) {
      // A storage failure says what went wrong; only silence means the worker is gone.
      if (mine === latest.current) setState((now) => ({ ...now, loaded: true, error: troubleMessage(error) ?? UNREACHABLE }));
    }
  }, []);

  /** `skipRows`: ask the background at once (the precomputed rows were made with other settings). */
  const reload = useCallback((skipRows = false) => show(() => loadPopupList(settings.current, askBackground, skipRows)), [show, settings]);
  const setDone = useCallback(
    (complaintId: string, done: boolean) => show(() => background().then((m) => m.sendMessage('setCaseDone', { complaintId, done }))),
    [show],
  );

  const setHandOver = useCallback(
    (complaintId: string, answer: 'gone' | 'kept') => show(() => background().then((m) => m.sendMessage('setHandOver', { complaintId, answer }))),
    [show],
  );

  /** The caseworker's choice: clear unreadable data (and the copies set aside); the answer is the fresh list. */
  const clearUnreadable = useCallback(() => show(() => background().then((m) => m.sendMessage('clearUnreadable'))), [show]);

  useEffect(() => {
    if (!initial) void reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && POPUP_LIST_KEYS.some((key) => key in changes)) void reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [reload]);

  return { ...state, reload, setDone, setHandOver, clearUnreadable };
}
