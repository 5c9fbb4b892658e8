import type { CaseFacts } from '../case';
import type { CaseLetter } from '../sop/types';

/** What detection reads. All of it stays in memory; reasons never quote the summary. */
export interface DetectInput {
  facts: CaseFacts;
  /** Current Entry (Plan Response) text. */
  currentEntry?: string;
  /** CMS's system-generated "Note to Plan". */
  noteToPlan?: string;
  /** Error messages the page shows (a failed save). */
  pageErrors: readonly string[];
  /** The complaint summary: PHI, used only to compute signals. */
  summary?: string;
  /** The plan's own contract numbers (settings), to tell a subsidiary (B) from another plan (A). */
  ownContracts?: readonly string[];
  /**
   * Fact keys the page did not let us read (not found, unreadable or conflicting): a fact
   * missing from `facts` is shown blank only when its key is not listed here.
   */
  unknownFields?: readonly string[];
}

export interface ScenarioMatch {
  scenario: CaseLetter;
  /** Higher is a better fit; only the order matters to the caller. */
  score: number;
  /** Why, in words a caseworker understands; never quotes PHI. */
  reasons: string[];
}
