/**
 * The case history as a lead sees it in the files: every event's value in the CSV, complaints in
 * number order, the file refusals' exact wording, and which copy of a shared complaint wins.
 */
import { describe, expect, it } from 'vitest';
import type { HistoryCases } from '../../../lib/history/case-history';
import { lastEventMs } from '../../../lib/history/case-history';
import { HISTORY_FILE_MAX_BYTES, historyCsv, historyJson, mergeHistories, readHistoryFile } from '../../../lib/history/history-files';
import { isStoredComplaintHistory } from '../../../lib/history/history-shape';

const NOW = Date.parse('2026-12-05T12:00:00Z');
const AT = '2026-11-02T14:00:00.000Z';

const everyEvent: HistoryCases = {
  '3000001': {
    contract: 'H5678',
    received: '2026-11-01',
    assigned: '2026-11-02',
    events: [
      { t: 'seen', at: AT },
      { t: 'level', at: AT, level: 'urgent' },
      { t: 'scenario', at: AT, scenario: 'J' },
      { t: 'reassign', at: AT, reason: 'issue-level' },
      { t: 'reassign', at: AT },
      { t: 'reassign-end', at: AT },
      { t: 'pause', at: AT },
      { t: 'resume', at: AT },
      { t: 'resolution', at: AT, date: '2026-11-09' },
      { t: 'resolution', at: AT },
      { t: 'status', at: AT, status: 'left-plan' },
    ],
  },
};

describe('case history files: what the lead reads', () => {
  it('the CSV gives each event its value (level, scenario, reason, date, status) and leaves the rest blank', () => {
    const rows = historyCsv(everyEvent).trimEnd().split('\r\n').slice(1);
    const prefix = `3000001,H5678,2026-11-01,2026-11-02,${AT},`;
    expect(rows).toEqual(
      ['seen,', 'level,urgent', 'scenario,J', 'reassign,issue-level', 'reassign,', 'reassign-end,', 'pause,', 'resume,', 'resolution,2026-11-09', 'resolution,', 'status,left-plan'].map(
        (tail) => prefix + tail,
      ),
    );
  });

  it('the CSV lists complaints in number order (9 before 10), with blank contract and dates when unknown', () => {
    const cases: HistoryCases = {
      '10': { events: [{ t: 'seen', at: AT }] },
      '9': { events: [{ t: 'seen', at: AT }] },
      '11': { events: [{ t: 'seen', at: AT }] },
    };
    const ids = historyCsv(cases).trimEnd().split('\r\n').slice(1).map((row) => row.split(',')[0]);
    expect(ids).toEqual(['9', '10', '11']);
    expect(historyCsv(cases)).toContain(`9,,,,${AT},seen,\r\n`);
  });

  it('the CSV lists long complaint IDs in number order too, shorter first', () => {
    const one = { events: [{ t: 'seen' as const, at: AT }] };
    const cases: HistoryCases = { '20000000000': one, '10000000001': one, '9000000000': one, '10000000000': one, '12': one };
    const ids = historyCsv(cases).trimEnd().split('\r\n').slice(1).map((row) => row.split(',')[0]);
    expect(ids).toEqual(['12', '9000000000', '10000000000', '10000000001', '20000000000']);
  });

  it('an export with a version given as text is damaged, not from a newer CTM Assist', () => {
    const file = { kind: 'ctm-assist-case-history', version: '2', exportedAt: AT, cases: {} };
    expect(readHistoryFile(JSON.stringify(file))).toEqual({ ok: false, message: 'it is damaged: a value at version is not what an export holds' });
  });

  it('only a byte-order mark at the very start is skipped: one after the export makes it not JSON', () => {
    expect(readHistoryFile(`${historyJson(everyEvent, NOW)}\uFEFF`)).toMatchObject({ ok: false, message: expect.stringContaining('it is not JSON') });
  });

  it('a JSON value that is not an object of the export kind is not an export', () => {
    for (const text of ['"ctm-assist-case-history"', '42', '[]', '{"kind":"other"}']) {
      expect(readHistoryFile(text), text).toEqual({ ok: false, message: expect.stringMatching(/^it is not a CTM Assist case history export \(.*\)$/) });
    }
  });

  it('an export reads back whole, with the moment it was made, even when an editor added a byte-order mark', () => {
    const text = historyJson(everyEvent, NOW);
    expect(text.endsWith('}\n')).toBe(true);
    expect(readHistoryFile(`\uFEFF${text}`)).toEqual({ ok: true, cases: everyEvent, exportedAt: '2026-12-05T12:00:00.000Z' });
  });

  it('a file over 64 MB is refused by its size before it is read', () => {
    const text = historyJson(everyEvent, NOW);
    expect(readHistoryFile(text, HISTORY_FILE_MAX_BYTES)).toMatchObject({ ok: true });
    expect(readHistoryFile(text, HISTORY_FILE_MAX_BYTES + 1)).toEqual({ ok: false, message: 'it is larger than 64 MB, more than any export holds' });
  });

  it('the refusals say what the file is not, and where a damaged one is wrong, without quoting it', () => {
    expect(readHistoryFile('null')).toEqual({
      ok: false,
      message: 'it is not a CTM Assist case history export (made with “Export history as JSON” on the report page)',
    });
    expect(readHistoryFile('Jane')).toEqual({
      ok: false,
      message: 'it is not a CTM Assist case history export (made with “Export history as JSON” on the report page): it is not JSON',
    });
    const newer = readHistoryFile(JSON.stringify({ kind: 'ctm-assist-case-history', version: 3, exportedAt: AT, cases: {} }));
    expect(newer).toEqual({
      ok: false,
      message: 'it was made by a newer CTM Assist (file version 3; this one reads version 1). Update the extension to read it',
    });
    const badEvent = { kind: 'ctm-assist-case-history', version: 1, exportedAt: AT, cases: { '7': { events: [{ t: 'seen', at: 'Jane Doe' }] } } };
    expect(readHistoryFile(JSON.stringify(badEvent))).toEqual({ ok: false, message: 'it is damaged: a value at cases.7.events is not what an export holds' });
    const badTop = { kind: 'ctm-assist-case-history', version: 1, exportedAt: AT };
    expect(readHistoryFile(JSON.stringify(badTop))).toEqual({ ok: false, message: 'it is damaged: a value at cases is not what an export holds' });
  });

  it('a complaint in two exports with the same newest event keeps the first file’s copy', () => {
    const first: HistoryCases = { '5': { contract: 'S1234', events: [{ t: 'seen', at: AT }] } };
    const second: HistoryCases = { '5': { contract: 'H5678', events: [{ t: 'seen', at: AT }] } };
    expect(mergeHistories([first, second])['5']!.contract).toBe('S1234');
    expect(mergeHistories([second, first])['5']!.contract).toBe('H5678');
  });

  it('a complaint’s last activity is its newest event, wherever it stands in the list', () => {
    const history = { events: [{ t: 'seen' as const, at: '2026-11-05T00:00:00.000Z' }, { t: 'pause' as const, at: '2026-11-03T00:00:00.000Z' }] };
    expect(lastEventMs(history)).toBe(Date.parse('2026-11-05T00:00:00.000Z'));
    expect(lastEventMs({ events: [] })).toBe(0);
  });
});

