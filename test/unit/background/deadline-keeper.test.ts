/**
 * The background's deadline keeper over fakeBrowser: badge, one notification per case and moment
 * (remembered in storage), the one alarm re-armed at the next moment, opening a case.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_RED } from '../../../lib/deadlines/alerts';
import { saveAlertPrefs } from '../../../lib/store/alert-state';
import { upsertTrackedCase } from '../../../lib/store/tracked-cases';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';
import { DEADLINE_ALARM, openCase, refreshDeadlines } from '../../../entrypoints/background/deadline-keeper';

const H = 3_600_000;
// 12:00 EDT on 3 June 2026.
const NOW = Date.parse('2026-06-03T16:00:00Z');
// Urgent (7 days) assigned 27 May: due 3 June 23:59:59 EDT, 12 hours from NOW.
const DUE_TONIGHT = Date.parse('2026-06-04T03:59:59Z');

function tc(id: string, extra: Partial<TrackedCase> = {}): TrackedCase {
  const seen = new Date(NOW - H).toISOString();
  return {
    complaintId: id,
    contractNumber: 'S1234',
    issueLevel: 'urgent',
    assignedDate: '2026-05-27',
    clock: 'running',
    pauses: [],
    status: 'open',
    doneByUser: false,
    pageUrl: `https://hpms.cms.gov/hpms/ctm/case.html?ComplaintID=${id}`,
    firstSeen: seen,
    lastSeen: seen,
    ...extra,
  };
}

const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll()).sort();
const alarmAt = async () => (await fakeBrowser.alarms.get(DEADLINE_ALARM))?.scheduledTime;

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('deadline keeper', () => {
  it('badges due-within-24h plus overdue in red, notifies each once, and wakes at the next moment', async () => {
    await upsertTrackedCase(tc('101')); // due tonight: the 24 h moment has been reached
    await upsertTrackedCase(tc('102', { assignedDate: '2026-05-20' })); // due 27 May: overdue
    await upsertTrackedCase(tc('103', { assignedDate: '2026-06-03' })); // due 10 June
    await refreshDeadlines();

    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xd9, 0x30, 0x25, 255]);
    expect(BADGE_RED).toBe('#D93025');
    expect(await notificationIds()).toEqual(['ctm:101:24h', 'ctm:102:overdue']);
    // Next: 4 hours before 101 is due.
    expect(await alarmAt()).toBe(DUE_TONIGHT - 4 * H);
  });

  it('does not repeat a notification after the worker restarts (sent ids are in storage)', async () => {
    await upsertTrackedCase(tc('102', { assignedDate: '2026-05-20' }));
    await refreshDeadlines();
    await fakeBrowser.notifications.clear('ctm:102:overdue');
    await refreshDeadlines();
    expect(await notificationIds()).toEqual([]);
  });

  it('makes the 4 h notice when the alarm wakes the worker at that moment', async () => {
    await upsertTrackedCase(tc('101'));
    await refreshDeadlines();
    vi.setSystemTime(DUE_TONIGHT - 4 * H);
    await refreshDeadlines();
    expect(await notificationIds()).toEqual(['ctm:101:24h', 'ctm:101:4h']);
    expect(await alarmAt()).toBe(DUE_TONIGHT + 1000);
  });

  it('honours the alert preferences', async () => {
    await saveAlertPrefs({ at24h: false, at4h: true, overdue: false });
    await upsertTrackedCase(tc('101'));
    await upsertTrackedCase(tc('102', { assignedDate: '2026-05-20' }));
    await refreshDeadlines();
    expect(await notificationIds()).toEqual([]);
    // The badge still counts them: it is not a notification.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('a paused clock (SOP I.4) and a case marked done raise no alert and no badge; no alarm when nothing is ahead', async () => {
    await upsertTrackedCase(
      tc('201', { clock: 'paused', reassignmentRequested: true, reassignmentReason: 'category', pauses: [{ from: new Date(NOW - H).toISOString() }] }),
    );
    await upsertTrackedCase(tc('202', { assignedDate: '2026-05-20', status: 'done', doneByUser: true }));
    await fakeBrowser.alarms.create(DEADLINE_ALARM, { when: NOW + H });
    await refreshDeadlines();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await notificationIds()).toEqual([]);
    expect(await alarmAt()).toBeUndefined();
  });

  it('a burst of refreshes (many tabs) makes each notification once', async () => {
    await upsertTrackedCase(tc('102', { assignedDate: '2026-05-20' }));
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    await Promise.all(Array.from({ length: 20 }, () => refreshDeadlines()));
    expect(created).toHaveBeenCalledTimes(1);
  });

  it('opens the case a notification is about in a new tab', async () => {
    await upsertTrackedCase(tc('101'));
    expect(await openCase('101')).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain('https://hpms.cms.gov/hpms/ctm/case.html?ComplaintID=101');
    expect(await openCase('999')).toBe(false);
  });
});
