/**
 * The case history in storage.local (`caseHistory`): `{ v, cases }`, validated with zod on every
 * read. The background records into it; the report page reads it. What cannot be read (damaged,
 * or saved by a newer CTM Assist) is set aside under `caseHistory.unreadable` (set-aside.ts) and
 * reported, never wiped; one complaint's damaged entry is set aside alone and the others stay.
 * When it cannot even be kept aside it stays in place, nothing is written over it, and the report
 * page offers to clear it.
 */
import { storage } from 'wxt/utils/storage';
import { ComplaintHistory, HISTORY_VERSION, type HistoryCases } from '../history/case-history';
import { pruneHistory, recordCase } from '../history/history-events';
import { isStoredComplaintHistory } from '../history/history-shape';
import type { TrackedCase } from '../tracking/tracked-case';
import { asideList, kilobytes, moveAside, noteLeftInPlace, notKeptReason, storedBytes } from './set-aside';
import { storageTrouble, writeFailedProblem } from './storage-trouble';
import { setAsideProblem } from './set-aside-list';

export const HISTORY_KEY = 'local:caseHistory';
export const HISTORY_ASIDE_KEY = 'local:caseHistory.unreadable';

export type HistoryRead = { cases: HistoryCases; problem?: string; stuck?: true };

let tail: Promise<unknown> = Promise.resolve();
function inOrder<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

async function setAside(what: string, data: unknown, version: number | undefined, keep: HistoryCases | null): Promise<HistoryRead> {
  const found = { reason: `${what}.`, data, ...(version === undefined ? {} : { version }) };
  const replacement = keep === null ? null : { v: HISTORY_VERSION, cases: keep };
  const moved = await moveAside(HISTORY_ASIDE_KEY, found, [{ key: HISTORY_KEY, value: replacement }]);
  const cases = keep ?? {};
  if (moved.kept) return { cases, problem: `${what}; it was kept aside (${kilobytes(storedBytes(data))}), not deleted.` };
  const problem = `${what}, and ${notKeptReason(moved)}. It is left in place and no new history is recorded until it is cleared on the report page.`;
  await noteLeftInPlace(HISTORY_ASIDE_KEY, problem);
  return { cases, problem, stuck: true };
}

async function readNow(): Promise<HistoryRead> {
  const raw = await storage.getItem<unknown>(HISTORY_KEY);
  // Stryker disable next-line ConditionalExpression: WXT getItem gives null for a missing key; undefined is a defensive fallback that then reads as "not an object" and is set aside the same way
  if (raw === null || raw === undefined) return { cases: {} };
  const version = isObject(raw) && typeof raw.v === 'number' ? raw.v : undefined;
  // Stryker disable next-line ConditionalExpression: undefined > HISTORY_VERSION is false anyway; the check documents the number guard
  if (version !== undefined && version > HISTORY_VERSION) {
    return setAside(`The case history was saved by a newer CTM Assist (version ${version}); update the extension to read it`, raw, version, null);
  }
  if (!isObject(raw) || version !== HISTORY_VERSION || !isObject(raw.cases)) {
    return setAside('The stored case history could not be read and a new one starts', raw, version, null);
  }
  const cases: HistoryCases = {};
  const bad: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(raw.cases)) {
    if (!/^\d{1,20}$/.test(id)) {
      bad[id] = value;
      continue;
    }
    // Stryker disable next-line ConditionalExpression,BlockStatement: speed only; the schema below accepts the same entries unchanged (history-shape.test.ts holds them together)
    if (isStoredComplaintHistory(value)) {
      cases[id] = value;
      continue;
    }
    const parsed = ComplaintHistory.safeParse(value);
    if (parsed.success) cases[id] = parsed.data;
    else bad[id] = value;
  }
  const badIds = Object.keys(bad);
  if (badIds.length === 0) return { cases };
  const what = `The history of ${badIds.length} complaint${badIds.length === 1 ? '' : 's'} could not be read (${badIds.slice(0, 5).join(', ')}); the others are kept`;
  return setAside(what, bad, version, cases);
}

/** The history, with what was set aside now or before (the report page says so). Never throws on what is stored. */
export function loadCaseHistory(): Promise<HistoryRead & { keptAside: number }> {
  return inOrder(async () => {
    const read = await readNow();
    const aside = asideList(await storage.getItem(HISTORY_ASIDE_KEY));
    const problem = read.problem ?? setAsideProblem(aside, 'case history data');
    return { ...read, ...(problem ? { problem } : {}), keptAside: aside.length };
  });
}

/**
 * Records each case's changes (history-events.ts) and writes once. Refuses, with the reason in
 * words, while unreadable history could not be kept aside.
 */
export function recordTrackedCases(cases: readonly TrackedCase[], now = Date.now()): Promise<void> {
  return inOrder(async () => {
    const read = await readNow();
    // Stryker disable next-line StringLiteral: fallback never reached; a stuck read always carries its problem
    if (read.stuck) throw storageTrouble(read.problem ?? writeFailedProblem('The case history', undefined));
    let next = read.cases;
    for (const tc of cases) next = recordCase(next, tc, now);
    if (next === read.cases) return;
    next = pruneHistory(next, now);
    try {
      await storage.setItem(HISTORY_KEY, { v: HISTORY_VERSION, cases: next });
    } catch (error) {
      throw storageTrouble(writeFailedProblem('The case history', error));
    }
  });
}

/** The caseworker's choice: unreadable history that could not be kept aside, and the copies kept aside, go. */
export function clearUnreadableHistory(): Promise<void> {
  return inOrder(async () => {
    const read = await readNow();
    if (read.stuck) await storage.setItem(HISTORY_KEY, { v: HISTORY_VERSION, cases: read.cases });
    await storage.removeItem(HISTORY_ASIDE_KEY);
  });
}

/** Calls back when the history is written (the report page follows the background's recording). */
export function onCaseHistoryChange(callback: () => void): () => void {
  return storage.watch(HISTORY_KEY, () => callback());
}