describe('the cheap check of a stored complaint history: what it accepts without the schema', () => {
  it('accepts every event type as the background writes it, with and without its optional value', () => {
    expect(isStoredComplaintHistory(everyEvent['3000001'])).toBe(true);
    expect(isStoredComplaintHistory({ events: [] })).toBe(true);
    expect(isStoredComplaintHistory({ contract: 'CMS', events: [] })).toBe(true);
  });

  it('leaves to the schema an event missing its required value, an unknown type, or a wrong contract or date', () => {
    expect(isStoredComplaintHistory({ events: [{ t: 'level', at: AT }] })).toBe(false);
    expect(isStoredComplaintHistory({ events: [{ t: 'status', at: AT }] })).toBe(false);
    expect(isStoredComplaintHistory({ events: [{ t: 'note', at: AT }] })).toBe(false);
    expect(isStoredComplaintHistory({ events: [{ t: 'seen', at: AT, level: 'urgent' }] })).toBe(false);
    expect(isStoredComplaintHistory({ events: [null] })).toBe(false);
    expect(isStoredComplaintHistory({ events: [[]] })).toBe(false);
    expect(isStoredComplaintHistory({ contract: 'Z1234', events: [] })).toBe(false);
    expect(isStoredComplaintHistory({ received: '2026-11', events: [] })).toBe(false);
    expect(isStoredComplaintHistory({ events: {} })).toBe(false);
    expect(isStoredComplaintHistory([])).toBe(false);
    expect(isStoredComplaintHistory(null)).toBe(false);
  });
});
