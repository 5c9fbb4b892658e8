/**
 * Pages that try to mislead the reader: two different values under one label, values of absurd
 * length, invisible characters inside an identifier. Whatever the page shows, the reader reports
 * what it could not trust instead of using it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseSnapshot } from '../../../lib/case';
import { readCase, withCurrentEntry } from '../../../lib/page/read-case';
import { MAX_LONG_TEXT, MAX_SHORT_VALUE } from '../../../lib/page/value-caps';
import { parseHtml } from '../parse-html';

const WEBFORMS = readFileSync(resolve(__dirname, '../../fixtures/ctm/webforms-table.html'), 'utf8');

/** webforms-table.html with extra rows at the top of its layout table. */
function withRowsAbove(rows: string): Document {
  return parseHtml(WEBFORMS.replace('<tr><td colspan="4" class="SectionHead">Complaint Information</td></tr>', `${rows}<tr><td colspan="4" class="SectionHead">Complaint Information</td></tr>`));
}

/** webforms-table.html with more markup at the start of its body. */
function withBefore(html: string): Document {
  return parseHtml(WEBFORMS.replace('<body>', `<body>${html}`));
}

function replaced(from: string, to: string): Document {
  expect(WEBFORMS).toContain(from);
  return parseHtml(WEBFORMS.replace(from, to));
}

function read(doc: Document) {
  const result = readCase(doc.body);
  expect(CaseSnapshot.safeParse(result.snapshot).success).toBe(true);
  return result;
}

describe('one field, two different values on the page', () => {
  it('a second Complaint ID and Issue Level above the real ones: neither value is used, both are listed', () => {
    const { snapshot, recognized } = read(
      withRowsAbove('<tr><td>Complaint ID: 4199999</td></tr><tr><td>Issue Level: Immediate Need</td></tr>'),
    );
    expect(recognized).toBe(true);
    expect(snapshot.facts.complaintId).toBeUndefined();
    expect(snapshot.conflicts).toEqual([
      { key: 'complaintId', label: 'Complaint ID', values: ['4199999', '4012345'] },
    ]);
    // Immediate Need twice is the same value, not a conflict.
    expect(snapshot.facts.issueLevel).toBe('immediate-need');
    expect(snapshot.missing).not.toContain('complaintId');
  });

  it('a different issue level in an extra row is a conflict', () => {
    const { snapshot } = read(withRowsAbove('<tr><td>Issue Level: Urgent</td></tr>'));
    expect(snapshot.facts.issueLevel).toBeUndefined();
    expect(snapshot.conflicts).toEqual([{ key: 'issueLevel', label: 'Issue Level', values: ['urgent', 'immediate-need'] }]);
    expect(snapshot.facts.complaintId).toBe('4012345');
  });

  it('the same value written differently is one value (dates, case, spacing, contract suffix)', () => {
    const { snapshot } = read(
      withRowsAbove(
        '<tr><td>Complaint ID: #4012345</td></tr><tr><td>Date Received: 11/02/2026</td></tr>' +
          '<tr><td>Issue Level: IMMEDIATE  NEED</td></tr><tr><td>Contract Number: S1234</td></tr>' +
          '<tr><td>Caseworker: Jordan  Lee</td></tr>',
      ),
    );
    expect(snapshot.conflicts).toEqual([]);
    expect(snapshot.facts).toMatchObject({ complaintId: '4012345', receivedDate: '2026-11-02', issueLevel: 'immediate-need', contractNumber: 'S1234', caseworker: 'Jordan Lee' });
  });

  it('a blank duplicate is no conflict: the value shown is read', () => {
    const { snapshot } = read(withBefore('<dl><dt>Caseworker</dt><dd> </dd></dl>'));
    expect(snapshot.conflicts).toEqual([]);
    expect(snapshot.facts.caseworker).toBe('Jordan Lee');
  });

  it('an unreadable value beside a readable one is a conflict too: the page does not say which is right', () => {
    const { snapshot } = read(withRowsAbove('<tr><td>Date Received: yesterday</td></tr>'));
    expect(snapshot.facts.receivedDate).toBeUndefined();
    expect(snapshot.conflicts).toEqual([{ key: 'receivedDate', label: 'Date Received', values: ['yesterday', '2026-11-02'] }]);
    expect(snapshot.malformed).toEqual([]);
  });

  it('the live form control still wins over read-only text (the caseworker is editing it)', () => {
    const { snapshot } = read(withRowsAbove('<tr><td>Press or Hill Interest: Yes</td></tr>'));
    expect(snapshot.conflicts).toEqual([]);
    expect(snapshot.facts.pressOrHillInterest).toBe('no');
  });
});

