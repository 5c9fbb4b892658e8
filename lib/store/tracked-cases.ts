/**
 * The tracked-case repository in extension storage (the background is its single writer).
 *
 * - `local:trackedCases`: versioned map of complaint ID → TrackedCase for cases still worked.
 * - `local:trackedCases.archive`: ended cases (closed, left the plan) and overflow beyond the cap.
 * - `local:trackedCases.quarantine`: whatever could not be read (corrupt, newer version, failed
 *   migration), kept with the reason. Nothing is wiped silently; each read that sets data aside
 *   returns a `problem` message for the UI.
 * - `local:trackedCases.rows`: the popup's precomputed rows (lib/tracking/popup-view.ts), derived
 *   data rebuilt after every write; it names the revision of the cases it was built from, a fresh
 *   `rev` in their meta at each write, so a view that is behind is never shown.
 *
 * Writes go through one promise queue, so upserts from several tabs at once lose nothing.
 */
import { storage } from 'wxt/utils/storage';
import type { PhiFree } from '../case';
import { mergeTrackedCase, markDone, undoDone } from '../tracking/merge';
import { rowBasis } from '../tracking/deadline-row';
import { loadSettings } from './settings-item';
import { encodePopupView, type ViewSettings } from '../tracking/popup-view';
import { TrackedCase } from '../tracking/tracked-case';
import { TRACKED_CASES_MIGRATIONS, TRACKED_CASES_VERSION, type TrackedCaseMap } from './tracked-cases-migrations';

export { ARCHIVE_KEY, QUARANTINE_KEY, TRACKED_CASES_KEY } from './tracked-cases-keys';
import { ARCHIVE_KEY, POPUP_VIEW_KEY, QUARANTINE_KEY, TRACKED_CASES_KEY, TRACKED_CASES_META_KEY } from './tracked-cases-keys';

export interface QuarantineEntry {
  /** ISO instant it was set aside. */
  at: string;
  reason: string;
  /** Storage version the data carried, when known. */
  version?: number;
  data: unknown;
}

export interface StoreLimits {
  /** Cases kept in the working map; beyond it, done then least recently seen cases are archived. */
  cap: number;
  /** Ended cases kept in the archive; beyond it the least recently seen are dropped. */
  archiveCap: number;
}

export const DEFAULT_LIMITS: StoreLimits = { cap: 2000, archiveCap: 5000 };

/** What the store needs to keep the popup's view: the settings that decide due moments. */
export interface PopupViewSource {
  settings: () => Promise<ViewSettings>;
}

export type UpsertResult = { ok: true; case: TrackedCase; problem?: string } | { ok: false; error: string };

