/**
 * CSV export of the deadline list (RFC 4180: CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled). Cells that a spreadsheet would run as a formula are prefixed
 * with an apostrophe.
 */
import type { DeadlineRow } from './deadline-row';
import { complaintPageUrl } from '../hpms-url';

const HEADER = [
  'Complaint ID', 'Contract', 'Issue level', 'Scenario', 'Clock', 'Status', 'Due (ISO 8601)',
  'Budget (days)', 'Budget source', 'Date used', 'Next step', 'Page URL',
];

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function deadlinesCsv(rows: readonly DeadlineRow[]): string {
  const lines = [HEADER.map(csvField).join(',')];
  for (const r of rows) {
    const cells = [
      r.complaintId,
      r.contractNumber ?? '',
      r.issueLevel ?? '',
      r.scenario ?? '',
      r.clock,
      r.status,
      r.dueIso ?? '',
      r.budgetDays === undefined ? '' : String(r.budgetDays),
      r.budgetSource ?? '',
      r.dueIso === undefined ? '' : r.usedReceivedDate ? 'received date' : 'assignment date',
      r.nextStep,
      // Again here: rows built before the URL rule came in may still carry a whole query.
      complaintPageUrl(r.pageUrl),
    ];
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
