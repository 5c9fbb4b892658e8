/** Edges of the values HPMS pages show: blanks stay blank, near-misses are reported, not guessed. */
import { describe, expect, it } from 'vitest';
import {
  MAX_COMPLAINT_ID_DIGITS,
  normalizeComplaintId,
  normalizeContract,
  normalizeDate,
  normalizeDisposition,
  normalizeIssueLevel,
  normalizeReassignmentReason,
  normalizeText,
  normalizeYesNo,
} from '../../../lib/page/normalize-value';

describe('placeholder choices read as a blank field', () => {
  it.each(['--Select', '-- Select --', 'None selected', '(None selected)', 'N/A--', 'N/A --', 'n/a -'])('"%s" is blank', (raw) => {
    expect(normalizeText(raw)).toEqual({});
  });

  it.each([
    ['a yes/no field', normalizeYesNo],
    ['the disposition', normalizeDisposition],
    ['the reassignment reason', normalizeReassignmentReason],
    ['a date', normalizeDate],
    ['the contract', normalizeContract],
  ] as const)('in %s, "-- Select --" is blank, not an error', (_, normalize) => {
    expect(normalize('-- Select --')).toEqual({});
  });
});

describe('dates that do not exist are reported', () => {
  it.each([
    ['02/30/2026', 'a 30th of February'],
    ['13/01/2026', 'a 13th month'],
    ['01/15/0050', 'a year the calendar would shift to 1950'],
    ['2026-02-29', 'a 29th of February outside a leap year'],
  ])('%s (%s)', (raw) => {
    expect(normalizeDate(raw)).toEqual({ error: `"${raw}" is not a calendar date` });
  });

  it('a real leap day reads', () => {
    expect(normalizeDate('02/29/2028')).toEqual({ value: '2028-02-29' });
  });

  it('a year typed with three significant digits reads as written, in four digits, for the caseworker to see', () => {
    expect(normalizeDate('01/02/0999')).toEqual({ value: '0999-01-02' });
  });
});

describe('issue levels', () => {
  it('"Immediate" alone is Immediate Need (SOP key 11)', () => {
    expect(normalizeIssueLevel('Immediate')).toEqual({ value: 'immediate-need' });
  });

  it.each(['Not immediate', 'Immediate Need?', 'Substandard', 'Routine follow-up'])('"%s" is reported, not read as a level', (raw) => {
    expect(normalizeIssueLevel(raw)).toEqual({ error: `"${raw}" is not an issue level (Immediate Need, Urgent or None)` });
  });
});

describe('yes/no fields', () => {
  it.each(['Yesterday', 'Unknown', 'Not sure'])('"%s" is reported, not read as yes or no', (raw) => {
    expect(normalizeYesNo(raw)).toEqual({ error: `"${raw}" is not Yes or No` });
  });
});

describe('contracts', () => {
  it('a contract whose plan name has "Other" in it is still the contract', () => {
    expect(normalizeContract('S1234 - Other Plan Inc')).toEqual({ value: 'S1234' });
  });
});

describe('complaint IDs', () => {
  it('a blank complaint ID is missing, not an error', () => {
    expect(normalizeComplaintId('  ')).toEqual({});
  });

  it(`an ID of exactly ${MAX_COMPLAINT_ID_DIGITS} digits reads; one more is refused`, () => {
    const id = '1'.repeat(MAX_COMPLAINT_ID_DIGITS);
    expect(normalizeComplaintId(id)).toEqual({ value: id });
    expect(normalizeComplaintId(`${id}1`)).toEqual({ error: `more than ${MAX_COMPLAINT_ID_DIGITS} digits: not a complaint ID` });
  });
});

describe('reassignment reasons', () => {
  it('an unknown reason is reported in words', () => {
    expect(normalizeReassignmentReason('Because')).toEqual({ error: '"Because" is not a reassignment reason' });
  });
});
