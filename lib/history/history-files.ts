/**
 * The case history as files, for a team view without a server: each caseworker exports a
 * versioned JSON file (or a CSV of the events for a spreadsheet), and the report page reads
 * several JSON exports and shows them merged. A file that is not an export, is damaged, or was
 * made by a newer CTM Assist is refused with a message that never repeats its content.
 */
import { z } from 'zod/mini';
import { csvField } from '../tracking/export-csv';
import { type HistoryCases, HistoryCases as HistoryCasesSchema, HISTORY_VERSION, lastEventMs, type HistoryEvent } from './case-history';

export const HISTORY_FILE_KIND = 'ctm-assist-case-history';
/** Larger than any export of 5,000 complaints with 200 events each would be. */
export const HISTORY_FILE_MAX_BYTES = 64 * 1024 * 1024;

const HistoryFile = z.object({
  kind: z.literal(HISTORY_FILE_KIND),
  version: z.literal(HISTORY_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  cases: HistoryCasesSchema,
});

export function historyJson(cases: HistoryCases, now: number): string {
  return `${JSON.stringify({ kind: HISTORY_FILE_KIND, version: HISTORY_VERSION, exportedAt: new Date(now).toISOString(), cases }, null, 1)}\n`;
}

/** What an event says besides its type, for the CSV. */
function eventValue(e: HistoryEvent): string {
  if (e.t === 'level') return e.level;
  if (e.t === 'scenario') return e.scenario;
  if (e.t === 'reassign') return e.reason ?? '';
  if (e.t === 'resolution') return e.date ?? '';
  // Stryker disable next-line ConditionalExpression: other types have no status, and the CSV writes undefined as an empty field
  if (e.t === 'status') return e.status;
  return '';
}

const CSV_HEADER = ['Complaint ID', 'Contract', 'Received', 'Assigned', 'Event time (UTC)', 'Event', 'Value'];

/** One line per event, complaints by ID, events oldest first (RFC 4180, as the deadline export). */
export function historyCsv(cases: HistoryCases): string {
  const lines = [CSV_HEADER.join(',')];
  // Stryker disable next-line EqualityOperator: IDs are distinct keys, never equal
  const ids = Object.keys(cases).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  for (const id of ids) {
    const h = cases[id]!;
    for (const e of h.events) {
      lines.push([id, h.contract ?? '', h.received ?? '', h.assigned ?? '', e.at, e.t, eventValue(e)].map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

export type HistoryFileRead = { ok: true; cases: HistoryCases; exportedAt: string } | { ok: false; message: string };

const NOT_AN_EXPORT = 'it is not a CTM Assist case history export (made with “Export history as JSON” on the report page)';

/** Reads one export file's text; `bytes` its size on disk. */
export function readHistoryFile(text: string, bytes = text.length): HistoryFileRead {
  if (bytes > HISTORY_FILE_MAX_BYTES) return { ok: false, message: `it is larger than ${HISTORY_FILE_MAX_BYTES / 1024 / 1024} MB, more than any export holds` };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: `${NOT_AN_EXPORT}: it is not JSON` };
  }
  if ((raw as { kind?: unknown } | null)?.kind !== HISTORY_FILE_KIND) return { ok: false, message: NOT_AN_EXPORT };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > HISTORY_VERSION) {
    return { ok: false, message: `it was made by a newer CTM Assist (file version ${version}; this one reads version ${HISTORY_VERSION}). Update the extension to read it` };
  }
  const parsed = HistoryFile.safeParse(raw);
  if (!parsed.success) {
    // The file is an object of the export's kind, so what is wrong is always inside it: a path.
    const where = parsed.error.issues[0]!.path.slice(0, 3).map(String).join('.');
    return { ok: false, message: `it is damaged: a value at ${where} is not what an export holds` };
  }
  return { ok: true, cases: parsed.data.cases, exportedAt: parsed.data.exportedAt };
}

/**
 * Several histories as one, by complaint ID: where more than one holds a complaint, the one with
 * the newest event wins whole (on a tie, the first given).
 */
export function mergeHistories(sources: readonly HistoryCases[]): HistoryCases {
  const merged: HistoryCases = {};
  const newest = new Map<string, number>();
  for (const cases of sources) {
    for (const id in cases) {
      const h = cases[id]!;
      const last = lastEventMs(h);
      const held = newest.get(id);
      if (held === undefined || last > held) {
        merged[id] = h;
        newest.set(id, last);
      }
    }
  }
  return merged;
}
