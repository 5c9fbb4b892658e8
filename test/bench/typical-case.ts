/**
 * A typical tracked case as the content script sends it (PHI-free), numbered: shared by the
 * deadline benchmark (Node) and the popup benchmark (bundled into a page).
 */
import type { TrackedCase } from '../../lib/tracking/tracked-case';

export const BENCH_TIME_ZONE = 'America/New_York';
export const BENCH_NOW = Date.parse('2026-06-15T16:00:00Z');
const NOW = BENCH_NOW;
const LEVELS = ['immediate-need', 'urgent', 'none', undefined] as const;

export function typicalCase(i: number): TrackedCase {
  const day = new Date(Date.UTC(2026, 3, 1) + (i % 75) * 86_400_000).toISOString().slice(0, 10);
  const seen = new Date(NOW - (i % 500) * 60_000).toISOString();
  const paused = i % 20 === 0;
  const tc: TrackedCase = {
    complaintId: String(100_000 + i),
    contractNumber: 'S1234',
    receivedDate: day,
    assignedDate: day,
    category: 'Pricing/Co-Insurance',
    subcategory: 'Copay or coinsurance amount',
    scenario: (['K', 'E', 'L', 'I'] as const)[i % 4],
    clock: paused ? 'paused' : 'running',
    pauses: paused ? [{ from: seen }] : [],
    status: 'open',
    doneByUser: false,
    pageUrl: `https://hpms.cms.gov/app/ctm/PlanResolution.aspx?ComplaintID=${100_000 + i}`,
    firstSeen: seen,
    lastSeen: seen,
  };
  const level = LEVELS[i % LEVELS.length];
  if (level) tc.issueLevel = level;
  if (paused) {
    tc.reassignmentRequested = true;
    tc.reassignmentReason = 'category';
  }
  return tc;
}
