import { describe, expect, it } from 'vitest';
import {
  normalizeComplaintId,
  normalizeContract,
  normalizeDate,
  normalizeDisposition,
  normalizeIssueLevel,
  normalizeReassignmentReason,
  normalizeText,
  normalizeYesNo,
} from '../../../lib/page/normalize-value';
import { normalizeLabel } from '../../../lib/page/normalize-label';

describe('dates → YYYY-MM-DD', () => {
  it.each([
    ['11/2/2026', '2026-11-02'],
    ['11/02/2026', '2026-11-02'],
    ['11/02/2026 3:15 PM', '2026-11-02'],
    ['1/5/2027 09:05:33 am', '2027-01-05'],
    ['2026-11-02', '2026-11-02'],
    ['2026-11-02T15:15:00-05:00', '2026-11-02'],
    ['02/29/2028', '2028-02-29'],
    ['Nov 3, 2026', '2026-11-03'],
    ['November 3 2026', '2026-11-03'],
    ['  11/02/2026\u00a0 ', '2026-11-02'],
  ])('%s → %s', (raw, iso) => expect(normalizeDate(raw)).toEqual({ value: iso }));

  it.each([
    ['13/45/2026', 'is not a calendar date'],
    ['02/29/2026', 'is not a calendar date'],
    ['11/31/2026', 'is not a calendar date'],
    ['11/02/26', 'has a two-digit year'],
    ['tomorrow', 'is not a date (expected MM/DD/YYYY)'],
    ['2026/11/02x', 'is not a date (expected MM/DD/YYYY)'],
    ['11.02.2026', 'is not a date (expected MM/DD/YYYY)'],
    ['Foo 3, 2026', 'is not a date (expected MM/DD/YYYY)'],
  ])('reports %s as malformed instead of guessing: "%s"', (raw, reason) =>
    expect(normalizeDate(raw)).toEqual({ error: `"${raw}" ${reason}` }),
  );

  it.each(['', '   ', '-- Select --'])('treats %j as blank', (raw) => expect(normalizeDate(raw)).toEqual({}));
});

describe('issue levels (SOP key 11 and 18)', () => {
  it.each([
    ['Immediate Need', 'immediate-need'],
    ['IMMEDIATE NEED', 'immediate-need'],
    ['Immediate-Need', 'immediate-need'],
    ['Immediate Action', 'immediate-need'], // SOP key 11: aka "immediate action"
    ['Urgent', 'urgent'],
    ['None', 'none'],
    ['', 'none'],
    ['(none)', 'none'],
  ])('%j → %s', (raw, level) => expect(normalizeIssueLevel(raw)).toEqual({ value: level }));

  it('reports an unknown level', () => expect(normalizeIssueLevel('Critical').error).toMatch(/not an issue level/));
});

describe('yes / no', () => {
  it.each([['Yes', 'yes'], ['Y', 'yes'], ['no', 'no'], ['N', 'no'], ['true', 'yes']])('%s → %s', (raw, v) =>
    expect(normalizeYesNo(raw)).toEqual({ value: v }),
  );
  it('blank is unknown, not "no"', () => expect(normalizeYesNo('')).toEqual({}));
  it('reports anything else', () => expect(normalizeYesNo('Maybe').error).toMatch(/Yes or No/));
});

describe('contract numbers', () => {
  it.each([
    ['S1234', 'S1234'],
    ['s1234 - Acme Health Plan PDP', 'S1234'],
    ['h5678 (Acme Advantage HMO)', 'H5678'],
    ['H1234-015', 'H1234'],
    ['Contract R5432', 'R5432'],
    ['90123', '90123'],
    ['Other', 'OTHER'],
    ['UNKNOWN', 'UNKNOWN'],
    ['CMS', 'CMS'],
  ])('%s → %s', (raw, v) => expect(normalizeContract(raw)).toEqual({ value: v }));
  it.each(['Z1234', 'S12345', 'Acme Health', '1234'])('reports %s', (raw) =>
    expect(normalizeContract(raw).error).toMatch(/not a contract number/),
  );
});

describe('complaint IDs, dispositions, reasons, text', () => {
  it('keeps complaint ID digits as shown', () => {
    expect(normalizeComplaintId(' 4012345 ')).toEqual({ value: '4012345' });
    expect(normalizeComplaintId('#0401')).toEqual({ value: '0401' });
    expect(normalizeComplaintId('CTM-12A').error).toBeDefined();
  });
  it.each([
    ['Resolved', 'resolved'],
    ['Closed - Resolved', 'resolved'],
    ['Unresolved', 'unresolved'],
    ['Withdrawn', 'withdrawn'],
    ['Open', 'open'],
  ])('disposition %s → %s', (raw, v) => expect(normalizeDisposition(raw)).toEqual({ value: v }));
  it.each([
    ['Belongs to another plan', 'another-plan'], // SOP A.2
    ['CMS issue', 'cms-issue'], // SOP C.2
    ['Requires category reassignment', 'category'], // SOP D.2, I.2
    ['Requires issue level reassignment', 'issue-level'], // SOP J.2
  ])('reassignment reason %s → %s', (raw, v) => expect(normalizeReassignmentReason(raw)).toEqual({ value: v }));
  it('collapses whitespace and drops placeholders', () => {
    expect(normalizeText(' Misleading   Marketing\n Materials ')).toEqual({ value: 'Misleading Marketing Materials' });
    expect(normalizeText('-- Select --')).toEqual({});
  });
});

describe('labels match ignoring case, spacing, colons, asterisks and format hints', () => {
  it.each([
    ['Complaint ID:', 'complaint id'],
    ['*Resolution Date (MM/DD/YYYY):', 'resolution date'],
    ['Is This Complaint Controlled in CIS?', 'is this complaint controlled in cis'],
    ['Issue\u00a0Level', 'issue level'],
    ['  CURRENT   ENTRY (Plan Response) * ', 'current entry (plan response)'],
  ])('%j → %j', (raw, v) => expect(normalizeLabel(raw)).toBe(v));
});
