/**
 * The built-in sample complaint (entrypoints/sample/) gets the panel's answers without being
 * tracked: no deadline list entry, no alert, nothing stored. Its ticks live in this worker's
 * memory only, one set per sample tab, forgotten when that tab closes.
 */
import type { CaseContext, CaseProgress } from '../../lib/messages';
import { CaseSeenSchema, PickBranchSchema, PickScenarioSchema, SetTickSchema } from '../../lib/message-schemas';
import { loadSettings } from '../../lib/store/settings-item';
import { trackedCaseFrom } from '../../lib/tracking/build';
import { panelDeadline } from './case-messages';

export const SAMPLE_PAGE = '/sample.html';
const NOT_TRACKED = 'This is the built-in sample complaint: it is not tracked, and its ticks are forgotten when it closes.';

/** What the background knows of a message's sender. */
export type SampleSender = { url?: string; tab?: { id?: number } };

/** A sample page outside a tab (no tab id) shares one set of ticks. */
const NO_TAB = -1;
const progressByTab = new Map<number, CaseProgress>();
const tabOf = (sender: SampleSender | undefined) => sender?.tab?.id ?? NO_TAB;
const progressOf = (sender: SampleSender | undefined): CaseProgress => progressByTab.get(tabOf(sender)) ?? { ticks: {} };

/** Whether a message comes from the sample page of this extension. */
export function fromSamplePage(sender: SampleSender | undefined): boolean {
  return !!sender?.url && sender.url.split(/[?#]/)[0] === browser.runtime.getURL(SAMPLE_PAGE);
}

/** Forgets a sample tab's ticks once it closes (a tab that never showed the sample has none). */
export function watchSampleTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void progressByTab.delete(tabId));
}

export async function sampleCaseSeen(data: unknown, sender?: SampleSender): Promise<CaseContext> {
  const { settings, problem: settingsProblem } = await loadSettings();
  const parsed = CaseSeenSchema.safeParse(data);
  const now = Date.now();
  const sample = parsed.success ? trackedCaseFrom(parsed.data.facts, { scenario: parsed.data.scenario, pageUrl: '', now, planContracts: settings.contracts }) : undefined;
  const progress = progressOf(sender);
  return { settings, settingsProblem, progress, deadline: sample ? panelDeadline(sample, settings, now) : undefined, trackingProblem: NOT_TRACKED };
}

function keep(sender: SampleSender | undefined, progress: CaseProgress): CaseProgress {
  progressByTab.set(tabOf(sender), progress);
  return progress;
}

export function sampleSetTick(data: unknown, sender?: SampleSender): CaseProgress {
  const parsed = SetTickSchema.safeParse(data);
  const progress = progressOf(sender);
  if (!parsed.success) return progress;
  return keep(sender, { ...progress, ticks: { ...progress.ticks, [parsed.data.stepId]: parsed.data.done } });
}

export function samplePickScenario(data: unknown, sender?: SampleSender): CaseProgress {
  const parsed = PickScenarioSchema.safeParse(data);
  const progress = progressOf(sender);
  if (!parsed.success) return progress;
  return keep(sender, { ...progress, picked: parsed.data.scenario ?? undefined });
}

export function samplePickBranch(data: unknown, sender?: SampleSender): CaseProgress {
  const parsed = PickBranchSchema.safeParse(data);
  const progress = progressOf(sender);
  if (!parsed.success) return progress;
  const { branch: _, branchAt: __, ...rest } = progress;
  return keep(sender, parsed.data.branch ? { ...rest, branch: parsed.data.branch, branchAt: Date.now() } : rest);
}
