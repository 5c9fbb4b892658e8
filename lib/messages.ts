/**
 * The typed protocol between the content script and the background worker. Every message
 * payload is PHI-free by type (`PhiFree`) and validated with zod by the receiver, the background.
 * The content script sends facts (never the snapshot); the background answers with what the panel
 * needs from storage: the settings in force, the caseworker's pick and ticks, and the deadline.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CaseFacts, PhiFree } from './case';
import type { Settings } from './settings';
import type { CaseLetter, RdBranch } from './sop/types';
import type { ClockState } from './deadlines/clock';
import type { TrackedCase } from './tracking/tracked-case';
import { complaintPageUrl } from './hpms-url';

export type CaseSeen = {
  facts: CaseFacts;
  scenario?: CaseLetter;
  /** The page's origin and path, and its complaint ID parameter alone (hpms-url.ts). */
  pageUrl: string;
  /** Tracked facts the page shows but that cannot be used (two values, unreadable): the case is not tracked from this page. */
  unusable?: string[];
};

export type CaseProgress = {
  picked?: CaseLetter;
  ticks: Record<string, boolean>;
  /** The path the caseworker confirmed for a branched scenario (G), and when (epoch ms). */
  branch?: RdBranch;
  branchAt?: number;
};

export type PanelDeadline =
  | {
      ok: true;
      /** ISO 8601 with the plan time zone's offset (`time[data-due]`). */
      iso: string;
      dueMs: number;
      clock: ClockState;
      /** The page showed no assignment date: the received date stood in. */
      usedReceivedDate: boolean;
      budgetDays: number;
      budgetSource: string;
      pausedMs: number;
    }
  | { ok: false; reason: string };

export type CaseContext = {
  settings: Settings;
  settingsProblem?: string;
  progress: CaseProgress;
  deadline?: PanelDeadline;
  trackingProblem?: string;
  /** The settings enterprise policy sets: the panel names the policy when it moves a due moment. */
  policyKeys?: string[];
  /** The browser had not answered the policy read yet: the panel asks again a little later. */
  policyPending?: true;
};

/** The popup's view of the tracked cases (the background is their single writer). */
export type TrackedCasesAnswer = {
  cases: TrackedCase[];
  /** Data that could not be read and was set aside (corrupt, newer version): say so. */
  problem?: string;
  /**
   * What the caseworker can clear: `unreadable` data that could not be kept aside (tracking waits
   * for it), or the `set-aside` copies.
   */
  clear?: 'unreadable' | 'set-aside';
};

export interface ProtocolMap {
  /** A complaint page was read (or changed): track it and answer with its context. */
  caseSeen(data: PhiFree<CaseSeen>): CaseContext;
  /** A checklist step ticked or unticked by hand. */
  setTick(data: { complaintId: string; stepId: string; done: boolean }): CaseProgress;
  /** The caseworker picked a scenario (null: back to the top suggestion). */
  pickScenario(data: { complaintId: string; scenario: CaseLetter | null }): CaseProgress;
  /** The caseworker confirmed a path of a branched scenario (G: critical or non-critical RD); null clears it. */
  pickBranch(data: { complaintId: string; branch: RdBranch | null }): CaseProgress;
  /** Popup: every tracked case still in the working list. */
  trackedCases(): TrackedCasesAnswer;
  /** Popup: the caseworker marks a case done, or undoes that. */
  setCaseDone(data: { complaintId: string; done: boolean }): TrackedCasesAnswer;
  /** Popup: a handed-over case is gone from the caseworker's CTM, or still there (lib/tracking/hand-over.ts). */
  setHandOver(data: { complaintId: string; answer: 'gone' | 'kept' }): TrackedCasesAnswer;
  /** Popup: the caseworker clears unreadable tracked cases and ticks and the copies set aside. */
  clearUnreadable(): TrackedCasesAnswer;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();

/** The page URL as it may be stored: origin, path and the complaint ID parameter (hpms-url.ts). */
export const sanitizePageUrl = complaintPageUrl;
