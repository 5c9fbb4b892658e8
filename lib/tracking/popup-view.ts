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
import type { BudgetSettings } from '../deadlines/budgets';
import { DEFAULT_TIME_ZONE } from '../time-zone';
import { compareRows, type DeadlineRow, type RowBasis, rowAt } from './deadline-row';
import type { StepBasis } from './next-step';

/** The stored shape's version; another one is ignored and rebuilt. */
export const POPUP_VIEW_FORMAT = 1;

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
  'dueProblem', 'usedReceivedDate', 'budgetDays', 'budgetSource', 'pausedMs', 'openPauses', 'step', 'pageUrl',
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
    return ROW_FIELDS.map((field) => (field === 'step' ? step : (b[field] ?? null)));
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
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const orNull = (check: (v: unknown) => boolean) => (v: unknown) => v === null || check(v);
const inSet = (set: ReadonlySet<unknown>) => (v: unknown) => set.has(v);

const CHECKS: Record<(typeof ROW_FIELDS)[number], (v: unknown) => boolean> = {
  complaintId: (v) => isString(v) && /^\d+$/.test(v),
  contractNumber: orNull(isString),
  issueLevel: orNull(inSet(LEVELS)),
  scenario: orNull(inSet(SCENARIOS)),
  category: orNull(isString),
  clock: inSet(CLOCKS),
  status: inSet(STATUSES),
  dueMs: orNull(isNumber),
  dueIso: orNull(isString),
  dueProblem: orNull(isString),
  usedReceivedDate: (v) => typeof v === 'boolean',
  budgetDays: orNull(isNumber),
  budgetSource: orNull(inSet(SOURCES)),
  pausedMs: (v) => isNumber(v) && v >= 0,
  openPauses: (v) => Array.isArray(v) && v.every(isNumber),
  step: (v) => Number.isInteger(v),
  pageUrl: isString,
};

function isStep(v: unknown): v is StepBasis {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    isString(s.text) &&
    (s.sop === undefined || isString(s.sop)) &&
    (s.after === undefined || isString(s.after)) &&
    (s.waitingSince === undefined || isNumber(s.waitingSince))
  );
}

/**
 * The view stored as `raw`, if it is whole and was built from the cases whose meta is `meta`;
 * undefined otherwise (missing, damaged, another format or another revision: read the cases).
 */
export function readPopupView(raw: unknown, meta: unknown): PopupView | undefined {
  if (typeof raw !== 'string') return undefined;
  const rev = (meta as { rev?: unknown } | null | undefined)?.rev;
  if (typeof rev !== 'string') return undefined;
  let stored: Record<string, unknown>;
  try {
    stored = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { v, timeZone, budgets, steps, rows } = stored;
  if (v !== POPUP_VIEW_FORMAT || stored.rev !== rev || !isString(timeZone)) return undefined;
  if (!Array.isArray(budgets) || budgets.length !== 2 || !budgets.every(orNull(isNumber))) return undefined;
  if (!Array.isArray(steps) || !steps.every(isStep) || !Array.isArray(rows)) return undefined;
  const bases: RowBasis[] = [];
  for (const row of rows as unknown[]) {
    if (!Array.isArray(row) || row.length !== ROW_FIELDS.length) return undefined;
    const basis: Record<string, unknown> = {};
    for (let i = 0; i < ROW_FIELDS.length; i++) {
      const field = ROW_FIELDS[i]!;
      const value: unknown = row[i];
      if (!CHECKS[field](value)) return undefined;
      if (field === 'step') {
        const step = steps[value as number] as StepBasis | undefined;
        if (!step) return undefined;
        basis.step = step;
      } else if (value !== null) basis[field] = value;
    }
    bases.push(basis as unknown as RowBasis);
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
