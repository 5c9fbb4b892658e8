/**
 * The built-in sample complaint (entrypoints/sample/) gets the panel's answers without being
 * tracked: no deadline list entry, no alert, nothing stored. Its ticks live in this worker's
 * memory only.
 */
import type { CaseContext, CaseProgress } from '../../lib/messages';
import { CaseSeenSchema, PickBranchSchema, PickScenarioSchema, SetTickSchema } from '../../lib/message-schemas';
import { loadSettings } from '../../lib/store/settings-item';
import { trackedCaseFrom } from '../../lib/tracking/build';
import { panelDeadline } from './case-messages';

export const SAMPLE_PAGE = '/sample.html';
const NOT_TRACKED = 'This is the built-in sample complaint: it is not tracked, and its ticks are forgotten when it closes.';

let progress: CaseProgress = { ticks: {} };

/** Whether a message comes from the sample page of this extension. */
export function fromSamplePage(sender: { url?: string } | undefined): boolean {
  return !!sender?.url && sender.url.split(/[?#]/)[0] === browser.runtime.getURL(SAMPLE_PAGE);
}

export async function sampleCaseSeen(data: unknown): Promise<CaseContext> {
  const { settings, problem: settingsProblem } = await loadSettings();
  const parsed = CaseSeenSchema.safeParse(data);
  const now = Date.now();
  const sample = parsed.success ? trackedCaseFrom(parsed.data.facts, { scenario: parsed.data.scenario, pageUrl: '', now, planContracts: settings.contracts }) : undefined;
  return { settings, settingsProblem, progress, deadline: sample ? panelDeadline(sample, settings, now) : undefined, trackingProblem: NOT_TRACKED };
}

export function sampleSetTick(data: unknown): CaseProgress {
  const parsed = SetTickSchema.safeParse(data);
  if (parsed.success) progress = { ...progress, ticks: { ...progress.ticks, [parsed.data.stepId]: parsed.data.done } };
  return progress;
}

export function samplePickScenario(data: unknown): CaseProgress {
  const parsed = PickScenarioSchema.safeParse(data);
  if (parsed.success) progress = { ...progress, picked: parsed.data.scenario ?? undefined };
  return progress;
}

export function samplePickBranch(data: unknown): CaseProgress {
  const parsed = PickBranchSchema.safeParse(data);
  if (parsed.success) {
    const { branch: _, branchAt: __, ...rest } = progress;
    progress = parsed.data.branch ? { ...rest, branch: parsed.data.branch, branchAt: Date.now() } : rest;
  }
  return progress;
}
