/**
 * Keeps the popup's precomputed view (lib/tracking/popup-view.ts, read by popup-list.ts) after
 * each write of the tracked cases: `local:trackedCases.rows`, derived data that names the revision
 * of the cases it was built from, so a view that is behind is never shown.
 */
import { storage } from 'wxt/utils/storage';
import { rowBasis } from '../tracking/deadline-row';
import { encodePopupView, type ViewSettings } from '../tracking/popup-view';
import { POPUP_VIEW_KEY } from './tracked-cases-keys';
import type { TrackedCaseMap } from './tracked-cases-migrations';

/** What the store needs to keep the popup's view: the settings that decide due moments. */
export interface PopupViewSource {
  settings: () => Promise<ViewSettings>;
}

export function popupViewWriter(source: PopupViewSource) {
  let viewTail: Promise<unknown> = Promise.resolve();
  return {
    /**
     * Builds and stores the view of `map` (revision `rev`) after the write, in write order, so the
     * last view stored is the last write's. Case writes (and the answers to the pages that sent
     * them) do not wait for it; until it lands the popup sees a view of an older revision and asks
     * the background. A failure leaves an old view, which its revision keeps unused.
     */
    write(map: TrackedCaseMap, rev: string): void {
      viewTail = viewTail
        .then(async () => {
          const settings = await source.settings();
          const bases = Object.values(map).map((tc) => rowBasis(tc, settings));
          await storage.setItem(POPUP_VIEW_KEY, encodePopupView(bases, rev, settings));
        })
        .catch(() => undefined);
    },
    /** Resolves once the views written so far are stored. */
    written: (): Promise<unknown> => viewTail,
  };
}
