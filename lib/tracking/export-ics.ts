/**
 * ICS calendar of due moments (RFC 5545): CRLF line ends, lines folded at 75 octets, TEXT values
 * escaped, one UID per complaint so re-importing updates rather than duplicates, times in UTC.
 * Each event ends at the due moment and starts an hour before it, with a reminder a day ahead.
 */
import type { IssueLevel } from '../case';
import type { DeadlineRow } from './deadline-row';
import { complaintPageUrl, isHpmsUrl } from '../hpms-url';

const LEVEL: Record<IssueLevel, string> = { 'immediate-need': 'Immediate Need', urgent: 'Urgent', none: 'no issue level' };

export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line so no physical line exceeds 75 octets, never splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function utcStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function deadlinesIcs(rows: readonly DeadlineRow[], now: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CTM Assist//Deadlines//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const r of rows) {
    // As the popup: a row without its whole due moment shows none.
    if (r.dueMs === undefined || r.dueIso === undefined) continue;
    const level = LEVEL[r.issueLevel ?? 'none'];
    lines.push(
      'BEGIN:VEVENT',
      `UID:ctm-${r.complaintId}@ctm-assist`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART:${utcStamp(r.dueMs - 3_600_000)}`,
      `DTEND:${utcStamp(r.dueMs)}`,
      `SUMMARY:${icsText(`CTM complaint ${r.complaintId} due (${level})`)}`,
      `DESCRIPTION:${icsText(`Due ${r.dueIso}. Next step: ${r.nextStep}`)}`,
    );
    const url = complaintPageUrl(r.pageUrl); // again here: older rows may carry a whole query
    // A calendar link opens on a click, so like the popup's links it goes to HPMS only (lib/hpms-url.ts).
    if (isHpmsUrl(url)) lines.push(`URL:${url}`);
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER;RELATED=END:-PT24H',
      `DESCRIPTION:${icsText(`CTM complaint ${r.complaintId} due in 24 hours`)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
