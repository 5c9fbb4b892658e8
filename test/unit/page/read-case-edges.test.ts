/**
 * Edges of reading a complaint page: padded, blank-looking, duplicated and over-long values, and the
 * note as the caseworker types it. What the panel shows must be what the page means.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseSnapshot } from '../../../lib/case';
import { readCase, withCurrentEntry } from '../../../lib/page/read-case';
import { MAX_LONG_TEXT, MAX_SHORT_VALUE } from '../../../lib/page/value-caps';
import { parseHtml } from '../parse-html';

const WEBFORMS = readFileSync(resolve(__dirname, '../../fixtures/ctm/webforms-table.html'), 'utf8');
const SECTION_HEAD = '<tr><td colspan="4" class="SectionHead">Complaint Information</td></tr>';

function page(edit: (html: string) => string = (html) => html): Document {
  return parseHtml(edit(WEBFORMS));
}

function replaced(from: string, to: string): Document {
  expect(WEBFORMS).toContain(from);
  return page((html) => html.replace(from, to));
}

/** The fixture with extra rows above its first section. */
const withRowsAbove = (rows: string) => replaced(SECTION_HEAD, `${rows}${SECTION_HEAD}`);

function read(doc: Document) {
  const result = readCase(doc.body);
  expect(CaseSnapshot.safeParse(result.snapshot).success).toBe(true);
  return result.snapshot;
}

describe('values padded with whitespace', () => {
  it('a caseworker name inside 1,500 characters of line breaks and spaces is read', () => {
    const snapshot = read(replaced('>Jordan Lee<', `>${'\n  '.repeat(500)}Jordan Lee${'\n'.repeat(10)}<`));
    expect(snapshot.facts.caseworker).toBe('Jordan Lee');
    expect(snapshot.malformed).toEqual([]);
  });

  it('a value whose text the reader stopped walking (40,000 spaces inside it) is reported as too long, never read in part', () => {
    const snapshot = read(replaced('>Jordan Lee<', `>Jordan<b>${' '.repeat(40_000)}</b><b>Lee</b><`));
    expect(snapshot.facts.caseworker).toBeUndefined();
    expect(snapshot.malformed).toEqual([{ key: 'caseworker', label: 'Caseworker:', reason: `longer than ${MAX_SHORT_VALUE} characters, so not used` }]);
  });

  it('a beneficiary name is kept without the spaces around it (the PHI check matches it as shown)', () => {
    const snapshot = read(replaced('>Pat Q. Example<', '>\n   Pat Q. Example   \n<'));
    expect(snapshot.phi.name).toBe('Pat Q. Example');
  });

  it('a beneficiary name box of spaces keeps no name', () => {
    const snapshot = read(replaced('<span id="ctl00_ContentPlaceHolder1_lblBeneName">Pat Q. Example</span>', '<input type="text" id="ctl00_ContentPlaceHolder1_txtBeneName" value="   ">'));
    expect(snapshot.phi).not.toHaveProperty('name');
  });

  it('a Note to Plan of line breaks only is no note', () => {
    const snapshot = read(replaced('<span id="ctl00_ContentPlaceHolder1_lblNoteToPlan"></span>', '<textarea id="ctl00_ContentPlaceHolder1_lblNoteToPlan" readonly>\n\n   \n</textarea>'));
    expect(snapshot.noteToPlan).toBeUndefined();
  });
});

describe('one field shown twice', () => {
  it('a placeholder beside the real value is no conflict: the value is read', () => {
    const snapshot = read(withRowsAbove('<tr><td>Caseworker:</td><td>N/A</td></tr>'));
    expect(snapshot.conflicts).toEqual([]);
    expect(snapshot.facts.caseworker).toBe('Jordan Lee');
  });

  it('two different unreadable dates are a conflict that names both', () => {
    const snapshot = read(page((html) =>
      html.replace(SECTION_HEAD, `<tr><td>Date Received:</td><td>31/31/2026</td></tr><tr><td>Date Received:</td><td>soon</td></tr>${SECTION_HEAD}`),
    ));
    const conflict = snapshot.conflicts.find((c) => c.key === 'receivedDate');
    expect(conflict?.values).toEqual(expect.arrayContaining(['31/31/2026', 'soon']));
    expect(snapshot.facts.receivedDate).toBeUndefined();
  });

  it('an over-long value beside a readable one is a conflict, shown without the long text', () => {
    const snapshot = read(withRowsAbove(`<tr><td>Caseworker:</td><td>${'A'.repeat(MAX_SHORT_VALUE + 1)}</td></tr>`));
    expect(snapshot.conflicts).toEqual([
      { key: 'caseworker', label: 'Caseworker', values: [`(a value longer than ${MAX_SHORT_VALUE} characters)`, 'Jordan Lee'] },
    ]);
  });
});

describe('the note as the caseworker types it', () => {
  const snapshot = read(page());

  it('a note of 4,000 characters is the note, far under the reader\'s long-text limit', () => {
    const note = 'Spoke with the beneficiary. '.repeat(143).slice(0, 4000);
    expect(withCurrentEntry(snapshot, note).currentEntry).toBe(note);
  });

  it(`a note of exactly ${MAX_LONG_TEXT.toLocaleString('en-US')} characters is read; one more is not`, () => {
    expect(withCurrentEntry(snapshot, 'x'.repeat(MAX_LONG_TEXT)).currentEntry).toHaveLength(MAX_LONG_TEXT);
    expect(withCurrentEntry(snapshot, 'x'.repeat(MAX_LONG_TEXT + 1)).currentEntry).toBeUndefined();
  });

  it('typing keeps what the page could not read in other fields', () => {
    const withBadName = read(replaced('>Jordan Lee<', `>${'A'.repeat(MAX_SHORT_VALUE + 1)}<`));
    const typed = withCurrentEntry(withBadName, 'Spoke with the beneficiary.');
    expect(typed.malformed.map((m) => m.key)).toEqual(['caseworker']);
  });

  it('a note typed over the limit is reported under the page\'s own label, or the usual one', () => {
    const long = 'z'.repeat(MAX_LONG_TEXT + 1);
    expect(withCurrentEntry(snapshot, long).malformed).toEqual([
      { key: 'currentEntry', label: 'Current Entry (Plan Response)', reason: `longer than ${MAX_LONG_TEXT.toLocaleString('en-US')} characters, so not used` },
    ]);
    const doc = page();
    (doc.getElementById('ctl00_ContentPlaceHolder1_txtCurrentEntry') as HTMLTextAreaElement).value = long;
    const pageLabel = read(doc).malformed.find((m) => m.key === 'currentEntry')!.label;
    expect(withCurrentEntry(read(doc), `${long}z`).malformed).toEqual([
      { key: 'currentEntry', label: pageLabel, reason: `longer than ${MAX_LONG_TEXT.toLocaleString('en-US')} characters, so not used` },
    ]);
  });
});
