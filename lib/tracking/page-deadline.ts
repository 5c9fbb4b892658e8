/**
 * The due moment from the page alone: what the panel shows in its first paint, before the
 * background answers. Pure arithmetic on the page's facts (lib/deadlines), with the settings the
 * panel has; the background's answer adds what only it knows (paused time already recorded, the
 * plan's stored settings and policy) and replaces it.
 */
import type { CaseFacts } from '../case';
import type { PanelDeadline } from '../messages';
import type { Settings } from '../settings';
import { clockState } from '../deadlines/clock';
import { scenarioPausesClock } from '../sop/case-scenarios';
import { dueMoment } from '../deadlines/due-moment';
import type { CaseLetter } from '../sop/types';
import { closedOnPage, deriveStatus, leftPlan } from './case-status';

export function pageDeadline(facts: CaseFacts, scenario: CaseLetter | undefined, settings: Settings): PanelDeadline {
  // Stryker disable next-line BooleanLiteral: a page has no done mark, and a done status would stop no clock (only closed and left-plan do)
  const status = deriveStatus({ closed: closedOnPage(facts), leftPlan: leftPlan(facts.contractNumber, settings.contracts), scenario, doneByUser: false });
  const clock = clockState({
    reassignmentRequested: facts.reassignmentRequested,
    reassignmentReason: facts.reassignmentReason,
    scenarioPauses: scenarioPausesClock(scenario, facts.reassignmentReason),
    ended: status === 'closed' || status === 'left-plan',
  });
  const due = dueMoment({
    assignedDate: facts.assignedDate,
    receivedDate: facts.receivedDate,
    issueLevel: facts.issueLevel,
    timeZone: settings.timeZone,
    budgets: settings.budgets,
  });
  if (!due.ok) return { ok: false, reason: due.reason };
  return {
    ok: true,
    iso: due.iso,
    dueMs: due.ms,
    clock,
    usedReceivedDate: due.usedReceivedDate,
    budgetDays: due.budget.days,
    budgetSource: due.budget.source,
    pausedMs: 0,
  };
}

/**
 * Why the background's due moment differs from the one first shown, in words; undefined when it
 * does not. Paused time comes first: only the background knows how long the clock was paused.
 */
// Stryker disable next-line ArrayDeclaration: a default list of any other name sets no policy key either
export function deadlineChange(first: PanelDeadline, answer: PanelDeadline, policyKeys: readonly string[] = []): string | undefined {
  if (!first.ok || !answer.ok || first.iso === answer.iso) return undefined;
  const reasons: string[] = [];
  if (answer.pausedMs > 0) reasons.push('the time the clock was paused (SOP I.4, J.4) is added');
  const budgetChanged = first.budgetDays !== answer.budgetDays || first.budgetSource !== answer.budgetSource;
  const zoneChanged = first.iso.slice(19) !== answer.iso.slice(19) || first.iso.slice(0, 10) !== answer.iso.slice(0, 10);
  if (budgetChanged || (zoneChanged && answer.pausedMs === 0)) {
    const byPolicy = (budgetChanged && policyKeys.includes('budgets')) || (!budgetChanged && policyKeys.includes('timeZone'));
    reasons.push(byPolicy ? 'your organization’s policy sets this plan’s deadline settings' : 'this plan’s saved settings apply');
  }
  if (reasons.length === 0) reasons.push('the background worker knows more about this case than the page shows');
  return `The due date first shown from the page alone was ${usDate(first.iso)}; it is now ${usDate(answer.iso)}: ${reasons.join(', and ')}.`;
}

/** "2026-11-04T23:59:59-05:00" → "11/04/2026", the date in the plan's zone as the ISO text carries it. */
const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
