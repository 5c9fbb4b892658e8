/**
 * Deadlines are data; the alarm only wakes the worker. Each refresh recomputes every tracked
 * case's due moment for the current time, sets the badge, makes the notifications that are due
 * (once per case and moment, remembered across restarts) and re-arms the one alarm for the next
 * moment something changes.
 */
import { badge, dueNotifications, nextWakeUp, pruneSent } from '../../lib/deadlines/alerts';
import { loadAlertPrefs, loadSentAlerts, saveSentAlerts } from '../../lib/store/alert-state';
import { loadSettings } from '../../lib/store/settings-item';
import { loadTrackedCases } from '../../lib/store/tracked-cases';
import { deadlineRows } from '../../lib/tracking/deadline-row';
import { isHpmsUrl } from '../../lib/hpms-url';
import { NOTIFICATION_ICON } from './notification-icon';

export const DEADLINE_ALARM = 'ctm-deadlines';

/** MV3 has `action`; the Firefox MV2 build has `browserAction`. */
function actionApi() {
  const api = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return api.action ?? api.browserAction;
}

async function refreshNow(now: number): Promise<void> {
  const [{ cases }, { settings }, prefs, sent] = await Promise.all([
    loadTrackedCases(),
    loadSettings(),
    loadAlertPrefs(),
    loadSentAlerts(),
  ]);
  const rows = deadlineRows(cases, { now, timeZone: settings.timeZone, budgets: settings.budgets });

  const shown = badge(rows, now);
  const action = actionApi();
  if (action) {
    await action.setBadgeText({ text: shown.text });
    if (shown.color) await action.setBadgeBackgroundColor({ color: shown.color });
  }

  const due = dueNotifications(rows, now, prefs, sent);
  for (const n of due) {
    try {
      await browser.notifications.create(n.id, { type: 'basic', iconUrl: NOTIFICATION_ICON, title: n.title, message: n.message });
      sent.add(n.id);
    } catch {
      // Notifications blocked by the OS or policy: the badge and the popup still show it.
    }
  }
  await saveSentAlerts(pruneSent(sent, rows));

  const next = nextWakeUp(rows, now, prefs);
  if (next === undefined) await browser.alarms.clear(DEADLINE_ALARM);
  else await browser.alarms.create(DEADLINE_ALARM, { when: next });
}

let running: Promise<void> = Promise.resolve();
let queued: Promise<void> | undefined;

/**
 * One refresh at a time (two at once could both send the same notification). Calls made while
 * one runs share a single follow-up run, so a burst of tabs costs two refreshes, not fifty.
 */
export function refreshDeadlines(): Promise<void> {
  if (queued) return queued;
  const next = running
    .catch(() => undefined)
    .then(() => {
      queued = undefined;
      return refreshNow(Date.now());
    });
  queued = next;
  running = next;
  return next;
}

/** Opens the case a notification is about, in a new tab (no `tabs` permission needed). */
export async function openCase(complaintId: string): Promise<boolean> {
  const { cases } = await loadTrackedCases();
  const url = cases.find((c) => c.complaintId === complaintId)?.pageUrl;
  if (!isHpmsUrl(url)) return false;
  await browser.tabs.create({ url });
  return true;
}