describe('values of absurd length are reported, never used', () => {
  const long = 'A'.repeat(40_000);

  it('a 40,000-character caseworker name: not used, said so without repeating it', () => {
    const { snapshot } = read(replaced('>Jordan Lee<', `>${long}<`));
    expect(snapshot.facts.caseworker).toBeUndefined();
    expect(snapshot.malformed).toEqual([
      { key: 'caseworker', label: 'Caseworker:', reason: `longer than ${MAX_SHORT_VALUE} characters, so not used` },
    ]);
    expect(JSON.stringify(snapshot)).not.toContain('A'.repeat(MAX_SHORT_VALUE + 1));
  });

  it('a 40,000-character beneficiary name: not kept, and the panel is told why', () => {
    const { snapshot } = read(replaced('>Pat Q. Example<', `>${long}<`));
    expect(snapshot.phi.name).toBeUndefined();
    expect(snapshot.malformed).toEqual([
      { key: 'beneficiaryName', label: 'Beneficiary Name:', reason: `longer than ${MAX_SHORT_VALUE} characters, so not used` },
    ]);
    expect(JSON.stringify(snapshot)).not.toContain('A'.repeat(MAX_SHORT_VALUE + 1));
  });

  it('a value just at the limit is read', () => {
    const name = 'B'.repeat(MAX_SHORT_VALUE);
    expect(read(replaced('>Jordan Lee<', `>${name}<`)).snapshot.facts.caseworker).toBe(name);
  });

  it('a huge value in an input, and a summary over the long-text limit', () => {
    const doc = replaced('id="ctl00_ContentPlaceHolder1_txtResolutionDate"', `id="ctl00_ContentPlaceHolder1_txtResolutionDate" value="${'1'.repeat(5000)}"`);
    doc.getElementById('ctl00_ContentPlaceHolder1_lblSummary')!.textContent = 'x '.repeat(MAX_LONG_TEXT);
    const { snapshot } = read(doc);
    expect(snapshot.facts.resolutionDate).toBeUndefined();
    expect(snapshot.phi.summary).toBeUndefined();
    expect(snapshot.malformed.map((m) => m.key).sort()).toEqual(['resolutionDate', 'summary']);
    expect(snapshot.malformed.find((m) => m.key === 'summary')!.reason).toBe(`longer than ${MAX_LONG_TEXT.toLocaleString('en-US')} characters, so not used`);
  });

  it('a Current Entry over the limit is not read for the checklist, on load or as it is typed', () => {
    const doc = parseHtml(WEBFORMS);
    (doc.getElementById('ctl00_ContentPlaceHolder1_txtCurrentEntry') as HTMLTextAreaElement).value = 'y'.repeat(MAX_LONG_TEXT + 1);
    const { snapshot } = read(doc);
    expect(snapshot.currentEntry).toBeUndefined();
    expect(snapshot.malformed.map((m) => m.key)).toEqual(['currentEntry']);
    const typed = withCurrentEntry(snapshot, 'Spoke with the beneficiary.');
    expect(typed.currentEntry).toBe('Spoke with the beneficiary.');
    expect(typed.malformed).toEqual([]);
    const again = withCurrentEntry(typed, 'z'.repeat(MAX_LONG_TEXT + 1));
    expect(again.currentEntry).toBeUndefined();
    expect(again.malformed.map((m) => m.key)).toEqual(['currentEntry']);
  });

  it('a complaint ID of more digits than any CTM ID: not read', () => {
    const { snapshot } = read(replaced('>4012345<', `>${'4'.repeat(25)}<`));
    expect(snapshot.facts.complaintId).toBeUndefined();
    expect(snapshot.malformed).toEqual([{ key: 'complaintId', label: 'Complaint ID:', reason: 'more than 20 digits: not a complaint ID' }]);
  });
});

describe('invisible characters inside an identifier', () => {
  it.each([
    ['zero-width space', '40\u200B12345'],
    ['zero-width joiner', '4012\u200D345'],
    ['byte-order mark', '\uFEFF4012345'],
    ['soft hyphen', '401\u00AD2345'],
    ['word joiner', '4012345\u2060'],
  ])('a complaint ID with a %s reads as the digits the caseworker sees', (_, shown) => {
    const { snapshot } = read(replaced('>4012345<', `>${shown}<`));
    expect(snapshot.facts.complaintId).toBe('4012345');
    expect(snapshot.malformed).toEqual([]);
  });

  it('a date and an issue level with a zero-width space read as shown', () => {
    const doc = replaced('>11/2/2026<', '>11/\u200B2/2026<');
    doc.getElementById('ctl00_ContentPlaceHolder1_lblIssueLevel')!.textContent = 'Immediate\u200B Need';
    const { snapshot } = read(doc);
    expect(snapshot.facts.receivedDate).toBe('2026-11-02');
    expect(snapshot.facts.issueLevel).toBe('immediate-need');
  });

  it('visible characters that are not digits still make the ID unreadable', () => {
    const { snapshot } = read(replaced('>4012345<', '>40123O5<'));
    expect(snapshot.facts.complaintId).toBeUndefined();
    expect(snapshot.malformed).toEqual([{ key: 'complaintId', label: 'Complaint ID:', reason: '"40123O5" is not a complaint ID (digits)' }]);
  });
});
