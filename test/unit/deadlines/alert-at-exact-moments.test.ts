/**
 * Alerts and the badge at the exact instants a caseworker would notice them change: the moment
 * a case becomes due within 24 h, and the due moment itself (23:59:59 of the last calendar day,
 * which is still in time). The 24 h and 4 h moments are CTM Assist's choice, not the SOP's; the
 * due moment counts calendar days (SOP key 11: "within 2 calendar days").
 */
import { describe, expect, it } from 'vitest';
import {
  type AlertCase,
  badge,
  complaintIdOfNotification,
  DEFAULT_ALERT_PREFS,
  dueNotifications,
  nextWakeUp,
  pruneSent,
} from '../../../lib/deadlines/alerts';
import { alertCase } from './alert-case';

const H = 3_600_000;
// 23:59:59 EDT on 3 June 2026: the end of the last calendar day.
const DUE = Date.parse('2026-06-04T03:59:59Z');
const kase = (id: string, extra: Partial<AlertCase> = {}) => alertCase(id, DUE, extra);
const momentsAt = (now: number, prefs = DEFAULT_ALERT_PREFS) =>
  dueNotifications([kase('7')], now, prefs, new Set()).map((n) => n.moment);

describe('a case is not called overdue while its last second is still running (SOP key 11: calendar days)', () => {
  it('at 23:59:59 of the due day the alert says "due within 4 hours", not "overdue"', () => {
    expect(momentsAt(DUE)).toEqual(['4h']);
  });
  it('one second later it is overdue', () => {
    expect(momentsAt(DUE + 1000)).toEqual(['overdue']);
  });
  it('at 23:59:59 the badge counts the case as due soon, in amber, not overdue in red', () => {
    expect(badge([kase('7')], DUE)).toMatchObject({ text: '1', overdue: 0, dueSoon: 1, color: '#F9AB00' });
    expect(badge([kase('7')], DUE + 1000)).toMatchObject({ text: '1', overdue: 1, dueSoon: 0, color: '#D93025' });
  });
  it('with overdue alerts turned off, a due moment reached raises nothing', () => {
    expect(momentsAt(DUE + 1000, { ...DEFAULT_ALERT_PREFS, overdue: false })).toEqual([]);
  });
});

describe('the 24 hour alert and badge start exactly 24 hours before the due moment', () => {
  it('raises the 24 hour alert at that instant, and not a second before', () => {
    expect(momentsAt(DUE - 24 * H)).toEqual(['24h']);
    expect(momentsAt(DUE - 24 * H - 1000)).toEqual([]);
  });
  it('counts the case on the badge from that instant', () => {
    expect(badge([kase('7')], DUE - 24 * H)).toMatchObject({ text: '1', dueSoon: 1 });
    expect(badge([kase('7')], DUE - 24 * H - 1000)).toMatchObject({ text: '', dueSoon: 0, color: undefined });
  });
  it('raises the 4 hour alert at exactly 4 hours before', () => {
    expect(momentsAt(DUE - 4 * H)).toEqual(['4h']);
    expect(momentsAt(DUE - 4 * H - 1000)).toEqual(['24h']);
  });
});

describe('the worker wakes at the next moment still ahead', () => {
  it('having just raised the 24 hour alert, it wakes next at the 4 hour moment, not now again', () => {
    expect(nextWakeUp([kase('7')], DUE - 24 * H, DEFAULT_ALERT_PREFS)).toBe(DUE - 4 * H);
  });
  it('at the due moment itself it wakes one second later, when the case becomes overdue', () => {
    expect(nextWakeUp([kase('7')], DUE, DEFAULT_ALERT_PREFS)).toBe(DUE + 1000);
  });
});

describe('clicking a notification opens only the case it names', () => {
  it('reads the complaint ID of our own notification ids', () => {
    expect(complaintIdOfNotification('ctm:4711:24h')).toBe('4711');
    expect(complaintIdOfNotification('ctm:4711:overdue')).toBe('4711');
  });
  it('ignores ids that merely contain ours (another extension or a longer id)', () => {
    expect(complaintIdOfNotification('other-ctm:4711:24h')).toBeUndefined();
    expect(complaintIdOfNotification('ctm:4711:24h:extra')).toBeUndefined();
    expect(complaintIdOfNotification('ctm:4711:4hours')).toBeUndefined();
  });
});

describe('sent alerts are forgotten once their case is no longer tracked', () => {
  it('drops the sent alerts of a case that was closed or marked done, keeping open ones', () => {
    const cases = [kase('1'), kase('2', { active: false })];
    expect([...pruneSent(['ctm:1:24h', 'ctm:2:4h', 'ctm:2:overdue'], cases)]).toEqual(['ctm:1:24h']);
  });
  it('drops ids that name no case', () => {
    expect([...pruneSent(['ctm:1:24h', 'something else'], [kase('1')])]).toEqual(['ctm:1:24h']);
  });
});
