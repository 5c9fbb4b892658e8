/**
 * Per complaint ID, the caseworker's own progress: the scenario picked and the steps ticked by
 * hand. PHI-free by schema. One writer (the background), writes in order; unreadable data is kept
 * aside and reported, never silently wiped. Capped so years of use stay small.
 */
import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { StepTicks, withTick } from '../checklist/ticks';
import { CASE_LETTERS, type CaseLetter } from '../sop/types';
import type { CaseProgress } from '../messages';

const Entry = z.object({
  picked: z.optional(z.enum(CASE_LETTERS)),
  ticks: StepTicks,
  updatedAt: z.number(),
});
const ProgressMap = z.record(z.string().check(z.regex(/^\d+$/)), Entry);
type ProgressMap = z.infer<typeof ProgressMap>;

export const PROGRESS_CAP = 3000;
const progressItem = storage.defineItem<unknown>('local:caseProgress', { fallback: null });
const unreadableItem = storage.defineItem<unknown>('local:caseProgress.unreadable', { fallback: null });

let tail: Promise<unknown> = Promise.resolve();
function inOrder<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}

let problem: string | undefined;

async function readMap(): Promise<ProgressMap> {
  const raw = await progressItem.getValue();
  if (raw === null) return {};
  const parsed = ProgressMap.safeParse(raw);
  if (parsed.success) return parsed.data;
  await unreadableItem.setValue(raw);
  problem = 'Saved checklist ticks could not be read; they were kept aside and the checklist starts afresh.';
  return {};
}

function toProgress(entry: ProgressMap[string] | undefined): CaseProgress {
  return entry ? { picked: entry.picked, ticks: entry.ticks } : { ticks: {} };
}

async function change(complaintId: string, edit: (old: ProgressMap[string] | undefined) => ProgressMap[string]): Promise<CaseProgress> {
  return inOrder(async () => {
    const map = await readMap();
    map[complaintId] = edit(map[complaintId]);
    const ids = Object.keys(map);
    if (ids.length > PROGRESS_CAP) {
      ids.sort((a, b) => map[a]!.updatedAt - map[b]!.updatedAt);
      for (const id of ids.slice(0, ids.length - PROGRESS_CAP)) delete map[id];
    }
    await progressItem.setValue(map);
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
  return change(complaintId, (old) => ({ ticks: old?.ticks ?? {}, updatedAt: now, ...(scenario ? { picked: scenario } : {}) }));
}