export function createTrackedCaseStore(limits: StoreLimits = DEFAULT_LIMITS, popupView?: PopupViewSource) {
  const archiveItem = storage.defineItem<TrackedCaseMap>(ARCHIVE_KEY, { fallback: {} });
  const quarantineItem = storage.defineItem<QuarantineEntry[]>(QUARANTINE_KEY, { fallback: [] });

  let tail: Promise<unknown> = Promise.resolve();
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  }

  async function setAside(reason: string, data: unknown, version?: number): Promise<void> {
    const list = await quarantineItem.getValue();
    const entry: QuarantineEntry = { at: new Date().toISOString(), reason, data };
    if (version !== undefined) entry.version = version;
    await quarantineItem.setValue([...list, entry]);
  }

  const newerVersionProblem = (version: number) =>
    `Tracked cases were saved by a newer CTM Assist (storage version ${version}); they were set aside, not deleted. Update the extension to get them back.`;

  /**
   * The versioned WXT item, defined on first use. Data a newer CTM Assist saved is set aside
   * before the item's migration sees it: WXT would only log a console error ("version
   * downgrade") and leave it where it is.
   */
  let itemReady: Promise<ReturnType<typeof defineItem>> | undefined;
  let problemFromStart: string | undefined;
  const defineItem = () =>
    storage.defineItem<unknown>(TRACKED_CASES_KEY, { version: TRACKED_CASES_VERSION, migrations: TRACKED_CASES_MIGRATIONS });
  const versionedItem = () =>
    (itemReady ??= (async () => {
      const { v } = await storage.getMeta<{ v?: unknown }>(TRACKED_CASES_KEY);
      if (typeof v === 'number' && v > TRACKED_CASES_VERSION) {
        problemFromStart = newerVersionProblem(v);
        await setAside(problemFromStart, await storage.getItem(TRACKED_CASES_KEY), v);
        await storage.removeItem(TRACKED_CASES_KEY, { removeMeta: true });
      }
      return defineItem();
    })());

  /** Reads and validates the working map, setting aside what cannot be read. */
  async function read(): Promise<{ map: TrackedCaseMap; problem?: string }> {
    const item = await versionedItem();
    const raw = await item.getValue();
    // Reported once, on the first read after the worker started.
    let problem = problemFromStart;
    problemFromStart = undefined;
    if (raw === null || raw === undefined) return problem ? { map: {}, problem } : { map: {} };
    const meta = (await item.getMeta()) as { v?: unknown };
    const version = typeof meta.v === 'number' ? meta.v : 1;
    if (version !== TRACKED_CASES_VERSION) {
      problem =
        version > TRACKED_CASES_VERSION
          ? newerVersionProblem(version)
          : `Tracked cases of storage version ${version} could not be upgraded; they were set aside, not deleted.`;
      await setAside(problem, raw, version);
      await write({});
      return { map: {}, problem };
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      problem = 'The tracked-case list in storage was unreadable; it was set aside, not deleted.';
      await setAside(problem, raw, version);
      await write({});
      return { map: {}, problem };
    }
    const map: TrackedCaseMap = {};
    const bad: Record<string, unknown> = {};
    for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
      const parsed = TrackedCase.safeParse(value);
      if (parsed.success && parsed.data.complaintId === id) map[id] = parsed.data;
      else bad[id] = value;
    }
    const badCount = Object.keys(bad).length;
    if (badCount > 0) {
      problem = `${badCount} tracked case${badCount === 1 ? '' : 's'} could not be read and ${badCount === 1 ? 'was' : 'were'} set aside: ${Object.keys(bad).slice(0, 5).join(', ')}.`;
      await setAside(problem, bad, version);
      await write(map);
    }
    return problem ? { map, problem } : { map };
  }

  /** Revisions this store wrote (recent ones), to tell its own writes from anyone else's. */
  const ownRevs: string[] = [];
  let viewTail: Promise<unknown> = Promise.resolve();

  /** The cases and their meta (version and a fresh revision) in one storage write; then the popup's view. */
  async function write(map: TrackedCaseMap): Promise<void> {
    await versionedItem();
    const rev = crypto.randomUUID();
    ownRevs.push(rev);
    if (ownRevs.length > 20) ownRevs.shift();
    await storage.setItems([
      { key: TRACKED_CASES_KEY, value: map },
      { key: TRACKED_CASES_META_KEY, value: { v: TRACKED_CASES_VERSION, rev } },
    ]);
    if (popupView) writeView(map, rev);
  }

  /**
   * Builds and stores the view of `map` (revision `rev`) after the write, in write order, so the
   * last view stored is the last write's. Case writes (and the answers to the pages that sent
   * them) do not wait for it; until it lands the popup sees a view of an older revision and reads
   * the cases. A failure leaves an old view, which its revision keeps unused.
   */
  function writeView(map: TrackedCaseMap, rev: string): void {
    viewTail = viewTail
      .then(async () => {
        const settings = await popupView!.settings();
        const bases = Object.values(map).map((tc) => rowBasis(tc, settings));
        await storage.setItem(POPUP_VIEW_KEY, encodePopupView(bases, rev, settings));
      })
      .catch(() => undefined);
  }

  /** Moves ended cases and overflow to the archive and trims the archive to its cap. */
  async function enforceLimits(map: TrackedCaseMap): Promise<void> {
    const moving: TrackedCase[] = Object.values(map).filter((c) => c.status === 'closed' || c.status === 'left-plan');
    const remaining = Object.values(map).filter((c) => c.status !== 'closed' && c.status !== 'left-plan');
    if (remaining.length > limits.cap) {
      // Done ones first, then the least recently seen.
      remaining.sort((a, b) => Number(b.doneByUser) - Number(a.doneByUser) || a.lastSeen.localeCompare(b.lastSeen));
      moving.push(...remaining.slice(0, remaining.length - limits.cap));
    }
    if (moving.length === 0) return;
    const archive = await archiveItem.getValue();
    for (const c of moving) {
      archive[c.complaintId] = c;
      delete map[c.complaintId];
    }
    const ids = Object.keys(archive);
    if (ids.length > limits.archiveCap) {
      const oldest = Object.values(archive)
        .sort((a, b) => a.lastSeen.localeCompare(b.lastSeen))
        .slice(0, ids.length - limits.archiveCap);
      for (const c of oldest) delete archive[c.complaintId];
    }
    await archiveItem.setValue(archive);
  }

  async function update(id: string, change: (old: TrackedCase | undefined) => TrackedCase | undefined) {
    const { map, problem } = await read();
    let old = map[id];
    if (!old) {
      const archive = await archiveItem.getValue();
      const archived = archive[id];
      if (archived && TrackedCase.safeParse(archived).success) {
        old = archived;
        delete archive[id];
        await archiveItem.setValue(archive);
      }
    }
    const next = change(old);
    if (next) map[id] = next;
    await enforceLimits(map);
    await write(map);
    return { next, problem };
  }

  return {
    /** The working cases (open, done, and any not yet archived), with a problem if data was set aside. */
    load: (): Promise<{ cases: TrackedCase[]; problem?: string }> =>
      serial(async () => {
        const { map, problem } = await read();
        const cases = Object.values(map);
        return problem ? { cases, problem } : { cases };
      }),

    /** Validates (zod) and merges a case reported by a page. */
    upsert: (incoming: PhiFree<TrackedCase>): Promise<UpsertResult> => {
      const parsed = TrackedCase.safeParse(incoming);
      if (!parsed.success) return Promise.resolve({ ok: false, error: `Invalid tracked case: ${parsed.error.issues[0]?.message ?? 'unknown'}` });
      const tc = parsed.data;
      return serial(async () => {
        const { next, problem } = await update(tc.complaintId, (old) => mergeTrackedCase(old, tc));
        const result: UpsertResult = { ok: true, case: next ?? tc };
        if (problem) result.problem = problem;
        return result;
      });
    },

    /** The caseworker marks a case done (or undoes it). */
    setDone: (complaintId: string, done: boolean): Promise<TrackedCase | undefined> =>
      serial(async () => (await update(complaintId, (old) => old && (done ? markDone(old) : undoDone(old)))).next),

    /**
     * Validates what is stored and writes it again under a fresh revision, with its view: after the
     * settings changed, or someone else wrote the cases (the view may be behind them).
     */
    restamp: (): Promise<void> =>
      serial(async () => {
        if ((await storage.getItem(TRACKED_CASES_KEY)) === null) {
          await storage.removeItem(POPUP_VIEW_KEY);
          return;
        }
        await write((await read()).map);
      }),

    /** Whether `rev` is one this store wrote (a storage change carrying it is the store's own). */
    wrote: (rev: unknown): boolean => typeof rev === 'string' && ownRevs.includes(rev),

    /** Resolves once the views of the writes so far are stored (for tests). */
    viewWritten: (): Promise<unknown> => serial(() => viewTail),

    archived: (): Promise<TrackedCase[]> => serial(async () => Object.values(await archiveItem.getValue())),
    quarantined: (): Promise<QuarantineEntry[]> => serial(() => quarantineItem.getValue()),
    /** Calls back whenever the working map changes (for the popup). */
    watch: (callback: () => void) => storage.watch(TRACKED_CASES_KEY, () => callback()),
  };
}

export type TrackedCaseStore = ReturnType<typeof createTrackedCaseStore>;

let shared: TrackedCaseStore | undefined;
/**
 * The caseworker's own settings, without enterprise policy: what the popup first draws with (it
 * applies policy once read, and Chromium's first read of it in a session takes seconds). A policy
 * that changes the time zone or budgets makes the popup leave the view for the cases.
 */
const ownSettings = () => loadSettings(async () => ({})).then((loaded) => loaded.settings);

/**
 * The one store of the background worker (created on first use, so tests can seed storage first).
 * It keeps the popup's view with the caseworker's own settings.
 */
export function trackedCaseStore(): TrackedCaseStore {
  shared ??= createTrackedCaseStore(DEFAULT_LIMITS, { settings: ownSettings });
  return shared;
}

/** Background shorthands over the shared store. */
export const upsertTrackedCase = (tc: PhiFree<TrackedCase>): Promise<UpsertResult> => trackedCaseStore().upsert(tc);
export const loadTrackedCases = () => trackedCaseStore().load();
export const setTrackedCaseDone = (complaintId: string, done: boolean) => trackedCaseStore().setDone(complaintId, done);
