/**
 * The exact lines of the CSV export (RFC 4180) a caseworker opens in a spreadsheet: empty cells
 * for what a case lacks, never "undefined", and which date the due moment came from.
 */
import { expect, it } from 'vitest';
import { deadlineRow } from '../../../lib/tracking/deadline-row';
import { deadlinesCsv } from '../../../lib/tracking/export-csv';
import { trackedCase as tc } from '../../fixtures/tracked-case';

const NY = 'America/New_York';
const now = Date.parse('2026-06-03T16:00:00Z');

it('one line per case: empty cells for a missing contract, level, scenario or due moment; the date used named', () => {
  const rows = [
    tc('61', { issueLevel: undefined, assignedDate: undefined, receivedDate: '2026-06-01', scenario: 'E', contactAttempts: 0 }),
    tc('62', { contractNumber: 'S1234', assignedDate: undefined, status: 'done', doneByUser: true }),
    tc('63', { contractNumber: 'H1234', scenario: 'C', issueLevel: 'immediate-need' }),
  ].map((c) => deadlineRow(c, { now, timeZone: NY }));
  expect(deadlinesCsv(rows).split('\r\n')).toEqual([
    'Complaint ID,Contract,Issue level,Scenario,Clock,Status,Due (ISO 8601),Budget (days),Budget source,Date used,Next step,Page URL',
    '61,,,E,running,open,2026-07-01T23:59:59-04:00,30,CMS guidance (default; set in options),received date,Contact attempt 1 of 3; record its date and time in the note,https://hpms.cms.gov/ctm?id=61',
    '62,S1234,urgent,,running,done,,,,,Marked done,https://hpms.cms.gov/ctm?id=62',
    '63,H1234,immediate-need,C,running,open,2026-06-03T23:59:59-04:00,2,SOP key 11,assignment date,Note the facts and check the indicator (CMS issue); keep the case open,https://hpms.cms.gov/ctm?id=63',
    '',
  ]);
});
