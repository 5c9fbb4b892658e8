/**
 * The background worker: the single writer of tracked cases and checklist progress, and the
 * deadline keeper (alarms wake it; deadlines are data). Messages are validated with zod here.
 * Listeners are registered at the top level so a stopped worker woken by an alarm, a click or a
 * message finds them.
 */
import { complaintIdOfNotification } from '../../lib/deadlines/alerts';
import { messaging } from '../../lib/messages';
import { watchAlertPrefs } from '../../lib/store/alert-state';
import { watchSettings } from '../../lib/store/settings-item';
import { handleCaseSeen, handlePickBranch, handlePickScenario, handleSetTick } from './case-messages';
import { openWelcomeOnInstall } from './first-run';
import { forwardPanelShortcut } from './panel-shortcuts';
import { fromSamplePage, samplePickBranch, samplePickScenario, sampleCaseSeen, sampleSetTick, watchSampleTabs } from './sample-case';
import { DEADLINE_ALARM, openCase, refreshDeadlines } from './deadline-keeper';
import { handleClearUnreadable, handleSetCaseDone, handleSetHandOver, handleTrackedCases } from './popup-messages';
import { restampPopupView, watchForeignCaseWrites } from './popup-view-keeper';
import { watchCaseHistory } from './history-recorder';

/** Runs the refresh without letting its failure break the message answer. */
function refreshSoon(): void {
  refreshDeadlines().catch(() => undefined);
}

export default defineBackground(() => {
  messaging.onMessage('caseSeen', async ({ data, sender }) => {
    if (fromSamplePage(sender)) return sampleCaseSeen(data, sender);
    const answer = await handleCaseSeen(data);
    refreshSoon();
    return answer;
  });
  messaging.onMessage('setTick', ({ data, sender }) => (fromSamplePage(sender) ? sampleSetTick(data, sender) : handleSetTick(data)));
  messaging.onMessage('pickScenario', ({ data, sender }) => (fromSamplePage(sender) ? samplePickScenario(data, sender) : handlePickScenario(data)));
  messaging.onMessage('pickBranch', ({ data, sender }) => (fromSamplePage(sender) ? samplePickBranch(data, sender) : handlePickBranch(data)));
  messaging.onMessage('trackedCases', () => handleTrackedCases());
  messaging.onMessage('setCaseDone', async ({ data }) => {
    const answer = await handleSetCaseDone(data);
    refreshSoon();
    return answer;
  });
  messaging.onMessage('setHandOver', async ({ data }) => {
    const answer = await handleSetHandOver(data);
    refreshSoon();
    return answer;
  });
  messaging.onMessage('clearUnreadable', async () => {
    const answer = await handleClearUnreadable();
    refreshSoon();
    return answer;
  });

  // Alarms may not survive a browser restart or an update: re-arm from the data every time.
  browser.runtime.onInstalled.addListener(refreshSoon);
  browser.runtime.onStartup.addListener(refreshSoon);
  // The popup's view: rebuilt on start (its format may have changed), with the settings, and after
  // anyone else wrote the cases.
  browser.runtime.onInstalled.addListener(restampPopupView);
  browser.runtime.onStartup.addListener(restampPopupView);
  watchSettings(restampPopupView);
  watchForeignCaseWrites();
  watchCaseHistory();
  watchSampleTabs();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DEADLINE_ALARM) refreshSoon();
  });
  watchAlertPrefs(refreshSoon);
  watchSettings(refreshSoon);

  // First run: the welcome page (not on an update or a reload); and the panel's shortcuts.
  browser.runtime.onInstalled.addListener((details) => void openWelcomeOnInstall(details).catch(() => undefined));
  browser.commands.onCommand.addListener((command, tab) => void forwardPanelShortcut(command, tab));

  browser.notifications.onClicked.addListener((id) => {
    const complaintId = complaintIdOfNotification(id);
    if (!complaintId) return;
    void openCase(complaintId).then(() => browser.notifications.clear(id));
  });
});
