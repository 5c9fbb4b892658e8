/**
 * What a caseworker reads and sees by default: every alert on until they turn one off, the
 * notification wording per moment, and the badge colours.
 *
 * The module is imported afresh inside each test (not at the top of the file), so that its
 * tables, which are built at import, are built under the test that checks them.
 */
import { describe, expect, it, vi } from 'vitest';
import { alertCase } from './alert-case';

const H = 3_600_000;
const now = Date.parse('2026-06-01T12:00:00Z');
const kase = (id: string, dueMs: number) => alertCase(id, dueMs);

async function freshAlerts() {
  vi.resetModules();
  return import('../../../lib/deadlines/alerts');
}

describe('alerts are all on until the caseworker turns one off', () => {
  it('the defaults raise the 24 hour, 4 hour and overdue alerts', async () => {
    const { DEFAULT_ALERT_PREFS, dueNotifications } = await freshAlerts();
    expect(DEFAULT_ALERT_PREFS).toEqual({ at24h: true, at4h: true, overdue: true });
    const cases = [kase('1', now + 20 * H), kase('2', now + 3 * H), kase('3', now - H)];
    expect(dueNotifications(cases, now, DEFAULT_ALERT_PREFS, new Set()).map((n) => n.moment)).toEqual(['24h', '4h', 'overdue']);
  });
});

describe('notification wording', () => {
  it('names the complaint and how soon it is due, and says what to do', async () => {
    const { DEFAULT_ALERT_PREFS, dueNotifications } = await freshAlerts();
    const cases = [kase('101', now + 20 * H), kase('102', now + 3 * H), kase('103', now - H)];
    expect(dueNotifications(cases, now, DEFAULT_ALERT_PREFS, new Set())).toEqual([
      {
        id: 'ctm:101:24h',
        complaintId: '101',
        moment: '24h',
        title: 'CTM complaint 101 due within 24 hours',
        message: 'Open the case to finish it in time.',
      },
      {
        id: 'ctm:102:4h',
        complaintId: '102',
        moment: '4h',
        title: 'CTM complaint 102 due within 4 hours',
        message: 'Open the case to finish it in time.',
      },
      {
        id: 'ctm:103:overdue',
        complaintId: '103',
        moment: 'overdue',
        title: 'CTM complaint 103 is overdue',
        message: 'The resolution deadline has passed.',
      },
    ]);
  });
});

describe('badge colours', () => {
  it('red when any case is overdue, amber when some are due within 24 hours', async () => {
    const { BADGE_AMBER, BADGE_RED, badge } = await freshAlerts();
    expect([BADGE_RED, BADGE_AMBER]).toEqual(['#D93025', '#F9AB00']);
    expect(badge([kase('1', now - H)], now).color).toBe('#D93025');
    expect(badge([kase('1', now + H)], now).color).toBe('#F9AB00');
  });
});
