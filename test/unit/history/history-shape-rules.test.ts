/**
 * The cheap check of a stored complaint history, rule by rule: what it takes without asking the
 * schema (every event kind, contract and date form the background writes) and each near miss it
 * leaves to the schema. A false answer costs only speed; a true one for a value the schema
 * refuses would let a damaged complaint into the report, so the near misses matter most.
 *
 * The check's tables (event keys, statuses, the contract, date and instant patterns) are built
 * when lib/history/history-shape.ts is loaded, so each test loads it afresh with vi.resetModules:
 * a mutation test then checks the tables against these tests, not only against tests that load
 * the whole background.
 */
import { describe, expect, it, vi } from 'vitest';
import { EVENT_AT, EVERY_EVENT_KIND } from './every-event-kind';

const AT = EVENT_AT;

async function freshCheck() {
  vi.resetModules();
  const { isStoredComplaintHistory } = await import('../../../lib/history/history-shape');
  const { ComplaintHistory } = await import('../../../lib/history/case-history');
  /** The check's answer, after making sure it never takes what the schema refuses. */
  return (value: unknown) => {
    const taken = isStoredComplaintHistory(value);
    if (taken) expect(ComplaintHistory.safeParse(value).success).toBe(true);
    return taken;
  };
}

const withEvent = (event: unknown) => ({ events: [{ t: 'seen', at: AT }, event] });

describe('the cheap check of a stored complaint history, rule by rule', () => {
  it('takes every event kind as the background writes it, each status, and the optional values left out', async () => {
    const check = await freshCheck();
    for (const event of EVERY_EVENT_KIND) {
      expect(check(withEvent(event)), JSON.stringify(event)).toBe(true);
    }
  });

  it('leaves to the schema an event without its required value, or with a value of the wrong kind', async () => {
    const check = await freshCheck();
    for (const event of [
      { t: 'level', at: AT },
      { t: 'scenario', at: AT },
      { t: 'status', at: AT },
      { t: 'level', at: AT, level: 'high' },
      { t: 'scenario', at: AT, scenario: 'Z' },
      { t: 'reassign', at: AT, reason: 'other' },
      { t: 'resolution', at: AT, date: '2026-11-9' },
      { t: 'status', at: AT, status: 'reopened' },
      { t: 'pause', at: AT, status: 'open' },
      { t: ['seen'], at: AT },
      { t: 'seen' },
    ]) {
      expect(check(withEvent(event)), JSON.stringify(event)).toBe(false);
    }
  });

  it('takes only instants in toISOString form, and only as text', async () => {
    const check = await freshCheck();
    expect(check(withEvent({ t: 'pause', at: '2026-11-02T14:00:00.123Z' }))).toBe(true);
    for (const at of [
      '+002026-11-02T14:00:00.000Z',
      '2026-11-02T14:00:00Z',
      '2026-11-02T14:00:00.1Z',
      '2026-11-02T14:00:0.000Z',
      '2026-11-02T14:0:00.000Z',
      '2026-11-02T4:00:00.000Z',
      '2026-11-2T14:00:00.000Z',
      '2026-1-02T14:00:00.000Z',
      '2026-11-02T14:00:00.000',
      '2026-13-02T14:00:00.000Z',
      [AT],
    ]) {
      expect(check(withEvent({ t: 'pause', at })), JSON.stringify(at)).toBe(false);
    }
  });

  it('leaves to the schema an instant with anything after the Z, even a NUL character the date parser ignores', async () => {
    const check = await freshCheck();
    // Date.parse reads this one as a valid instant; the schema refuses it, so the check must too.
    expect(Number.isNaN(Date.parse(`${AT}\u0000`))).toBe(false);
    expect(check(withEvent({ t: 'pause', at: `${AT}\u0000` }))).toBe(false);
  });

  it('leaves to the schema an event list with a missing (undefined) entry, without failing on it', async () => {
    const check = await freshCheck();
    expect(check({ events: [{ t: 'seen', at: AT }, undefined] })).toBe(false);
    expect(check({ events: [undefined] })).toBe(false);
  });

  it('takes every contract form the page shows (H, R, S, E, F, X or 9 and four digits; CMS, OTHER, UNKNOWN) and nothing near them', async () => {
    const check = await freshCheck();
    for (const contract of ['H1234', 'R0001', 'S5678', 'E9999', 'F1000', 'X2000', '90210', 'CMS', 'OTHER', 'UNKNOWN']) {
      expect(check({ contract, events: [] }), contract).toBe(true);
    }
    for (const contract of ['H123', 'H12345', 'A1234', 'HABCD', 'xH1234', 'H1234x', 'CMSX', 'xCMS', 'cms', ['H1234']]) {
      expect(check({ contract, events: [] }), JSON.stringify(contract)).toBe(false);
    }
  });

  it('takes received and assigned dates as YYYY-MM-DD text only', async () => {
    const check = await freshCheck();
    expect(check({ received: '2026-11-01', assigned: '2026-11-02', events: [] })).toBe(true);
    for (const date of ['x2026-11-01', '2026-11-01x', '202-11-01', '20a6-11-01', '2026-1-01', '2026-ab-01', '2026-11-1', '2026-11-ab', ['2026-11-01']]) {
      expect(check({ received: date, events: [] }), JSON.stringify(date)).toBe(false);
      expect(check({ assigned: date, events: [] }), JSON.stringify(date)).toBe(false);
    }
  });

  it('leaves to the schema a complaint with a key it does not name, more than 200 events, or that is not a plain object', async () => {
    const check = await freshCheck();
    expect(check({ note: 'x', events: [] })).toBe(false);
    expect(check({ events: [], note: 'x' })).toBe(false);
    const events = (n: number) => Array.from({ length: n }, () => ({ t: 'pause', at: AT }));
    expect(check({ events: events(200) })).toBe(true);
    expect(check({ events: events(201) })).toBe(false);
    expect(check(Object.assign(() => undefined, { events: [] }))).toBe(false);
    expect(check('events')).toBe(false);
  });
});
