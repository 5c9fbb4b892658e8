/**
 * Calendar-day budgets by issue level (DOMAIN.md "Issue levels and time"). Each budget carries
 * where its number comes from, so the UI can say so.
 */
import type { IssueLevel } from '../case';

export type BudgetSource = 'SOP key 11' | 'CMS guidance (default; set in options)' | 'plan setting';

export interface Budget {
  days: number;
  source: BudgetSource;
}

/** The `budgets` part of the plan settings (lib/settings.ts). */
export interface BudgetSettings {
  urgentDays?: number;
  noLevelDays?: number;
}

/** SOP key 11: Immediate Need complaints are resolved within 2 calendar days of assignment. */
export const IMMEDIATE_NEED_DAYS = 2;
/** Later CMS guidance, not in the 2007 SOP: defaults a plan may change. */
export const DEFAULT_URGENT_DAYS = 7;
export const DEFAULT_NO_LEVEL_DAYS = 30;

const GUIDANCE: BudgetSource = 'CMS guidance (default; set in options)';

/** A missing issue level is the CTM's "none": everything that is not immediate need or urgent. */
export function budgetFor(level: IssueLevel | undefined, settings: BudgetSettings = {}): Budget {
  if (level === 'immediate-need') return { days: IMMEDIATE_NEED_DAYS, source: 'SOP key 11' };
  if (level === 'urgent') {
    return settings.urgentDays !== undefined
      ? { days: settings.urgentDays, source: 'plan setting' }
      : { days: DEFAULT_URGENT_DAYS, source: GUIDANCE };
  }
  return settings.noLevelDays !== undefined
    ? { days: settings.noLevelDays, source: 'plan setting' }
    : { days: DEFAULT_NO_LEVEL_DAYS, source: GUIDANCE };
}

/** `data-budget-provenance`: Immediate Need is the SOP's (key 11); Urgent and no-level budgets are later CMS guidance, even when the plan set them. */
export function budgetProvenance(source: string): 'sop' | 'cms-guidance' {
  return source === 'SOP key 11' ? 'sop' : 'cms-guidance';
}
