/**
 * What the case history schemas accept and refuse, as a lead reading an export or the report page
 * reading storage would notice: every event kind reads back intact, and anything else is refused
 * (an export as damaged; a stored complaint is set aside by lib/store, never dropped).
 *
 * The schemas are built when lib/history/case-history.ts is loaded, so each test loads it (and
 * history-files.ts, which reads exports with it) afresh with vi.resetModules: a mutation test then
 * checks the schemas against these tests, not only against tests that load the whole background.
 */
import { describe, expect, it, vi } from 'vitest';
import { EVENT_AT, EVERY_EVENT_KIND } from './every-event-kind';

const AT = EVENT_AT;

async function fresh() {
  vi.resetModules();
  const history = await import('../../../lib/history/case-history');
  const files = await import('../../../lib/history/history-files');
  return { ...history, ...files };
}

const exportOf = (cases: unknown) => JSON.stringify({ kind: 'ctm-assist-case-history', version: 1, exportedAt: AT, cases });

describe('the case history schema: what an export or a stored complaint may hold', () => {
  it('reads back every event kind and each status, with the contract and dates, exactly as written', async () => {
    const { ComplaintHistory, readHistoryFile } = await fresh();
    const complaint = { contract: 'H5678', received: '2026-11-01', assigned: '2026-11-02', events: EVERY_EVENT_KIND };
    expect(ComplaintHistory.safeParse(complaint)).toEqual({ success: true, data: complaint });
    expect(readHistoryFile(exportOf({ '3000001': complaint }))).toEqual({ ok: true, cases: { '3000001': complaint }, exportedAt: AT });
  });

  it('accepts an instant with an offset (a clock in Eastern time) but refuses one without a zone', async () => {
    const { ComplaintHistory } = await fresh();
    expect(ComplaintHistory.safeParse({ events: [{ t: 'seen', at: '2026-11-02T09:00:00-05:00' }] }).success).toBe(true);
    expect(ComplaintHistory.safeParse({ events: [{ t: 'seen', at: '2026-11-02T09:00:00' }] }).success).toBe(false);
    expect(ComplaintHistory.safeParse({ events: [{ t: 'seen', at: '2026-11-02' }] }).success).toBe(false);
  });

  it('refuses an event of an unknown or blank kind, and a status or level it does not know', async () => {
    const { ComplaintHistory } = await fresh();
    for (const event of [
      { t: 'note', at: AT },
      { t: '', at: AT },
      { at: AT },
      { t: 'status', at: AT, status: 'reopened' },
      { t: 'status', at: AT, status: '' },
      { t: 'level', at: AT, level: 'high' },
      { t: 'scenario', at: AT, scenario: 'Z' },
    ]) {
      expect(ComplaintHistory.safeParse({ events: [event] }).success, JSON.stringify(event)).toBe(false);
    }
  });

  it('refuses a complaint with more than 200 events', async () => {
    const { ComplaintHistory, HISTORY_MAX_EVENTS } = await fresh();
    const events = (n: number) => Array.from({ length: n }, () => ({ t: 'pause', at: AT }));
    expect(ComplaintHistory.safeParse({ events: events(HISTORY_MAX_EVENTS) }).success).toBe(true);
    expect(ComplaintHistory.safeParse({ events: events(HISTORY_MAX_EVENTS + 1) }).success).toBe(false);
  });

  it('an export keyed by complaint IDs of 1 to 20 digits reads; any other key makes it damaged', async () => {
    const { readHistoryFile } = await fresh();
    const one = { events: [{ t: 'seen', at: AT }] };
    for (const id of ['7', '42', '12345678901234567890']) {
      expect(readHistoryFile(exportOf({ [id]: one })), id).toEqual({ ok: true, cases: { [id]: one }, exportedAt: AT });
    }
    for (const id of ['', 'a42', '42a', 'ab', '123456789012345678901', '4 2']) {
      expect(readHistoryFile(exportOf({ [id]: one })), id).toMatchObject({ ok: false, message: expect.stringContaining('it is damaged') });
    }
  });
});
