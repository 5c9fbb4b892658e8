import { describe, expect, it } from 'vitest';
import type { HistoryCases } from '../../../lib/history/case-history';
import { historyCsv, historyJson, mergeHistories, readHistoryFile } from '../../../lib/history/history-files';

const NOW = Date.parse('2026-12-05T12:00:00Z');

/** Two caseworkers' histories that share complaint 3000002: Bea worked it after Alex. */
const alex: HistoryCases = {
  '3000001': { contract: 'S1234', assigned: '2026-11-02', events: [{ t: 'seen', at: '2026-11-02T14:00:00.000Z' }, { t: 'level', at: '2026-11-02T14:00:00.000Z', level: 'urgent' }] },
  '3000002': { contract: 'S1234', assigned: '2026-11-03', events: [{ t: 'seen', at: '2026-11-03T14:00:00.000Z' }, { t: 'level', at: '2026-11-03T14:00:00.000Z', level: 'none' }] },
};
const bea: HistoryCases = {
  '3000002': {
    contract: 'S1234',
    assigned: '2026-11-03',
    events: [
      { t: 'seen', at: '2026-11-04T14:00:00.000Z' },
      { t: 'level', at: '2026-11-04T14:00:00.000Z', level: 'none' },
      { t: 'resolution', at: '2026-11-09T14:00:00.000Z', date: '2026-11-09' },
    ],
  },
  '3000003': { contract: 'H5678', received: '2026-11-05', events: [{ t: 'seen', at: '2026-11-05T14:00:00.000Z' }] },
};

describe('case history files', () => {
  it('two overlapping exports import merged: each complaint once, the newest event’s history winning', () => {
    const files = [historyJson(alex, NOW), historyJson(bea, NOW)].map((text) => readHistoryFile(text));
    const read = files.map((f) => (f.ok ? f.cases : {}));
    expect(files.every((f) => f.ok)).toBe(true);
    const merged = mergeHistories(read);
    expect(Object.keys(merged).sort()).toEqual(['3000001', '3000002', '3000003']);
    expect(merged['3000002']!.events.at(-1)).toEqual({ t: 'resolution', at: '2026-11-09T14:00:00.000Z', date: '2026-11-09' });
    // The order of the files does not change the winner.
    expect(mergeHistories([read[1]!, read[0]!])['3000002']).toEqual(merged['3000002']);
  });

  it('refuses a newer version, another JSON file, damaged values and non-JSON, each with a message that repeats nothing of the file', () => {
    const newer = readHistoryFile(JSON.stringify({ kind: 'ctm-assist-case-history', version: 2, exportedAt: '2026-12-05T12:00:00.000Z', cases: {} }));
    expect(newer).toEqual({ ok: false, message: expect.stringMatching(/newer CTM Assist \(file version 2/) });
    expect(readHistoryFile('{"schemaVersion":1}')).toMatchObject({ ok: false, message: expect.stringMatching(/not a CTM Assist case history export/) });
    const damaged = readHistoryFile(JSON.stringify({ kind: 'ctm-assist-case-history', version: 1, exportedAt: '2026-12-05T12:00:00.000Z', cases: { '1': { events: [{ t: 'note', at: 'x', text: 'Jane Doe 123456789A' }] } } }));
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) {
      expect(damaged.message).toMatch(/damaged/);
      expect(damaged.message).not.toContain('Jane');
    }
    expect(readHistoryFile('Jane Doe, 123456789A')).toMatchObject({ ok: false, message: expect.stringMatching(/not JSON/) });
  });

  it('the CSV has one line per event, with the complaint’s contract and dates', () => {
    const csv = historyCsv(bea);
    expect(csv.split('\r\n')[0]).toBe('Complaint ID,Contract,Received,Assigned,Event time (UTC),Event,Value');
    expect(csv).toContain('3000002,S1234,,2026-11-03,2026-11-09T14:00:00.000Z,resolution,2026-11-09\r\n');
    expect(csv.trim().split('\r\n')).toHaveLength(1 + 4);
  });
});
