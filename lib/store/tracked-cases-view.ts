/**
 * A read-only view of the tracked cases for the popup. Reading storage directly saves the round
 * trip through the background (about half the popup's start-up with 1,000 cases). Anything that
 * needs a write (an old or newer storage version, a case that does not pass the cheap check) is
 * left to the background, the single writer, which validates with the schema, sets aside what is
 * damaged and reports it: `needsBackground`. Free of zod and of the store, so the popup's list
 * does not wait for them to load. Before the cases, the popup tries the rows the background
 * precomputed (popupCases): a third of the bytes and no due moments to compute.
 */
import { browser } from 'wxt/browser';
import { isStoredTrackedCase } from '../tracking/tracked-case-shape';
import { type PopupView, readPopupView, viewFits, type ViewSettings } from '../tracking/popup-view';
import type { TrackedCase } from '../tracking/tracked-case';
import { ASIDE_KEYS, ASIDE_LISTS, asideBytes, asideList, kilobytes, type SetAsideEntry } from './set-aside-list';

/** `clear`: the caseworker may clear the copies set aside (lib/messages.ts TrackedCasesAnswer). */
type Aside = { problem?: string; clear?: 'set-aside' };
export type TrackedCasesView = ({ cases: TrackedCase[] } & Aside) | { needsBackground: true };

/** The storage.local keys and version behind the store's items. */
export { STORAGE_KEYS as VIEW_KEYS, TRACKED_CASES_VERSION as VIEW_VERSION } from './tracked-cases-keys';
import { POPUP_VIEW_READ_KEYS, STORAGE_KEYS as VIEW_KEYS, TRACKED_CASES_VERSION as VIEW_VERSION, VIEW_READ_KEYS } from './tracked-cases-keys';

/**
 * What the caseworker is told while data is kept aside (every read, not only the one that found
 * it). `what`: the data, in words ("tracked-case data").
 */
export function setAsideProblem(aside: readonly SetAsideEntry[], what = 'tracked-case data'): string | undefined {
  const last = aside[aside.length - 1];
  if (!last) return undefined;
  const count = aside.length === 1 ? `Some ${what} was` : `${what[0]!.toUpperCase()}${what.slice(1)} was ${aside.length} times`;
  const note = last.note ? ` ${last.note}` : '';
  return `${count} set aside, not deleted (last on ${last.at.slice(0, 10)}; ${kilobytes(asideBytes(aside))} kept): ${last.reason}${note}`;
}

/** The message and the offer to clear for the set-aside lists among `items` (of any shape). */
export function asideOf(items: Record<string, unknown>): Aside {
  const problems = ASIDE_KEYS.map((key) => setAsideProblem(asideList(items[key]), ASIDE_LISTS[key])).filter((p): p is string => p !== undefined);
  return problems.length > 0 ? { problem: problems.join(' '), clear: 'set-aside' } : {};
}

/** Starts the one storage read the view needs; the popup starts it before its code has loaded. */
export function readViewItems(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(VIEW_READ_KEYS);
}

/** The view of what readViewItems returned. */
export function trackedCasesView(items: Record<string, unknown>): TrackedCasesView {
  const raw = items[VIEW_KEYS.cases];
  const meta = items[VIEW_KEYS.meta] as { v?: unknown } | undefined;
  const aside = asideOf(items);
  if (raw === null || raw === undefined) return { cases: [], ...aside };
  if (meta?.v !== VIEW_VERSION || typeof raw !== 'object' || Array.isArray(raw)) return { needsBackground: true };
  const cases: TrackedCase[] = [];
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!isStoredTrackedCase(value, id)) return { needsBackground: true };
    cases.push(value);
  }
  return { cases, ...aside };
}

export async function readTrackedCasesView(): Promise<TrackedCasesView> {
  return trackedCasesView(await readViewItems());
}

/** The cases as the popup starts from: their rows precomputed by the background, or the cases themselves. */
export type PopupCases = ({ view: PopupView } & Aside) | ({ cases: TrackedCase[] } & Aside);

/** Starts the read of the background's precomputed rows and what says whether they are current (not the cases). */
export function readPopupViewItems(): Promise<Record<string, unknown>> {
  return browser.storage.local.get(POPUP_VIEW_READ_KEYS);
}

/**
 * The precomputed rows in what readPopupViewItems returned, when they were built from the cases
 * stored now (same revision, current storage version); undefined means "read the cases".
 */
export function popupViewOf(items: Record<string, unknown>): ({ view: PopupView } & Aside) | undefined {
  const meta = items[VIEW_KEYS.meta] as { v?: unknown } | undefined;
  if (meta?.v !== VIEW_VERSION) return undefined;
  const view = readPopupView(items[VIEW_KEYS.popupView], meta);
  if (!view) return undefined;
  return { view, ...asideOf(items) };
}

/**
 * What the popup shows from: the precomputed rows when `early` (a readPopupViewItems result) holds
 * current ones made with `settings` (undefined: not known yet, checked when they are), else the
 * cases read from storage; needsBackground as trackedCasesView.
 */
export async function popupCases(early: Record<string, unknown> | undefined, settings: ViewSettings | undefined): Promise<PopupCases | { needsBackground: true }> {
  const fromView = early && popupViewOf(early);
  if (fromView && (!settings || viewFits(fromView.view, settings))) return fromView;
  return trackedCasesView(await readViewItems());
}
