/**
 * Per complaint ID, the caseworker's own progress: the scenario picked, the steps ticked by hand
 * and the path confirmed for a branched scenario (G: critical or non-critical RD). PHI-free by schema. One writer (the background), writes in order. Each entry is checked on
 * its own: an unreadable one is set aside (set-aside.ts) and the others stay, never silently
 * wiped. Capped so years of use stay small.
 */
import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { StepTicks, withTick } from '../checklist/ticks';
import { CASE_LETTERS, RD_BRANCHES, type CaseLetter, type RdBranch } from '../sop/types';
import type { CaseProgress } from '../messages';
import { kilobytes, moveAside, noteLeftInPlace, notKeptReason, storedBytes } from './set-aside';
import { storageTrouble, writeFailedProblem } from './storage-trouble';

const Entry = z.object({
  picked: z.optional(z.enum(CASE_LETTERS)),
  ticks: StepTicks,
  branch: z.optional(z.enum(RD_BRANCHES)),
  /** Epoch ms the caseworker confirmed `branch`. */
  branchAt: z.optional(z.number()),
  updatedAt: z.number(),
});
type Entry = z.infer<typeof Entry>;
type ProgressMap = Record<string, Entry>;
const isComplaintId = (id: string) => /^\d+$/.test(id);

export const PROGRESS_CAP = 3000;
export const PROGRESS_KEY = 'local:caseProgress';
export const PROGRESS_ASIDE_KEY = 'local:caseProgress.unreadable';

let tail: Promise<unknown> = Promise.resolve();
function inOrder<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}

/** Said to every page until the worker restarts, once ticks had to be set aside. */
let problem: string | undefined;
/** Unreadable progress that could not be set aside is left in place and nothing is written over it. */
// Stryker disable next-line BooleanLiteral: every reader (readMap) sets it before it is read
let stuck = false;

async function readMap(): Promise<ProgressMap> {
  const raw = await storage.getItem<unknown>(PROGRESS_KEY);
  stuck = false;
  // Stryker disable next-line ConditionalExpression: WXT getItem gives null for a missing key; undefined is a defensive fallback
  if (raw === null || raw === undefined) return {};
  const whole = typeof raw !== 'object' || Array.isArray(raw);
  const map: ProgressMap = {};
  const bad: Record<string, unknown> = {};
  if (!whole) {
    for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
      const parsed = Entry.safeParse(value);
      if (parsed.success && isComplaintId(id)) map[id] = parsed.data;
      else bad[id] = value;
    }
  }
  const badIds = Object.keys(bad);
  if (!whole && badIds.length === 0) return map;
  const data = whole ? raw : bad;
  const what = whole
    ? 'Saved checklist ticks could not be read'
    : `Saved checklist ticks of ${badIds.length} complaint${badIds.length === 1 ? '' : 's'} could not be read`;
  const moved = await moveAside(PROGRESS_ASIDE_KEY, { reason: `${what}.`, data }, [{ key: PROGRESS_KEY, value: map }]);
  if (moved.kept) {
    problem = `${what}; they were kept aside (${kilobytes(storedBytes(data))})${whole ? ' and the checklist starts afresh' : ', the other cases keep theirs'}.`;
    return map;
  }
  stuck = true;
  problem = `${what}, and ${notKeptReason(moved)}. They are left in place; new ticks are not saved until they are cleared in the CTM Assist toolbar popup.`;
  await noteLeftInPlace(PROGRESS_ASIDE_KEY, problem);
  return map;
}

function toProgress(entry: Entry | undefined): CaseProgress {
  if (!entry) return { ticks: {} };
  const progress: CaseProgress = { picked: entry.picked, ticks: entry.ticks };
  if (entry.branch) Object.assign(progress, { branch: entry.branch, branchAt: entry.branchAt });
  return progress;
}

/** Applies `edit`; when it cannot be saved, throws a storage trouble that says why. */
async function change(complaintId: string, edit: (old: Entry | undefined) => Entry): Promise<CaseProgress> {
  return inOrder(async () => {
    const map = await readMap();
    map[complaintId] = edit(map[complaintId]);
    // Stryker disable next-line StringLiteral: fallback never reached; readMap sets the problem whenever it sets stuck
    if (stuck) throw storageTrouble(problem ?? writeFailedProblem('The tick', undefined));
    const ids = Object.keys(map);
    if (ids.length > PROGRESS_CAP) {
      ids.sort((a, b) => map[a]!.updatedAt - map[b]!.updatedAt);
      for (const id of ids.slice(0, ids.length - PROGRESS_CAP)) delete map[id];
    }
    try {
      await storage.setItem(PROGRESS_KEY, map);
    } catch (error) {
      throw storageTrouble(writeFailedProblem('The tick', error));
    }
    return toProgress(map[complaintId]);
  });
}

export function progressFor(complaintId: string): Promise<CaseProgress & { problem?: string }> {
  return inOrder(async () => ({ ...toProgress((await readMap())[complaintId]), problem }));
}

export function setTick(complaintId: string, stepId: string, done: boolean, now = Date.now()): Promise<CaseProgress> {
  return change(complaintId, (old) => ({ ...old, ticks: withTick(old?.ticks ?? {}, stepId, done), updatedAt: now }));
}

export function pickScenario(complaintId: string, scenario: CaseLetter | null, now = Date.now()): Promise<CaseProgress> {
  return change(complaintId, (old) => {
    const { picked: _, ...rest } = old ?? { ticks: {} };
    return { ...rest, updatedAt: now, ...(scenario ? { picked: scenario } : {}) };
  });
}

/** The caseworker confirms a path (null: none, both shown again); confirming the same path again keeps its first moment. */
export function pickBranch(complaintId: string, branch: RdBranch | null, now = Date.now()): Promise<CaseProgress> {
  return change(complaintId, (old) => {
    const { branch: oldBranch, branchAt, ...rest } = old ?? { ticks: {} };
    if (!branch) return { ...rest, updatedAt: now };
    return { ...rest, branch, branchAt: oldBranch === branch && branchAt !== undefined ? branchAt : now, updatedAt: now };
  });
}

/** The caseworker's choice: drop unreadable ticks that could not be kept aside, and the set-aside copies. */
export function clearUnreadableProgress(): Promise<void> {
  return inOrder(async () => {
    const map = await readMap();
    if (stuck) await storage.setItem(PROGRESS_KEY, map);
    await storage.removeItem(PROGRESS_ASIDE_KEY);
    // Stryker disable next-line BooleanLiteral: the next readMap sets it again before anything reads it
    stuck = false;
    problem = undefined;
  });
}
