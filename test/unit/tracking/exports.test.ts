import { describe, expect, it } from 'vitest';
import { deadlineRows } from '../../../lib/tracking/deadline-row';
import { csvField, deadlinesCsv } from '../../../lib/tracking/export-csv';
import { deadlinesIcs, foldLine, icsText } from '../../../lib/tracking/export-ics';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';

const now = Date.parse('2026-11-02T15:00:00Z');
const base: TrackedCase = {
  complaintId: '123',
  contractNumber: 'S1234',
  issueLevel: 'immediate-need',
  assignedDate: '2026-11-02',
  clock: 'running',
  pauses: [],
  status: 'open',
  doneByUser: false,
  pageUrl: 'https://hpms.cms.gov/ctm?id=123&x=1',
  firstSeen: '2026-11-02T15:00:00.000Z',
  lastSeen: '2026-11-02T15:00:00.000Z',
};
const rows = deadlineRows([base, { ...base, complaintId: '124', assignedDate: undefined }], { now, timeZone: 'America/New_York' });

describe('CSV export (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, and guards formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('plain')).toBe('plain');
  });
  it('writes one CRLF line per case with the due moment and its offset', () => {
    const csv = deadlinesCsv(rows);
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^Complaint ID,Contract,Issue level/);
    expect(lines[1]).toContain('123,S1234,immediate-need,,running,open,2026-11-04T23:59:59-05:00,2,SOP key 11,assignment date');
    expect(lines).toHaveLength(4); // header, 2 rows, trailing empty after final CRLF
  });
});

describe('ICS export (RFC 5545)', () => {
  const ics = deadlinesIcs(rows, now);
  it('uses CRLF, one UID per complaint and UTC times; skips cases without a date', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('UID:ctm-123@ctm-assist\r\n');
    expect(ics).toContain('DTEND:20261105T045959Z\r\n');
    expect(ics).toContain('DTSTART:20261105T035959Z\r\n');
    expect(ics).not.toContain('ctm-124');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });
  it('escapes text and folds lines at 75 octets without splitting characters', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const long = `DESCRIPTION:${'é'.repeat(80)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});

describe('page URLs stored before the URL rule', () => {
  it('reach neither export with more than the complaint ID parameter', () => {
    const old = { ...base, pageUrl: 'https://hpms.cms.gov/ctm/scenario-a.html?ComplaintID=123&phone=4105550100&dob=03121947' };
    const oldRows = deadlineRows([old], { now, timeZone: 'America/New_York' });
    for (const text of [deadlinesCsv(oldRows), deadlinesIcs(oldRows, now)]) {
      expect(text).toContain('https://hpms.cms.gov/ctm/scenario-a.html?ComplaintID=123');
      expect(text).not.toMatch(/4105550100|03121947|phone|dob/);
    }
  });
});
