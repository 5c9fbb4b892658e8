/**
 * The order of the popup list (soonest due first, cases without a date last, then by complaint
 * ID) and which rows the date filters keep. Rows are built inside each test.
 */
import { describe, expect, it } from 'vitest';
import { compareRows, deadlineRow, deadlineRows } from '../../../lib/tracking/deadline-row';
import { filterRows } from '../../../lib/tracking/filters';
import { trackedCase as tc } from '../../fixtures/tracked-case';

const NY = 'America/New_York';
const now = Date.parse('2026-06-03T16:00:00Z'); // 12:00 EDT on Wed 2026-06-03
const ctx = { now, timeZone: NY };

describe('the order of the list', () => {
  it('soonest due first; equal due moments by complaint ID as a number; cases without a date last, by ID', () => {
    const cases = [
      tc('7', { assignedDate: undefined }),
      tc('11'), // Urgent: due 06-08
      tc('10'),
      tc('3', { assignedDate: undefined }),
      tc('9'),
      tc('2', { issueLevel: 'immediate-need' }), // due 06-03
    ];
    expect(deadlineRows(cases, ctx).map((r) => r.complaintId)).toEqual(['2', '9', '10', '11', '3', '7']);
  });

  it('compares two rows as the list orders them; a row with itself is equal', () => {
    const [early, nine, ten, eleven, noDate] = [
      tc('20', { issueLevel: 'immediate-need' }),
      tc('9'),
      tc('10'),
      tc('11'),
      tc('1', { assignedDate: undefined }),
    ].map((c) => deadlineRow(c, ctx));
    const sign = (a: typeof nine, b: typeof nine) => Math.sign(compareRows(a!, b!));
    expect([sign(early, nine), sign(nine, early)]).toEqual([-1, 1]);
    expect([sign(noDate, nine), sign(nine, noDate)]).toEqual([1, -1]);
    expect([sign(nine, ten), sign(ten, nine)]).toEqual([-1, 1]);
    expect([sign(ten, eleven), sign(eleven, ten), sign(ten, ten)]).toEqual([-1, 1, 0]);
  });
});

describe('the date filters', () => {
  it('due today and this week keep the open cases due by the end of that day; a case without a date is in neither', () => {
    const rows = deadlineRows(
      [tc('1', { issueLevel: 'immediate-need' }), tc('2'), tc('3', { issueLevel: 'none' }), tc('4', { assignedDate: undefined })],
      ctx,
    );
    expect(filterRows(rows, 'today', now, NY).map((r) => r.complaintId)).toEqual(['1']);
    expect(filterRows(rows, 'week', now, NY).map((r) => r.complaintId)).toEqual(['1', '2']);
    expect(filterRows(rows, 'all', now, NY).map((r) => r.complaintId)).toEqual(['1', '2', '3', '4']);
  });
});
