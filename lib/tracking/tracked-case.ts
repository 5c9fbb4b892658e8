/**
 * TrackedCase: the PHI-free record the content script sends and the background keeps for every
 * complaint page the caseworker opens (ARCHITECTURE.md "Privacy"). No beneficiary name,
 * identifiers, date of birth, address, phone or narrative: only what a deadline needs, and the
 * name of the plan's caseworker shown on the complaint (the SOP's emails name it).
 */
import { z } from 'zod/mini';
import { LETTERS, RD_BRANCHES } from '../sop/types';
import { ContractNumber, Disposition, IsoDate, IssueLevel, ReassignmentReason, YesNo } from '../case';

export const SCENARIO_LETTERS = LETTERS;
export const ScenarioLetter = z.enum(SCENARIO_LETTERS);
export type ScenarioLetter = z.infer<typeof ScenarioLetter>;

const Instant = z.iso.datetime({ offset: true });

export const ClockStateSchema = z.enum(['running', 'paused', 'stopped']);

export const PauseSchema = z.object({ from: Instant, to: z.optional(Instant) });

export const CaseStatus = z.enum(['open', 'closed', 'left-plan', 'done']);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const TrackedCase = z.object({
  complaintId: z.string().check(z.regex(/^\d+$/)),
  contractNumber: z.optional(ContractNumber),
  issueLevel: z.optional(IssueLevel),
  receivedDate: z.optional(IsoDate),
  assignedDate: z.optional(IsoDate),
  resolutionDate: z.optional(IsoDate),
  category: z.optional(z.string().check(z.maxLength(200))),
  subcategory: z.optional(z.string().check(z.maxLength(200))),
  disposition: z.optional(Disposition),
  cisControlled: z.optional(YesNo),
  pressOrHillInterest: z.optional(YesNo),
  /** The SOP scenario being worked (A–L on a case page). */
  scenario: z.optional(ScenarioLetter),
  reassignmentRequested: z.optional(z.boolean()),
  reassignmentReason: z.optional(ReassignmentReason),
  /** When the reassignment request was first seen: the wait for the RO's decision starts. */
  reassignmentRequestedAt: z.optional(Instant),
  requestedIssueLevel: z.optional(IssueLevel),
  /** The path the caseworker confirmed for a branched scenario (G: critical or non-critical RD). */
  branch: z.optional(z.enum(RD_BRANCHES)),
  /** When the caseworker confirmed that path (the popup's "waiting for IntegriGuard since"). */
  branchSince: z.optional(Instant),
  /** The caseworker shown on the complaint in CTM (plan staff, not the beneficiary), for SOP F.4.b and G.5.b.iii. */
  caseworker: z.optional(z.string().check(z.maxLength(200))),
  /** Contact attempts recorded in the note so far (SOP E note), when known. */
  contactAttempts: z.optional(z.int().check(z.nonnegative())),
  clock: ClockStateSchema,
  /** Intervals the clock was paused (SOP I.4, J.4), oldest first. */
  pauses: z.array(PauseSchema),
  status: CaseStatus,
  /** The caseworker marked the case done; undo clears it and the page decides the status again. */
  doneByUser: z.boolean(),
  /**
   * The caseworker's answer about a handed-over case (lib/tracking/hand-over.ts): `gone` (no
   * longer in their CTM: marked done), or `kept` (still there: not asked again).
   */
  handOverAnswer: z.optional(z.enum(['gone', 'kept'])),
  pageUrl: z.string().check(z.maxLength(2048)),
  firstSeen: Instant,
  lastSeen: Instant,
});
export type TrackedCase = z.infer<typeof TrackedCase>;
