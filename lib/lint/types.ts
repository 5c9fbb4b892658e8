/**
 * The shapes every note-lint rule shares. A finding points at a range of the Current Entry
 * (Plan Response) text as the textarea's `value` holds it (UTF-16 indexes, LF line breaks).
 */
import type { Letter, Provenance, ScenarioPhrase } from '../sop/types';

export type Severity = 'error' | 'warning' | 'info';

/** Replace `text.slice(start, end)` with `replacement`. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * A safe, mechanical correction. Edits are sorted by `start` and never overlap, so the UI can
 * apply them as one replacement of the span they cover (one undo step).
 */
export interface Fix {
  label: string;
  edits: readonly TextEdit[];
  /**
   * Set by `lintNote` when applying the fix would leave the note longer than the limit as
   * submitted while making it longer: by how many characters. The label then says so too.
   */
  overLimitBy?: number;
}

export interface Finding {
  /** Stable rule id, rendered as `data-rule` (TEST-HOOKS.md). */
  rule: string;
  severity: Severity;
  message: string;
  /** The text range the finding is about; `start === end` marks a place (e.g. a missing phrase). */
  start: number;
  end: number;
  fix?: Fix;
  /** `phrase` → `data-phrase` (required-phrase), `term` → `data-term` (abbreviation). */
  data?: { phrase?: string; term?: string };
  /** Where this finding comes from when it is narrower than its rule's (a required phrase: the step that asks for it). */
  provenance?: Provenance;
}

export type ScenarioId = Letter;

/** What the rules may know about the case; everything is optional (no scenario: general rules only). */
export interface LintContext {
  /** The active scenario being worked. */
  scenario?: ScenarioId;
  /**
   * The phrases the note must carry: of the active scenario and of those that also apply (from
   * lib/sop), each with its scenario and step. A plain string is exact words with no source named.
   */
  requiredPhrases?: readonly (string | ScenarioPhrase)[];
  /** The caseworker shown on the complaint (SOP F.3.c). */
  caseworker?: string;
  /** The plan's own contract numbers (settings), e.g. ["S1234"]. */
  ownContracts?: readonly string[];
}

export type Rule = (text: string, context: LintContext) => Finding[];

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
