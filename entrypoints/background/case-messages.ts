/** Answers the content script: track the case, and return its settings, progress and deadline. */
import type { CaseContext, CaseProgress, PanelDeadline } from '../../lib/messages';
import { CaseSeenSchema, PickBranchSchema, PickScenarioSchema, SetTickSchema } from '../../lib/message-schemas';
import { loadSettings } from '../../lib/store/settings-item';
import { pickBranch, pickScenario, progressFor, setTick } from '../../lib/store/case-progress';
import { upsertTrackedCase } from '../../lib/store/tracked-cases';
import { troubleMessage } from '../../lib/store/storage-trouble';
import { trackedCaseFrom } from '../../lib/tracking/build';
import { deadlineRow } from '../../lib/tracking/deadline-row';
import type { TrackedCase } from '../../lib/tracking/tracked-case';
import type { Settings } from '../../lib/settings';

let lastArrival = 0;
/**
 * When a report arrived, strictly later than the one before: a tab's reports arrive in the order
 * it sent them, and the tracked case keeps the newest (merge.ts). Taken after the first storage
 * read, an earlier report could look newer and undo a resolution typed since.
 */
function arrivalTime(): number {
  lastArrival = Math.max(Date.now(), lastArrival + 1);
  return lastArrival;
}

export async function handleCaseSeen(data: unknown): Promise<CaseContext> {
  const now = arrivalTime();
  const { settings, problem: settingsProblem, managed, policyPending } = await loadSettings();
  const policy = { ...(managed?.locked.length ? { policyKeys: managed.locked } : {}), ...(policyPending ? { policyPending } : {}) };
  const parsed = CaseSeenSchema.safeParse(data);
  if (!parsed.success || !parsed.data.facts.complaintId) {
    return { settings, settingsProblem, ...policy, progress: { ticks: {} }, trackingProblem: 'This page could not be tracked: no complaint ID was read.' };
  }
  const { facts, scenario, pageUrl, unusable } = parsed.data;
  const complaintId = facts.complaintId!;
  const { problem: progressProblem, ...progress } = await progressFor(complaintId).catch((error: unknown): CaseProgress & { problem?: string } => ({
    ticks: {},
    problem: troubleMessage(error) ?? 'Saved checklist ticks could not be read from the browser’s storage; close and reopen the page.',
  }));
  // The confirmed path (G) comes from the caseworker's saved progress, the one place it is kept.
  const branch = progress.branch && progress.branchAt !== undefined ? { branch: progress.branch, at: progress.branchAt } : undefined;
  // A tracked fact the page shows but that cannot be used is unknown: tracking now would keep a guess.
  const incoming = unusable?.length ? undefined : trackedCaseFrom(facts, { scenario, pageUrl, now, planContracts: settings.contracts, branch });
  let trackingProblem: string | undefined;
  let tracked: TrackedCase | undefined = incoming;
  if (incoming) {
    const result = await upsertTrackedCase(incoming);
    if (result.ok) {
      tracked = result.case;
      trackingProblem = result.problem;
    } else {
      trackingProblem = result.error;
    }
  }

  return {
    settings,
    settingsProblem,
    ...policy,
    progress,
    deadline: tracked ? panelDeadline(tracked, settings, now) : undefined,
    trackingProblem: [trackingProblem, progressProblem].filter(Boolean).join(' ') || undefined,
  };
}

export function panelDeadline(tc: TrackedCase, settings: Settings, now: number): PanelDeadline {
  const row = deadlineRow(tc, { now, timeZone: settings.timeZone, budgets: settings.budgets });
  if (row.dueMs === undefined || row.dueIso === undefined) return { ok: false, reason: row.dueProblem ?? 'No due moment.' };
  return {
    ok: true,
    iso: row.dueIso,
    dueMs: row.dueMs,
    clock: row.clock,
    usedReceivedDate: row.usedReceivedDate,
    budgetDays: row.budgetDays ?? 0,
    budgetSource: row.budgetSource ?? '',
    pausedMs: row.pausedMs,
  };
}

export async function handleSetTick(data: unknown): Promise<CaseProgress> {
  const parsed = SetTickSchema.safeParse(data);
  if (!parsed.success) throw new Error('setTick: invalid message');
  return setTick(parsed.data.complaintId, parsed.data.stepId, parsed.data.done);
}

export async function handlePickScenario(data: unknown): Promise<CaseProgress> {
  const parsed = PickScenarioSchema.safeParse(data);
  if (!parsed.success) throw new Error('pickScenario: invalid message');
  return pickScenario(parsed.data.complaintId, parsed.data.scenario);
}

export async function handlePickBranch(data: unknown): Promise<CaseProgress> {
  const parsed = PickBranchSchema.safeParse(data);
  if (!parsed.success) throw new Error('pickBranch: invalid message');
  return pickBranch(parsed.data.complaintId, parsed.data.branch);
}
