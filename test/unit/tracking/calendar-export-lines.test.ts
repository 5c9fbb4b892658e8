/**
 * The exact calendar file (RFC 5545) the caseworker imports: one event per case with a due
 * moment, ending at it and starting an hour before, with a reminder a day ahead, in UTC, CRLF
 * line ends, lines folded at 75 octets, and a link only to the case's HPMS page.
 */
import { describe, expect, it } from 'vitest';
import { deadlineRow } from '../../../lib/tracking/deadline-row';
import { deadlinesIcs, foldLine } from '../../../lib/tracking/export-ics';
import { trackedCase as tc } from '../../fixtures/tracked-case';

const NY = 'America/New_York';
const now = Date.parse('2026-06-03T16:00:00Z');

describe('the calendar file', () => {
  it('has the calendar header, one event per dated case with its alarm, and the end line, all CRLF', () => {
    const rows = [
      tc('61', { issueLevel: undefined, assignedDate: undefined, receivedDate: '2026-06-01', scenario: 'E', contactAttempts: 0 }),
      tc('62', { assignedDate: undefined }),
      tc('51', { issueLevel: 'immediate-need', status: 'done', doneByUser: true }),
    ].map((c) => deadlineRow(c, { now, timeZone: NY }));
    // Stamped at a moment with milliseconds: the file carries whole seconds.
    expect(deadlinesIcs(rows, Date.parse('2026-06-03T16:00:00.123Z')).split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//CTM Assist//Deadlines//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:ctm-61@ctm-assist',
      'DTSTAMP:20260603T160000Z',
      'DTSTART:20260702T025959Z',
      'DTEND:20260702T035959Z',
      'SUMMARY:CTM complaint 61 due (no issue level)',
      'DESCRIPTION:Due 2026-07-01T23:59:59-04:00. Next step: Contact attempt 1 of ',
      ' 3\\; record its date and time in the note',
      'URL:https://hpms.cms.gov/ctm?id=61',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER;RELATED=END:-PT24H',
      'DESCRIPTION:CTM complaint 61 due in 24 hours',
      'END:VALARM',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:ctm-51@ctm-assist',
      'DTSTAMP:20260603T160000Z',
      'DTSTART:20260604T025959Z',
      'DTEND:20260604T035959Z',
      'SUMMARY:CTM complaint 51 due (Immediate Need)',
      'DESCRIPTION:Due 2026-06-03T23:59:59-04:00. Next step: Marked done',
      'URL:https://hpms.cms.gov/ctm?id=51',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER;RELATED=END:-PT24H',
      'DESCRIPTION:CTM complaint 51 due in 24 hours',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('names an Urgent case so', () => {
    const ics = deadlinesIcs([deadlineRow(tc('52'), { now, timeZone: NY })], now);
    expect(ics.split('\r\n').filter((l) => l.startsWith('SUMMARY:'))).toEqual(['SUMMARY:CTM complaint 52 due (Urgent)']);
  });

  it('with no dated case, is the header and the end line only', () => {
    expect(deadlinesIcs([], now)).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CTM Assist//Deadlines//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
    );
  });

  it('leaves out a row missing half its due moment (a damaged stored row), as the popup shows it without one', () => {
    const row = deadlineRow(tc('53'), { now, timeZone: NY });
    const ics = deadlinesIcs([{ ...row, dueIso: undefined }], now);
    expect(ics).not.toContain('BEGIN:VEVENT');
  });
});

// lib/hpms-url.ts: case links open only on HPMS; a stored page URL is data, and data can be damaged.
describe('the link of an event', () => {
  const urlLines = (pageUrl: string) =>
    deadlinesIcs([deadlineRow(tc('54', { pageUrl }), { now, timeZone: NY })], now)
      .split('\r\n')
      .filter((l) => l.startsWith('URL:'));
  it('is the case page on HPMS', () => {
    expect(urlLines('https://hpms.cms.gov/ctm/PlanResolution.aspx?ComplaintID=54')).toEqual(['URL:https://hpms.cms.gov/ctm/PlanResolution.aspx?ComplaintID=54']);
  });
  it('is left out when the stored page URL is not an HPMS page', () => {
    expect(urlLines('https://example.test/ctm?id=54')).toEqual([]);
    expect(urlLines('http://hpms.cms.gov/ctm?id=54')).toEqual([]);
    expect(urlLines('javascript:alert(1)//https://hpms.cms.gov/')).toEqual([]);
    expect(urlLines('')).toEqual([]);
  });
});

describe('folding long lines at 75 octets (RFC 5545 3.1)', () => {
  it('a line of exactly 75 octets stays whole', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
  });
  it('a longer line: 75 octets, then continuation lines of a space and 74 octets', () => {
    expect(foldLine('A'.repeat(150))).toBe(`${'A'.repeat(75)}\r\n ${'A'.repeat(74)}\r\n A`);
  });
});
