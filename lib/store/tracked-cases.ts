/**
 * The tracked-case repository in extension storage (the background is its single writer).
 *
 * - `local:trackedCases`: versioned map of complaint ID → TrackedCase for cases still worked, read
 *   and validated here (data of a newer or unknown version is set aside before WXT's migration).
 * - `local:trackedCases.archive`: ended cases and overflow beyond the cap (tracked-cases-archive.ts).
 * - `local:trackedCases.quarantine`: whatever could not be read, kept with the reason
 *   (tracked-cases-quarantine.ts). Nothing is wiped silently; each read that sets data aside
 *   returns a `problem` message for the UI.
 * - `local:trackedCases.rows`: the popup's precomputed rows (tracked-cases-popup-view.ts), rebuilt
 *   after every write under a fresh revision `rev` in the cases' meta.
 *
 * Writes go through one promise queue (write-queue.ts), so upserts from several tabs at once lose nothing.
 */
import { storage } from 'wxt/utils/storage';
import type { PhiFree } from '../case';
import { mergeTrackedCase, markDone, undoDone } from '../tracking/merge';
import { keepHandedOver, markGone } from '../tracking/hand-over';
import { loadSettings } from './settings-item';
import { TrackedCase } from '../tracking/tracked-case';
import { TRACKED_CASES_MIGRATIONS, TRACKED_CASES_VERSION, type TrackedCaseMap } from './tracked-cases-migrations';
import { storageTrouble, writeFailedProblem } from './storage-trouble';
import { asideList, kilobytes, storedBytes, type Replacement } from './set-aside';
import { DEFAULT_LIMITS, enforceLimits, readArchive, type StoreLimits } from './tracked-cases-archive';
import { popupViewWriter, type PopupViewSource } from './tracked-cases-popup-view';
import { setAside, type QuarantineEntry } from './tracked-cases-quarantine';
import { writeQueue } from './write-queue';

export { ARCHIVE_KEY, QUARANTINE_KEY, TRACKED_CASES_KEY } from './tracked-cases-keys';
import { ARCHIVE_KEY, POPUP_VIEW_KEY, QUARANTINE_KEY, TRACKED_CASES_KEY, TRACKED_CASES_META_KEY } from './tracked-cases-keys';


export type UpsertResult = { ok: true; case: TrackedCase; problem?: string } | { ok: false; error: string };

/** What a read found: the readable cases; `stuck` when unreadable data could not be kept aside and stays in place. */
type Read = { map: TrackedCaseMap; problem?: string; stuck?: true; none?: true };

const newerVersionProblem = (version: number) =>
  `Tracked cases were saved by a newer CTM Assist (storage version ${version}); they were set aside, not deleted. Update the extension to get them back.`;

/** A meta WXT can read: an object whose version, if any, is a number. */
function isMeta(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = (value as { v?: unknown }).v;
  return v === undefined || typeof v === 'number';
}

