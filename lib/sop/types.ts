/**
 * The shape of the SOP as data. Each entry keeps the SOP's own numbering as its id and cites
 * the sentence it comes from, so a reviewer can check it against docs/sop/ctm-plan-sop-2007.txt.
 */
import type { CaseFacts } from '../case';
import type { IssueLevel, ReassignmentReason } from './case-terms';
import type { DetectInput } from '../detect/types';
import type { Provenance } from './provenance';

export type { Provenance, ProvenanceKind } from './provenance';

export const CASE_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'] as const;
export const GUIDE_LETTERS = ['M', 'N', 'O', 'P'] as const;
export const LETTERS = [...CASE_LETTERS, ...GUIDE_LETTERS] as const;

/** Scenarios about one complaint, worked on the Plan Resolution page. */
export type CaseLetter = (typeof CASE_LETTERS)[number];
/** Scenarios about access and questions (M–P), shown as guides in the popup. */
export type GuideLetter = (typeof GUIDE_LETTERS)[number];
export type Letter = CaseLetter | GuideLetter;

/** Scenario G's two paths after validation (SOP G.4–G.6). */
export const RD_BRANCHES = ['critical', 'non-critical'] as const;
export type RdBranch = (typeof RD_BRANCHES)[number];

/** How the page can show that a step is done. Steps without a check are ticked by hand. */
export type StepCheck =
  /** The Current Entry contains this exact phrase (case and spacing ignored). */
  | { kind: 'phrase'; phrase: string }
  /** The Current Entry has text beyond the scenario's required phrases. */
  | { kind: 'note' }
  /** The Current Entry has text and, as submitted (line break = CR LF), fits `max` characters. */
  | { kind: 'note-length'; max: number }
  /** The Current Entry matches a pattern; `what` says in words what it should contain. */
  | { kind: 'note-mentions'; pattern: RegExp; what: string }
  /** The Current Entry names a contract number other than this case's own. */
  | { kind: 'note-names-contract' }
  /** The Current Entry names the caseworker shown on the complaint. */
  | { kind: 'note-names-caseworker' }
  /** The reassignment box is checked with this reason. */
  | { kind: 'reassignment'; reason: ReassignmentReason }
  | { kind: 'requested-category' }
  | { kind: 'requested-issue-level' }
  | { kind: 'resolution-date' }
  | { kind: 'category-assigned' }
  /** The case is closed as resolved: resolution date entered and disposition resolved. */
  | { kind: 'closed-resolved' }
  /** The SOP says do not close: done while open, blocked when the page is set to close. */
  | { kind: 'keep-open' }
  /** Scenario G: the note says which path the case takes (critical or non-critical). */
  | { kind: 'rd-branch' };

export interface SopStep {
  /** The SOP's numbering: 'A.1', 'A.1.a', 'G.5.b.i'. The parent is the id minus its last part. */
  id: string;
  /** Short imperative text for the caseworker. */
  text: string;
  /** A passage of the SOP text, verbatim up to whitespace. */
  cite: string;
  /** All checks must hold for the page to show the step done; none → ticked by hand. */
  checks?: readonly StepCheck[];
  /** Scenario G: the step belongs only to this path. */
  branch?: RdBranch;
  /** Where the step comes from; absent → the SOP item of its own id (checked by the citation test). */
  provenance?: Provenance;
}

export interface RequiredPhrase {
  /** The exact text the Current Entry must contain; with `meaning`, a wording that says it. */
  phrase: string;
  /** The step that asks for it. */
  step: string;
  /** Scenario G: required only on this path. */
  branch?: RdBranch;
  /** Where the phrase comes from; absent → the SOP item of `step`. */
  provenance?: Provenance;
  /** The SOP asks for this meaning, not exact words: any wording the pattern accepts says it. */
  meaning?: PhraseMeaning;
}

export interface PhraseMeaning {
  /** What the note must say, in the SOP's words ("that case has been referred to IntegriGuard"). */
  what: string;
  pattern: RegExp;
}

/** A required phrase with the scenario that asks for it (the active one, or one that also applies). */
export interface ScenarioPhrase extends RequiredPhrase {
  scenario: CaseLetter;
}

/** A clock or follow-up a scenario starts, for the deadline engine. */
export type FollowUp =
  /**
   * Return the complaint to CMS within a range of days that depends on the issue level; `days`
   * picks a number for each level, and `daysFrom` says whose mapping that is.
   */
  | { kind: 'return-to-cms'; step: string; cite: string; days: Record<IssueLevel, number>; daysFrom: Provenance }
  /** The plan's clock pauses while the reassignment box is checked, until CMS acts. */
  | { kind: 'clock-paused-while-reassignment'; step: string; cite: string; reason: ReassignmentReason }
  /** Best-practice contact attempts: `attempts` tries, the last one in writing. */
  | { kind: 'contact-attempts'; step: string; cite: string; attempts: number; writtenAttempt: number }
  /** Check something after a number of business days. */
  | { kind: 'business-days'; step: string; cite: string; days: number; action: string }
  /** Expect something to take at least this many calendar days. */
  | { kind: 'expected-wait'; step: string; cite: string; days: number; action: string };

