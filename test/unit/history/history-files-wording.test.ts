/**
 * The case history files' fixed parts, word for word as the lead sees them: the CSV's header
 * line, the sentence that refuses a file that is not an export, and which export times are read.
 *
 * The header, the sentence and the file's schema are built when lib/history/history-files.ts is
 * loaded, so each test loads it afresh with vi.resetModules: a mutation test then checks them
 * against these tests, not only against tests that load the module once for all.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshFiles() {
  vi.resetModules();
  return import('../../../lib/history/history-files');
}

const exportWith = (exportedAt: string) => JSON.stringify({ kind: 'ctm-assist-case-history', version: 1, exportedAt, cases: {} });

describe('case history files, word for word', () => {
  it('the CSV starts with its column names, even with no complaint to list', async () => {
    const { historyCsv } = await freshFiles();
    expect(historyCsv({})).toBe('Complaint ID,Contract,Received,Assigned,Event time (UTC),Event,Value\r\n');
  });

  it('refuses another JSON file, or a file that is not JSON, saying how an export is made', async () => {
    const { readHistoryFile } = await freshFiles();
    expect(readHistoryFile('{"schemaVersion":1}')).toEqual({
      ok: false,
      message: 'it is not a CTM Assist case history export (made with “Export history as JSON” on the report page)',
    });
    expect(readHistoryFile('Complaint ID,Contract')).toEqual({
      ok: false,
      message: 'it is not a CTM Assist case history export (made with “Export history as JSON” on the report page): it is not JSON',
    });
  });

  it('reads an export whose time carries a UTC offset, as well as one in UTC', async () => {
    const { readHistoryFile } = await freshFiles();
    expect(readHistoryFile(exportWith('2026-12-05T13:00:00+01:00'))).toEqual({ ok: true, cases: {}, exportedAt: '2026-12-05T13:00:00+01:00' });
    expect(readHistoryFile(exportWith('2026-12-05T12:00:00.000Z'))).toEqual({ ok: true, cases: {}, exportedAt: '2026-12-05T12:00:00.000Z' });
  });

  it('refuses an export whose time has no zone, naming where the damage is', async () => {
    const { readHistoryFile } = await freshFiles();
    expect(readHistoryFile(exportWith('2026-12-05T12:00:00'))).toEqual({ ok: false, message: 'it is damaged: a value at exportedAt is not what an export holds' });
  });
});
