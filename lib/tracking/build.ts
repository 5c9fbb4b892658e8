/**
 * Building a TrackedCase from the PHI-free facts of a page, and merging it into what the
 * background already holds (the upsert rule).
 */
import type { CaseFacts } from '../case';
import { clockState } from '../deadlines/clock';
import { complaintPageUrl } from '../hpms-url';
import { scenarioPausesClock } from '../sop/case-scenarios';
import { closedOnPage, deriveStatus, leftPlan } from './case-status';
import type { ScenarioLetter, TrackedCase } from './tracked-case';

export interface TrackExtra {
  scenario?: ScenarioLetter;
  pageUrl: string;
  /** Epoch ms of the observation. */
  now: number;
  /** The plan's contract numbers (settings), to notice a case that moved to another contract. */
  planContracts?: readonly string[];
  contactAttempts?: number;
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
  if (extra.scenario) tc.scenario = extra.scenario;
  if (extra.contactAttempts !== undefined) tc.contactAttempts = extra.contactAttempts;
  return tc;
}
