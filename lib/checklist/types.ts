import type { CaseFacts } from '../case';
import type { BranchChoice } from '../sop/case-scenarios';
import type { Provenance } from '../sop/types';

export type StepStateValue = 'done' | 'todo' | 'blocked';

export interface StepState {
  /** The SOP numbering, e.g. 'D.1.a' (the `data-step` hook). */
  id: string;
  text: string;
  cite: string;
  /** The `data-state` hook. */
  state: StepStateValue;
  /**
   * 'page': the page shows it; 'manual': the caseworker ticks it; 'substeps': follows its
   * sub-steps (a heading such as 'D.1').
   */
  source: 'page' | 'manual' | 'substeps';
  /** Why the page says so, or what is missing. */
  why?: string;
  /** 0 for 'A.1', 1 for 'A.1.a', 2 for 'G.5.b.i'. */
  depth: number;
  /** Where the step comes from (`data-provenance`). */
  provenance: Provenance;
}

export interface ChecklistInput {
  facts: CaseFacts;
  currentEntry?: string;
  pageErrors: readonly string[];
  /** Steps ticked by hand, by step id (remembered per complaint ID by the caller). */
  ticks: Readonly<Record<string, boolean>>;
  /** The complaint summary (PHI, in memory only). */
  summary?: string;
  /** A branched scenario (G): the path confirmed and the one suggested (branchChoice, computed once by the caller). */
  branch?: BranchChoice;
}
