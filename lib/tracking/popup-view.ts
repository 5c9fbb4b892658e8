/**
 * The popup's view of the tracked cases, precomputed by the background (their single writer) and
 * kept in storage beside them: each case's RowBasis (lib/tracking/deadline-row.ts), what its row
 * shows apart from what moves with time, so the popup reads about a third of the bytes and
 * computes no due moments. PHI-free like the cases it comes from (IDs, contract, level, dates,
 * scenario, clock, next step, page URL).
 *
 * Derived data, never the only copy: it carries the revision of the cases it was built from
 * (`rev`, also in the cases' meta) and the settings that decide due moments (time zone, budgets).
 * A view that is missing, of another format, of another revision or settings, or damaged is
 * ignored (the popup reads the cases as before) and the background builds it again. No zod here:
 * the popup reads it before anything else loads, so the checks are plain and cheap.
 *
 * Stored as one JSON string: the browser hands a string over far faster than 1,000 objects.
 * Rows are arrays (see ROW_FIELDS) and equal next steps are stored once.
 */
import { ISSUE_LEVELS } from '../case-keys';
import type { IssueLevel } from '../case';
import type { BudgetSettings, BudgetSource } from '../deadlines/budgets';
import type { ClockState } from '../deadlines/clock';
import { DEFAULT_TIME_ZONE } from '../time-zone';
import { compareRows, type DeadlineRow, type HandedOverRow, type RowBasis, rowAt } from './deadline-row';
import type { StepBasis } from './next-step';
import type { CaseStatus, ScenarioLetter } from './tracked-case';

/** The stored shape's version; another one is ignored and rebuilt. */
export const POPUP_VIEW_FORMAT = 2;

export interface PopupView {
  v: typeof POPUP_VIEW_FORMAT;
  /** The tracked cases' revision it was built from (their meta `rev`). */
  rev: string;
  timeZone: string;
  /** urgentDays, noLevelDays as set (null: the default). */
  budgets: [number | null, number | null];
  rows: RowBasis[];
}

/** The settings that decide a row's due moment and next step, as the view records them. */
export interface ViewSettings {
  timeZone?: string;
  budgets?: BudgetSettings;
}

/** The order of a row's fields in storage. */
const ROW_FIELDS = [
  'complaintId', 'contractNumber', 'issueLevel', 'scenario', 'category', 'clock', 'status', 'dueMs', 'dueIso',
  'dueProblem', 'usedReceivedDate', 'budgetDays', 'budgetSource', 'pausedMs', 'openPauses', 'step', 'pageUrl', 'handedOver',
] as const satisfies readonly (keyof RowBasis)[];

const budgetsOf = (budgets: BudgetSettings | undefined): [number | null, number | null] => [budgets?.urgentDays ?? null, budgets?.noLevelDays ?? null];

/** The stored form of the view of `bases`, built from the cases of revision `rev` with `settings`. */
export function encodePopupView(bases: readonly RowBasis[], rev: string, settings: ViewSettings): string {
  const steps: StepBasis[] = [];
  const stepIndex = new Map<string, number>();
  const rows = bases.map((b) => {
    const stepKey = JSON.stringify(b.step);
    let step = stepIndex.get(stepKey);
    if (step === undefined) {
      step = steps.length;
      steps.push(b.step);
      stepIndex.set(stepKey, step);
    }
    const row = ROW_FIELDS.map((field) => (field === 'step' ? step : (b[field] ?? null)));
    // Most rows are not handed over: their last field is left out rather than stored as null.
    if (row[row.length - 1] === null) row.pop();
    return row;
  });
  const timeZone = settings.timeZone ?? DEFAULT_TIME_ZONE;
  return JSON.stringify({ v: POPUP_VIEW_FORMAT, rev, timeZone, budgets: budgetsOf(settings.budgets), steps, rows });
}

// Plain checks that each value is what rowBasis writes; anything else rejects the whole view.
const CLOCKS: ReadonlySet<unknown> = new Set(['running', 'paused', 'stopped']);
const STATUSES: ReadonlySet<unknown> = new Set(['open', 'closed', 'left-plan', 'done']);
const LEVELS: ReadonlySet<unknown> = new Set(ISSUE_LEVELS);
const SCENARIOS: ReadonlySet<unknown> = new Set('ABCDEFGHIJKLMNOP');
const SOURCES: ReadonlySet<unknown> = new Set(['SOP key 11', 'CMS guidance (default; set in options)', 'plan setting']);
const isString = (v: unknown): v is string => typeof v === 'string';
// Number.isFinite is false for anything not a number (no coercion), and JSON holds no NaN or Infinity.
const isNumber = (v: unknown): v is number => Number.isFinite(v);
const DIGITS = /^\d+$/;
/**
 * The fields of a stored value: none for null; a number, string or boolean has none of the fields
 * looked for either, so each fails the checks below like any other wrong value.
 */
const fieldsOf = (v: unknown): Record<string, unknown> => Object(v) as Record<string, unknown>;
const optional = <T>(v: unknown, check: (v: unknown) => v is T): T | undefined | false => (v === null ? undefined : check(v) ? v : false);
const inSet = <T>(set: ReadonlySet<unknown>) => (v: unknown): v is T => set.has(v);
const isLevel = inSet<IssueLevel>(LEVELS);
const isScenario = inSet<ScenarioLetter>(SCENARIOS);
const isSource = inSet<BudgetSource>(SOURCES);

/**
 * One stored row (ROW_FIELDS order) as a RowBasis, or undefined when any value is not what
 * rowBasis writes. Written out field by field, every row the same shape: this runs 1,000 times
 * while the popup opens, before the code is warm.
 */