export interface Note {
  text: string;
  cite: string;
}

/**
 * The popup's one next step for a tracked case worked under the scenario. `from` takes the
 * words from a follow-up instead: the contact attempt due (E), or adds the return-to-CMS date for
 * the case's issue level beside the step, with that mapping's own provenance (L), or puts the
 * moment the caseworker confirmed the path in place of `{since}` (G).
 */
export interface NextStep {
  text: string;
  sop: string;
  /** Where the step comes from; absent → the SOP items in `sop`. */
  provenance?: Provenance;
  from?: 'contact-attempts' | 'return-to-cms' | 'branch-since';
}

/** Which lint rules about the scenario apply, and the step each cites. */
export interface ScenarioLint {
  /** The note names the plan or contract to reassign to. `anyContract`: the plan's own count too. */
  referralTarget?: { step: string; anyContract: boolean };
  /** The note names the caseworker shown on the complaint. */
  caseworkerName?: { step: string };
  /** Best-practice contact attempts are recorded. */
  contactAttempts?: { step: string };
}

/** One detection signal: how much it counts and the reason shown. Reasons never quote PHI. */
export interface Signal {
  weight: number;
  reason: string;
}

/** How the page suggests the scenario. The note's required phrases count without saying so here. */
export interface Detection {
  /** The signals in words, for docs/SCENARIOS.md. */
  described: readonly string[];
  /** Signals from the page alone. */
  signals?(input: DetectInput): Signal[];
  /** Signals read once the first ones are in: the reassignment indicator, whose reasons several scenarios share. */
  corroborate?(input: DetectInput, found: (letter: CaseLetter) => boolean): Signal[];
}

/** One path of a scenario with two (G: a critical or a non-critical RD). */
export interface BranchPath {
  branch: RdBranch;
  /** In words, e.g. 'critical RD'. */
  label: string;
  /** The SOP item the path starts at, e.g. 'G.5'. */
  step: string;
  /** The step that says keep the case open on this path, and who must act before it closes. */
  keepOpen: { step: string; waitingFor: string };
  /** When closing is still right on this path. */
  closeOnlyWhen?: string;
  /** The popup's next step once the caseworker confirmed the path. */
  nextStep: NextStep;
}

/**
 * A scenario with two paths (G: critical or not). CTM Assist suggests one with its reasons; the
 * caseworker confirms it, and until then both paths' steps and emails stay shown.
 */
export interface Branching {
  /** The SOP item where the caseworker decides, e.g. 'G.4'; the choice is shown after its steps. */
  decidedAt: string;
  paths: readonly BranchPath[];
  /** The path the page and the SOP's criteria point to, with the reasons in words (never quoting PHI). */
  suggest(input: { facts: CaseFacts; currentEntry?: string; summary?: string }): { branch: RdBranch; reasons: string[] };
}

/**
 * Once the RO agrees with the plan's reassignment request, the complaint leaves the plan's CTM:
 * the SOP item that says so and where the complaint goes.
 */
export interface HandOver {
  step: string;
  /** Where the complaint goes, in words: "another contract", "CMS Issue". */
  to: string;
}

export interface Scenario {
  letter: Letter;
  title: string;
  /** When the scenario applies, in the SOP's words shortened. */
  appliesWhen: string;
  /** The SOP's "Scenario/ Issue" column, verbatim. */
  cite: string;
  /** A–L: about one complaint. M–P: access and questions. */
  caseScenario: boolean;
  steps: readonly SopStep[];
  notes: readonly Note[];
  requiredPhrases: readonly RequiredPhrase[];
  reassignmentReason?: ReassignmentReason;
  /** The SOP says do NOT close the case in CTM. */
  keepOpen: boolean;
  /** After its reassignment request, the complaint leaves the plan if the RO agrees. */
  handsOver?: HandOver;
  /** When closing is still right despite keepOpen (shown with the keep-open warning). */
  closeOnlyWhen?: string;
  /** Email template ids (TEST-HOOKS.md). */
  emails: readonly string[];
  followUps: readonly FollowUp[];
  /** Order among equal detection scores: lower first (explicit CMS flags first, the caseworker's calls last). */
  tieRank?: number;
  /** The popup's next step; none → the general "resolve and close" step. */
  nextStep?: NextStep;
  /** Lint rules that apply only while this scenario is worked. */
  lint?: ScenarioLint;
  /** Detection signals, each with the reason it shows. */
  detection?: Detection;
  /** Steps with a `branch` need this to tell which path applies. */
  branching?: Branching;
  /**
   * Scenarios that can apply to the same case alongside this one (read both ways): when the
   * page suggests one of them too, its required phrases, keep-open rule and emails apply as well.
   */
  alsoAppliesWith?: readonly CaseLetter[];
}
