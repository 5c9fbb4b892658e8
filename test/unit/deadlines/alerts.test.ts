import { describe, expect, it } from 'vitest';
import {
  BADGE_AMBER,
  BADGE_RED,
  badge,
  complaintIdOfNotification,
  DEFAULT_ALERT_PREFS,
  dueNotifications,
  nextWakeUp,
  pruneSent,
} from '../../../lib/deadlines/alerts';
import { alertCase } from './alert-case';

const H = 3_600_000;
const now = Date.parse('2026-06-01T12:00:00Z');
const kase = alertCase;

describe('notifications at 24 h, 4 h and overdue', () => {
  it('notifies once per case and moment', () => {
    const cases = [kase('1', now + 20 * H), kase('2', now + 3 * H), kase('3', now - H), kase('4', now + 48 * H)];
    const first = dueNotifications(cases, now, DEFAULT_ALERT_PREFS, new Set());
    expect(first.map((n) => n.id)).toEqual(['ctm:1:24h', 'ctm:2:4h', 'ctm:3:overdue']);
    const again = dueNotifications(cases, now, DEFAULT_ALERT_PREFS, new Set(first.map((n) => n.id)));
    expect(again).toEqual([]);
  });

  it('sends the 4 h notice after the 24 h one has been sent', () => {
    const c = [kase('1', now + 3 * H)];
    expect(dueNotifications(c, now, DEFAULT_ALERT_PREFS, new Set(['ctm:1:24h'])).map((n) => n.id)).toEqual(['ctm:1:4h']);
  });

  it('honours the preferences', () => {
    const c = [kase('1', now + 3 * H), kase('2', now - H)];
    const prefs = { at24h: true, at4h: false, overdue: false };
    expect(dueNotifications(c, now, prefs, new Set()).map((n) => n.id)).toEqual(['ctm:1:24h']);
  });

  it('stays quiet for paused clocks (SOP I.4, J.4), closed or done cases, and cases without a date', () => {
    const c = [
      kase('1', now - H, { clock: 'paused' }),
      kase('2', now - H, { active: false }),
      kase('3', undefined),
    ];
    expect(dueNotifications(c, now, DEFAULT_ALERT_PREFS, new Set())).toEqual([]);
  });

  it('names the case so a click can open it', () => {
    expect(complaintIdOfNotification('ctm:12345:4h')).toBe('12345');
    expect(complaintIdOfNotification('other')).toBeUndefined();
  });

  it('forgets sent ids of cases no longer tracked', () => {
    expect([...pruneSent(['ctm:1:24h', 'ctm:2:4h'], [kase('1', now)])]).toEqual(['ctm:1:24h']);
  });
});

describe('next wake-up', () => {
  it('is the earliest future threshold of any running case', () => {
    const c = [kase('1', now + 30 * H), kase('2', now + 5 * H)];
    expect(nextWakeUp(c, now, DEFAULT_ALERT_PREFS)).toBe(now + H); // case 2 reaches 4 h
    expect(nextWakeUp(c, now, { ...DEFAULT_ALERT_PREFS, at4h: false })).toBe(now + 5 * H + 1000);
  });
  it('is the earliest threshold whatever order the cases are listed in', () => {
    const c = [kase('2', now + 5 * H), kase('1', now + 30 * H)];
    expect(nextWakeUp(c, now, DEFAULT_ALERT_PREFS)).toBe(now + H);
    expect(nextWakeUp(c, now, { ...DEFAULT_ALERT_PREFS, at4h: false })).toBe(now + 5 * H + 1000);
  });
  it('is not set by a closed case or one whose clock waits for CMS (SOP I.4, J.4)', () => {
    const c = [kase('1', now + 5 * H, { active: false }), kase('2', now + 3 * H, { clock: 'paused' }), kase('3', now + 30 * H)];
    expect(nextWakeUp(c, now, DEFAULT_ALERT_PREFS)).toBe(now + 6 * H);
  });
  it('is undefined when nothing is pending', () => {
    expect(nextWakeUp([kase('1', now - H)], now, DEFAULT_ALERT_PREFS)).toBeUndefined();
  });
});

describe('badge', () => {
  it('counts due within 24 h plus overdue, red when any is overdue', () => {
    expect(badge([kase('1', now + 2 * H), kase('2', now - H), kase('3', now + 30 * H)], now)).toEqual({
      text: '2',
      color: BADGE_RED,
      overdue: 1,
      dueSoon: 1,
    });
  });
  it('does not count a closed case or one whose clock waits for CMS (SOP I.4, J.4), even overdue', () => {
    const c = [kase('1', now - H, { active: false }), kase('2', now - H, { clock: 'paused' }), kase('3', now + 2 * H)];
    expect(badge(c, now)).toEqual({ text: '1', color: BADGE_AMBER, overdue: 0, dueSoon: 1 });
  });
  it('is amber when some are due soon and none overdue, and empty otherwise', () => {
    expect(badge([kase('1', now + 2 * H)], now).color).toBe(BADGE_AMBER);
    expect(badge([kase('1', now + 30 * H)], now)).toMatchObject({ text: '', color: undefined });
  });
});