function decodeRow(r: unknown, steps: readonly StepBasis[]): RowBasis | undefined {
  if (!Array.isArray(r) || (r.length !== ROW_FIELDS.length && r.length !== ROW_FIELDS.length - 1)) return undefined;
  const complaintId: unknown = r[0];
  const contractNumber = optional(r[1], isString);
  const issueLevel = optional(r[2], isLevel);
  const scenario = optional(r[3], isScenario);
  const category = optional(r[4], isString);
  const clock: unknown = r[5];
  const status: unknown = r[6];
  const dueMs = optional(r[7], isNumber);
  const dueIso = optional(r[8], isString);
  const dueProblem = optional(r[9], isString);
  const usedReceivedDate: unknown = r[10];
  const budgetDays = optional(r[11], isNumber);
  const budgetSource = optional(r[12], isSource);
  const pausedMs: unknown = r[13];
  const openPauses: unknown = r[14];
  const step = typeof r[15] === 'number' ? steps[r[15]] : undefined;
  const pageUrl: unknown = r[16];
  const handedOver = optional(r[17] ?? null, isHandedOver);
  if (!isString(complaintId) || !DIGITS.test(complaintId) || !CLOCKS.has(clock) || !STATUSES.has(status)) return undefined;
  if (contractNumber === false || issueLevel === false || scenario === false || category === false) return undefined;
  if (dueMs === false || dueIso === false || dueProblem === false || budgetDays === false || budgetSource === false) return undefined;
  if (typeof usedReceivedDate !== 'boolean' || !isNumber(pausedMs) || pausedMs < 0 || !isString(pageUrl) || !step) return undefined;
  if (!Array.isArray(openPauses) || !openPauses.every(isNumber) || handedOver === false) return undefined;
  const basis: RowBasis = {
    complaintId,
    contractNumber,
    issueLevel,
    scenario,
    category,
    clock: clock as ClockState,
    status: status as CaseStatus,
    dueMs,
    dueIso,
    dueProblem,
    usedReceivedDate,
    budgetDays,
    budgetSource,
    pausedMs,
    openPauses: openPauses as number[],
    step,
    pageUrl,
    handedOver,
  };
  return basis;
}

const ANSWERS: ReadonlySet<unknown> = new Set([undefined, 'gone', 'kept']);

function isHandedOver(v: unknown): v is HandedOverRow {
  const h = fieldsOf(v);
  return isString(h.to) && isString(h.step) && isNumber(h.lastSeenMs) && (h.atMs === undefined || isNumber(h.atMs)) && ANSWERS.has(h.answer);
}

const PROVENANCE_WORDS: ReadonlyMap<unknown, string> = new Map([['sop', 'item'], ['cms-guidance', 'which'], ['ctm-assist', 'reason']]);

/** A Provenance as provenance.ts writes it: its kind and the one string that kind carries. */
function isProvenance(v: unknown): boolean {
  const p = fieldsOf(v);
  const words = PROVENANCE_WORDS.get(p.kind);
  return words !== undefined && isString(p[words]);
}

function isDetail(v: unknown): boolean {
  if (v === undefined) return true;
  const d = fieldsOf(v);
  return d.kind === 'return-to-cms' && isString(d.text);
}

function isStep(v: unknown): v is StepBasis {
  const s = fieldsOf(v);
  return (
    isString(s.text) &&
    isProvenance(s.provenance) &&
    isDetail(s.detail) &&
    (s.sop === undefined || isString(s.sop)) &&
    (s.after === undefined || isString(s.after)) &&
    (s.waitingSince === undefined || isNumber(s.waitingSince))
  );
}

/** The fields of the JSON text `raw`: none when it is not JSON or not a JSON object. */
function jsonFields(raw: string): Record<string, unknown> {
  try {
    return fieldsOf(JSON.parse(raw));
  } catch {
    return {};
  }
}

/**
 * The view stored as `raw`, if it is whole and was built from the cases whose meta is `meta`;
 * undefined otherwise (missing, damaged, another format or another revision: read the cases).
 */
export function readPopupView(raw: unknown, meta: unknown): PopupView | undefined {
  if (typeof raw !== 'string') return undefined;
  const rev = (meta as { rev?: unknown } | null | undefined)?.rev;
  if (typeof rev !== 'string') return undefined;
  const stored = jsonFields(raw);
  const { v, timeZone, budgets, steps, rows } = stored;
  if (v !== POPUP_VIEW_FORMAT || stored.rev !== rev || !isString(timeZone)) return undefined;
  if (!Array.isArray(budgets) || budgets.length !== 2 || !budgets.every((b) => b === null || isNumber(b))) return undefined;
  if (!Array.isArray(steps) || !steps.every(isStep) || !Array.isArray(rows)) return undefined;
  const bases: RowBasis[] = [];
  for (const row of rows as unknown[]) {
    const basis = decodeRow(row, steps);
    if (!basis) return undefined;
    bases.push(basis);
  }
  return { v: POPUP_VIEW_FORMAT, rev, timeZone, budgets: budgets as [number | null, number | null], rows: bases };
}

/** Whether the view was built with the settings in force (otherwise its due moments are not theirs). */
export function viewFits(view: PopupView, settings: ViewSettings): boolean {
  const [urgent, noLevel] = budgetsOf(settings.budgets);
  return view.timeZone === (settings.timeZone ?? DEFAULT_TIME_ZONE) && view.budgets[0] === urgent && view.budgets[1] === noLevel;
}

/** The view's rows at `now`, soonest due first (as deadlineRows sorts the cases' rows). */
export function popupViewRows(view: PopupView, now: number): DeadlineRow[] {
  const rows: DeadlineRow[] = [];
  for (const basis of view.rows) rows.push(rowAt(basis, now, view.timeZone));
  return rows.sort(compareRows);
}
