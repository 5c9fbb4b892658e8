/**
 * The plan settings for the popup. When nobody has set any, the early read knows the defaults
 * without the settings schema; otherwise they are loaded and validated first. Either way, once
 * the list shows and the page is idle, the schema's loader watches for changes (and reads once
 * more, in case they changed in between).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { UNSET_SETTINGS } from '../../lib/store/popup-early-read';
import { whenIdle } from './when-idle';

export interface PopupSettings {
  settings: Settings;
  problem?: string;
  /** False until the settings in force are known. */
  known: boolean;
}

const loader = () => import('../../lib/store/settings-item');

/**
 * `initial`: the defaults, when the early read found nothing set. `casesLoaded`: the watch starts
 * once the list can show, so its code does not delay the list.
 */
export function useSettings(initial: Settings | undefined, casesLoaded: boolean): PopupSettings {
  const [state, setState] = useState<PopupSettings>(() => (initial ? { settings: initial, known: true } : { settings: UNSET_SETTINGS, known: false }));
  const listShown = casesLoaded && state.known;
  const show = (next: { settings: Settings; problem?: string }) =>
    setState((old) =>
      old.known && old.problem === next.problem && JSON.stringify(old.settings) === JSON.stringify(next.settings)
        ? old
        : { settings: next.settings, problem: next.problem, known: true },
    );

  useEffect(() => {
    let live = true;
    // The caseworker's own settings first; policy comes with the watch below (its first read can take seconds).
    const noPolicyYet = async () => ({});
    if (!initial) void loader().then(async (m) => live && show(await m.loadSettings(noPolicyYet)));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!listShown) return;
    let stop: (() => void) | undefined;
    let live = true;
    const cancel = whenIdle(
      () =>
        void loader().then((m) => {
          if (!live) return;
          const load = () => void m.loadSettings().then((loaded) => live && show(loaded));
          stop = m.watchSettings(load);
          load();
        }),
    );
    return () => {
      live = false;
      cancel();
      stop?.();
    };
  }, [listShown]);

  return state;
}
