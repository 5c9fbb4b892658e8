/**
 * Which notifications are due, when the worker must wake next, and what the badge shows.
 * Deadlines are data; alarms only wake the worker, which calls these with the current time.
 */
import type { ClockState } from './clock';

const HOUR = 3_600_000;

export interface AlertPrefs {
  at24h: boolean;
  at4h: boolean;
  overdue: boolean;
}

export const DEFAULT_ALERT_PREFS: AlertPrefs = { at24h: true, at4h: true, overdue: true };

/** What alerts need of a case; `active` is false once closed, left the plan or marked done. */
export interface AlertCase {
  complaintId: string;
  dueMs: number | undefined;
  clock: ClockState;
  active: boolean;
}

export type AlertMoment = '24h' | '4h' | 'overdue';

export interface DueNotification {
  /** `ctm:<complaintId>:<moment>`: one notification per case and moment. */
  id: string;
  complaintId: string;
  moment: AlertMoment;
  title: string;
  message: string;
}

export function notificationId(complaintId: string, moment: AlertMoment): string {
  return `ctm:${complaintId}:${moment}`;
}

/** The complaint ID a notification id names (for opening the case on click). */
export function complaintIdOfNotification(id: string): string | undefined {
  return /^ctm:(\d+):(?:24h|4h|overdue)$/.exec(id)?.[1];
}

/** A paused clock waits for CMS (SOP I.4, J.4): no alerts until it runs again. */
function counting(c: AlertCase): c is AlertCase & { dueMs: number } {
  return (
    c.active &&
    c.clock === 'running' &&
    // Stryker disable next-line ConditionalExpression: a missing due moment compares false everywhere (NaN), so the case is skipped either way
    c.dueMs !== undefined
  );
}

/** The most urgent enabled moment reached at `now`, if any. */
function reachedMoment(dueMs: number, now: number, prefs: AlertPrefs): AlertMoment | undefined {
  if (now > dueMs) return prefs.overdue ? 'overdue' : undefined;
  if (prefs.at4h && now >= dueMs - 4 * HOUR) return '4h';
  if (prefs.at24h && now >= dueMs - 24 * HOUR) return '24h';
  return undefined;
}

const TEXT: Record<AlertMoment, (id: string) => { title: string; message: string }> = {
  '24h': (id) => ({ title: `CTM complaint ${id} due within 24 hours`, message: 'Open the case to finish it in time.' }),
  '4h': (id) => ({ title: `CTM complaint ${id} due within 4 hours`, message: 'Open the case to finish it in time.' }),
  overdue: (id) => ({ title: `CTM complaint ${id} is overdue`, message: 'The resolution deadline has passed.' }),
};

/**
 * Notifications to create now: for each counting case the most urgent moment reached, unless
 * already sent. A case that jumps straight into the last 4 hours gets one notification, not two.
 */
export function dueNotifications(
  cases: readonly AlertCase[],
  now: number,
  prefs: AlertPrefs,
  sent: ReadonlySet<string>,
): DueNotification[] {
  const out: DueNotification[] = [];
  for (const c of cases) {
    if (!counting(c)) continue;
    const moment = reachedMoment(c.dueMs, now, prefs);
    if (!moment) continue;
    const id = notificationId(c.complaintId, moment);
    if (sent.has(id)) continue;
    out.push({ id, complaintId: c.complaintId, moment, ...TEXT[moment](c.complaintId) });
  }
  return out;
}

/** Sent ids of cases still tracked, so the set does not grow for ever. */
export function pruneSent(sent: Iterable<string>, cases: readonly AlertCase[]): Set<string> {
  const ids = new Set(cases.filter((c) => c.active).map((c) => c.complaintId));
  // Stryker disable next-line StringLiteral: no complaint ID is empty or any other filler, so an id naming no case matches none either way
  return new Set([...sent].filter((id) => ids.has(complaintIdOfNotification(id) ?? '')));
}

/**
 * The next instant after `now` at which a notification or the badge changes: 24 h before due
 * (badge and alert), 4 h before (alert, when enabled) and the second after the due moment.
 */
export function nextWakeUp(cases: readonly AlertCase[], now: number, prefs: AlertPrefs): number | undefined {
  let next: number | undefined;
  for (const c of cases) {
    if (!counting(c)) continue;
    // Overdue starts the second after the due moment (23:59:59 is still in time).
    const candidates = [c.dueMs - 24 * HOUR, c.dueMs + 1000];
    if (prefs.at4h) candidates.push(c.dueMs - 4 * HOUR);
    for (const t of candidates) {
      if (t <= now) continue;
      // Stryker disable next-line EqualityOperator: of two equal instants either may be kept
      if (next === undefined || t < next) next = t;
    }
  }
  return next;
}

export const BADGE_RED = '#D93025';
export const BADGE_AMBER = '#F9AB00';

export interface Badge {
  /** Cases due within 24 h plus overdue ones; '' when none. */
  text: string;
  color: string | undefined;
  overdue: number;
  dueSoon: number;
}

export function badge(cases: readonly AlertCase[], now: number): Badge {
  let overdue = 0;
  let dueSoon = 0;
  for (const c of cases) {
    if (!counting(c)) continue;
    if (now > c.dueMs) overdue += 1;
    else if (c.dueMs - now <= 24 * HOUR) dueSoon += 1;
  }
  const count = overdue + dueSoon;
  return {
    text: count === 0 ? '' : String(count),
    color: overdue > 0 ? BADGE_RED : count > 0 ? BADGE_AMBER : undefined,
    overdue,
    dueSoon,
  };
}
