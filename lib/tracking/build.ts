/**
 * Building a TrackedCase from the PHI-free facts of a page, and merging it into what the
 * background already holds (the upsert rule).
 */
import type { CaseFacts } from '../case';
import { clockState } from '../deadlines/clock';
import { complaintPageUrl } from '../hpms-url';
import { scenarioPausesClock } from '../sop/case-scenarios';
import { closedOnPage, deriveStatus, leftPlan } from './case-status';
import type { RdBranch } from '../sop/types';
import type { ScenarioLetter, TrackedCase } from './tracked-case';
import { scanForPhi } from '../email/phi-guard';

/** Longest caseworker name kept; a longer one is left out, not cut (a cut name would be wrong). */
const CASEWORKER_MAX = 200;

/** The caseworker shown on the complaint, unless it is too long or holds what looks like a beneficiary identifier. */
function planCaseworker(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed || trimmed.length > CASEWORKER_MAX || scanForPhi(trimmed).length > 0) return undefined;
  return trimmed;
}

export interface TrackExtra {
  scenario?: ScenarioLetter;
  pageUrl: string;
  /** Epoch ms of the observation. */
  now: number;
  /** The plan's contract numbers (settings), to notice a case that moved to another contract. */
  planContracts?: readonly string[];
  contactAttempts?: number;
  /** The path the caseworker confirmed (G), and when (epoch ms): kept from the progress store. */
  branch?: { branch: RdBranch; at: number };
}

/** Undefined when the facts carry no complaint ID: nothing to track by. */
export function trackedCaseFrom(facts: CaseFacts, extra: TrackExtra): TrackedCase | undefined {
  if (!facts.complaintId) return undefined;
  const seen = new Date(extra.now).toISOString();
  const left = leftPlan(facts.contractNumber, extra.planContracts);
  const status = deriveStatus({ closed: closedOnPage(facts), leftPlan: left, scenario: extra.scenario, doneByUser: false });
  const clock = clockState({
    reassignmentRequested: facts.reassignmentRequested,
    reassignmentReason: facts.reassignmentReason,
    ended: status === 'closed' || status === 'left-plan',
    scenarioPauses: scenarioPausesClock(extra.scenario, facts.reassignmentReason),
  });
  const tc: TrackedCase = {
    complaintId: facts.complaintId,
    clock,
    pauses: clock === 'paused' ? [{ from: seen }] : [],
    status,
    doneByUser: false,
    pageUrl: complaintPageUrl(extra.pageUrl),
    firstSeen: seen,
    lastSeen: seen,
  };
  // Copy only the PHI-free facts a deadline needs; never the note, summary or beneficiary.
  const keys = [
    'contractNumber', 'issueLevel', 'receivedDate', 'assignedDate', 'resolutionDate', 'category',
    'subcategory', 'disposition', 'cisControlled', 'pressOrHillInterest', 'reassignmentRequested',
    'reassignmentReason', 'requestedIssueLevel',
  ] as const;
  const target = tc as Record<string, unknown>;
  for (const key of keys) if (facts[key] !== undefined) target[key] = facts[key];
  if (tc.category) tc.category = tc.category.slice(0, 200);
  if (tc.subcategory) tc.subcategory = tc.subcategory.slice(0, 200);
  if (facts.reassignmentRequested) tc.reassignmentRequestedAt = seen;
  const caseworker = planCaseworker(facts.caseworker);
  if (caseworker) tc.caseworker = caseworker;
  if (extra.scenario) tc.scenario = extra.scenario;
  if (extra.contactAttempts !== undefined) tc.contactAttempts = extra.contactAttempts;
  if (extra.branch) {
    tc.branch = extra.branch.branch;
    tc.branchSince = new Date(extra.branch.at).toISOString();
  }
  return tc;
}