export function createTrackedCaseStore(limits: StoreLimits = DEFAULT_LIMITS, popupView?: PopupViewSource) {
  /** Revisions this store wrote (recent ones), to tell its own writes from anyone else's. */
  // Stryker disable next-line ArrayDeclaration: a seeded entry shows only to a caller passing that very string as a revision
  const ownRevs: string[] = [];
  const serial = writeQueue();
  const view = popupView && popupViewWriter(popupView);


  /** The working map and its meta (a fresh revision), as replacements for one storage write. */
  function mapWrite(map: TrackedCaseMap): { rev: string; items: Replacement[] } {
    const rev = crypto.randomUUID();
    ownRevs.push(rev);
    if (ownRevs.length > 20) ownRevs.shift();
    return {
      rev,
      items: [
        { key: TRACKED_CASES_KEY, value: map },
        { key: TRACKED_CASES_META_KEY, value: { v: TRACKED_CASES_VERSION, rev } },
      ],
    };
  }

  /** Sets the whole working map aside and starts afresh (or reports why it cannot). */
  async function setAsideMap(what: string, raw: unknown, version: number, keep: TrackedCaseMap = {}): Promise<Read> {
    const { rev, items } = mapWrite(keep);
    const result = await setAside(what, raw, version, items);
    if (result.stuck) return { map: keep, problem: result.problem, stuck: true };
    view?.write(keep, rev);
    return { map: keep, problem: result.problem };
  }

  /**
   * The versioned WXT item, defined on first use. Data a newer CTM Assist saved is set aside
   * before the item's migration sees it: WXT would only log a console error ("version
   * downgrade") and leave it where it is.
   */
  let itemReady: Promise<ReturnType<typeof defineItem> | undefined> | undefined;
  let problemFromStart: string | undefined;
  /** An unreadable meta that could not be set aside: no item is defined over it (until cleared). */
  let metaStuck: string | undefined;
  const defineItem = () =>
    storage.defineItem<unknown>(TRACKED_CASES_KEY, { version: TRACKED_CASES_VERSION, migrations: TRACKED_CASES_MIGRATIONS });
  const versionedItem = () =>
    (itemReady ??= (async () => {
      const rawMeta = await storage.getItem<unknown>(TRACKED_CASES_META_KEY);
      if (rawMeta !== null && !isMeta(rawMeta)) {
        // WXT would spread it into the new meta (a long string becomes millions of keys).
        const what = `The version stamp of the stored tracked cases could not be read; it was kept aside (${kilobytes(storedBytes(rawMeta))}) and the cases were checked as they are.`;
        const result = await setAside(what, rawMeta, undefined, [{ key: TRACKED_CASES_META_KEY, value: null }]);
        if (result.stuck) {
          metaStuck = result.problem;
          return undefined;
        }
        problemFromStart = result.problem;
      }
      const { v } = await storage.getMeta<{ v?: unknown }>(TRACKED_CASES_KEY);
      // Stryker disable next-line ConditionalExpression: isMeta above leaves v a number or undefined, and undefined > 2 is false
      if (typeof v === 'number' && v > TRACKED_CASES_VERSION) {
        const data = await storage.getItem(TRACKED_CASES_KEY);
        const cleared: Replacement[] = [
          { key: TRACKED_CASES_KEY, value: null },
          { key: TRACKED_CASES_META_KEY, value: null },
        ];
        // When it cannot be kept aside it stays; every read then reports it (read below).
        const result = await setAside(newerVersionProblem(v), data, v, cleared, await storage.getItem(TRACKED_CASES_META_KEY));
        // Stryker disable next-line ConditionalExpression: data left in place is found and said again by every read (readNow), which never shows this one
        if (!result.stuck) problemFromStart = result.problem;
      }
      return defineItem();
    })());

  /**
   * What a read set aside that no page has been told yet: a read for the popup's view or the
   * deadline keeper may find it first, and the next complaint page's panel says it.
   */
  let unreported: string | undefined;
  async function read(): Promise<Read> {
    const result = await readNow();
    if (result.problem && !result.stuck) unreported = result.problem;
    return result;
  }
  /** The problem for a page's answer: this read's, or one found earlier and not yet said. */
  function takeProblem(found: string | undefined): string | undefined {
    const problem = found ?? unreported;
    unreported = undefined;
    return problem;
  }

  /** Reads and validates the working map, setting aside what cannot be read. */
  async function readNow(): Promise<Read> {
    const item = await versionedItem();
    if (!item) return { map: {}, problem: metaStuck, stuck: true };
    const raw = await item.getValue();
    // Reported once, on the first read after the worker started.
    const fromStart = problemFromStart;
    problemFromStart = undefined;
    // Stryker disable next-line ConditionalExpression: WXT's getValue gives null, never undefined, for a missing value
    if (raw === null || raw === undefined) return fromStart ? { map: {}, problem: fromStart, none: true } : { map: {}, none: true };
    const meta = (await item.getMeta()) as { v?: unknown };
    const version = typeof meta.v === 'number' ? meta.v : 1;
    if (version !== TRACKED_CASES_VERSION) {
      const what =
        version > TRACKED_CASES_VERSION
          ? newerVersionProblem(version)
          : `Stored tracked complaints of storage version ${version} could not be read; they were kept aside (${kilobytes(storedBytes(raw))}) and tracking starts afresh.`;
      return setAsideMap(what, raw, version);
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      const what = `Stored tracked complaints could not be read; they were kept aside (${kilobytes(storedBytes(raw))}) and tracking starts afresh.`;
      return setAsideMap(what, raw, version);
    }
    const map: TrackedCaseMap = {};
    const bad: Record<string, unknown> = {};
    for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
      const parsed = TrackedCase.safeParse(value);
      if (parsed.success && parsed.data.complaintId === id) map[id] = parsed.data;
      else bad[id] = value;
    }
    const badCount = Object.keys(bad).length;
    if (badCount === 0) return fromStart ? { map, problem: fromStart } : { map };
    const what = `${badCount} tracked case${badCount === 1 ? '' : 's'} could not be read and ${badCount === 1 ? 'was' : 'were'} set aside: ${Object.keys(bad).slice(0, 5).join(', ')}.`;
    return setAsideMap(what, bad, version, map);
  }


  /** The cases and their meta (version and a fresh revision) in one storage write; then the popup's view. */
  async function write(map: TrackedCaseMap): Promise<void> {
    await versionedItem();
    const { rev, items } = mapWrite(map);
    await storage.setItems(items);
    view?.write(map, rev);
  }



  async function update(id: string, change: (old: TrackedCase | undefined) => TrackedCase | undefined) {
    const { map, problem, stuck } = await read();
    if (stuck) return { next: undefined, problem, stuck };
    const problems = problem ? [problem] : [];
    let old = map[id];
    if (!old) {
      const { archive, problem: archiveProblem, stuck: archiveStuck } = await readArchive();
      if (archiveProblem) problems.push(archiveProblem);
      const archived = archive[id];
      if (archived && !archiveStuck) {
        old = archived;
        delete archive[id];
        await storage.setItem(ARCHIVE_KEY, archive);
      }
    }
    const next = change(old);
    if (next) map[id] = next;
    const limitProblem = await enforceLimits(map, limits);
    if (limitProblem && !problems.includes(limitProblem)) problems.push(limitProblem);
    await write(map);
    return { next, problem: problems.length > 0 ? problems.join(' ') : undefined };
  }

  return {
    /**
     * The working cases (open, done, and any not yet archived), with a problem if data was set
     * aside; `stuck` when unreadable data could not be kept aside (clearUnreadable clears it).
     */
    load: (): Promise<{ cases: TrackedCase[]; problem?: string; stuck?: true }> =>
      serial(async () => {
        const { map, problem, stuck } = await read();
        const cases = Object.values(map);
        return { cases, ...(problem ? { problem } : {}), ...(stuck ? { stuck } : {}) };
      }),

    /** Validates (zod) and merges a case reported by a page. A failed storage write is an answer, not a throw. */
    upsert: (incoming: PhiFree<TrackedCase>): Promise<UpsertResult> => {
      const parsed = TrackedCase.safeParse(incoming);
      if (!parsed.success) {
        // Stryker disable next-line OptionalChaining,LogicalOperator,StringLiteral: a failed zod parse always carries at least one issue
        const reason = parsed.error.issues[0]?.message ?? 'unknown';
        return Promise.resolve({ ok: false, error: `Invalid tracked case: ${reason}` });
      }
      const tc = parsed.data;
      return serial(async (): Promise<UpsertResult> => {
        try {
          const { next, problem, stuck } = await update(tc.complaintId, (old) => mergeTrackedCase(old, tc));
          // Stryker disable next-line LogicalOperator,StringLiteral: a stuck read always carries its problem
          if (stuck) return { ok: false, error: problem ?? writeFailedProblem('Tracking', undefined) };
          // Stryker disable next-line LogicalOperator: mergeTrackedCase always returns a case
          const result: UpsertResult = { ok: true, case: next ?? tc };
          const said = takeProblem(problem);
          if (said) result.problem = said;
          return result;
        } catch (error) {
          return { ok: false, error: writeFailedProblem('Tracking', error) };
        }
      });
    },

    /**
     * The caseworker marks a case done (or undoes it); undefined when it is not tracked. When it
     * cannot be saved, the error says why in words (storage-trouble.ts).
     */
    setDone: (complaintId: string, done: boolean): Promise<TrackedCase | undefined> =>
      serial(async () => {
        let result;
        try {
          result = await update(complaintId, (old) => old && (done ? markDone(old) : undoDone(old)));
        } catch (error) {
          throw storageTrouble(writeFailedProblem('The done mark', error));
        }
        // Stryker disable next-line LogicalOperator,StringLiteral: a stuck read always carries its problem
        if (result.stuck) throw storageTrouble(result.problem ?? writeFailedProblem('The done mark', undefined));
        return result.next;
      }),

    /** The caseworker's answer about a handed-over case: gone (marked done) or still there. */
    setHandOver: (complaintId: string, answer: 'gone' | 'kept'): Promise<TrackedCase | undefined> =>
      serial(async () => {
        let result;
        try {
          result = await update(complaintId, (old) => old && (answer === 'gone' ? markGone(old) : keepHandedOver(old)));
        } catch (error) {
          throw storageTrouble(writeFailedProblem('The handed-over answer', error));
        }
        // Stryker disable next-line LogicalOperator,StringLiteral: a stuck read always carries its problem
        if (result.stuck) throw storageTrouble(result.problem ?? writeFailedProblem('The handed-over answer', undefined));
        return result.next;
      }),

    /**
     * Validates what is stored and writes it again under a fresh revision, with its view: after the
     * settings changed, or someone else wrote the cases (the view may be behind them).
     */
    restamp: (): Promise<void> =>
      serial(async () => {
        const { map, stuck, none } = await read();
        if (none) await storage.removeItem(POPUP_VIEW_KEY);
        else if (!stuck) await write(map);
      }),

    /**
     * The caseworker's choice: unreadable data that could not be kept aside is replaced by what
     * could be read of it, and every set-aside copy is removed.
     */
    clearUnreadable: (): Promise<void> =>
      serial(async () => {
        if (metaStuck) {
          // Only the stamp was unreadable: the cases are read afresh without it.
          await storage.removeItem(TRACKED_CASES_META_KEY);
          metaStuck = undefined;
          itemReady = undefined;
        }
        const { map, stuck } = await read();
        if (stuck) await write(map);
        const archive = await readArchive();
        if (archive.stuck) await storage.setItem(ARCHIVE_KEY, archive.archive);
        await storage.removeItem(QUARANTINE_KEY);
      }),

    /** Whether `rev` is one this store wrote (a storage change carrying it is the store's own). */
    wrote: (rev: unknown): boolean => typeof rev === 'string' && ownRevs.includes(rev),

    /** Resolves once the views of the writes so far are stored (for tests). */
    viewWritten: (): Promise<unknown> => serial(() => view?.written() ?? Promise.resolve()),

    archived: (): Promise<TrackedCase[]> => serial(async () => Object.values((await readArchive()).archive)),
    quarantined: (): Promise<QuarantineEntry[]> => serial(async () => asideList(await storage.getItem(QUARANTINE_KEY))),
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
