import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_ALERT_PREFS } from '../../../lib/deadlines/alerts';
import { alertPrefsItem, loadAlertPrefs, loadSentAlerts, saveAlertPrefs, saveSentAlerts, sentAlertsItem } from '../../../lib/store/alert-state';
import { accessDatesItem, loadAccessDates, saveAccessDates } from '../../../lib/store/access-follow-up-dates';

beforeEach(() => fakeBrowser.reset());

describe('alert state', () => {
  it('defaults to every alert on, and keeps what the caseworker chose', async () => {
    expect(await loadAlertPrefs()).toEqual(DEFAULT_ALERT_PREFS);
    await saveAlertPrefs({ at24h: false, at4h: true, overdue: true });
    expect(await loadAlertPrefs()).toEqual({ at24h: false, at4h: true, overdue: true });
  });

  it('unreadable preferences mean all alerts on, never fewer by accident', async () => {
    await alertPrefsItem.setValue({ at24h: 'no' });
    expect(await loadAlertPrefs()).toEqual(DEFAULT_ALERT_PREFS);
  });

  it('remembers sent notification ids (PHI-free: complaint ID and moment only)', async () => {
    await saveSentAlerts(['ctm:2:overdue', 'ctm:1:24h']);
    expect([...(await loadSentAlerts())]).toEqual(['ctm:1:24h', 'ctm:2:overdue']);
    await sentAlertsItem.setValue(['Pat Example']);
    expect((await loadSentAlerts()).size).toBe(0);
  });
});

describe('access follow-up dates (SOP N.1, O.1)', () => {
  it('round-trips the two dates and drops cleared ones', async () => {
    await saveAccessDates({ accessConfirmedDate: '2026-06-01', hpmsRequestedDate: '2026-05-01' });
    expect((await loadAccessDates()).dates).toEqual({ accessConfirmedDate: '2026-06-01', hpmsRequestedDate: '2026-05-01' });
    await saveAccessDates({ hpmsRequestedDate: '2026-05-01' });
    expect((await loadAccessDates()).dates).toEqual({ hpmsRequestedDate: '2026-05-01' });
  });

  it('keeps unreadable dates aside and says so', async () => {
    await accessDatesItem.setValue({ accessConfirmedDate: 'June 1st' });
    const loaded = await loadAccessDates();
    expect(loaded.dates).toEqual({});
    expect(loaded.problem).toMatch(/kept aside/);
    expect((await fakeBrowser.storage.local.get('accessFollowUps.unreadable'))['accessFollowUps.unreadable']).toMatchObject([
      { data: { accessConfirmedDate: 'June 1st' } },
    ]);
  });
});
