import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseSnapshot, HOOK_FIELD_KEYS } from '../../../lib/case';
import { readCase } from '../../../lib/page/read-case';
import { COMPLAINT_FIXTURES } from '../../fixtures/ctm/expected';
import { parseHtml } from '../parse-html';

function load(file: string): Document {
  return parseHtml(readFileSync(resolve(__dirname, '../../fixtures/ctm', file), 'utf8'));
}

const fieldCases = COMPLAINT_FIXTURES.flatMap((fixture) =>
  HOOK_FIELD_KEYS.map((key) => ({ file: fixture.file, key, expected: (fixture.facts as Record<string, unknown>)[key], blank: fixture.blank.includes(key) })),
);

/** The Complaint Summary each fixture shows, as the reader should hand it on (whitespace collapsed). */
const SUMMARIES: Record<string, string> = {
  'webforms-table.html': 'Beneficiary states the pharmacy charged an $85 copay for insulin at the network pharmacy and she has 1 day of medication left.',
  'webforms-reason-radios.html': 'Beneficiary states she was charged the brand copay for a generic inhaler at a network pharmacy last month.',
  'modern-form.html': "Caller says she was disenrolled from the plan retroactively to 09/01/2026 after her employer group coverage ended and her senator's office is asking about it.",
  'tabbed.html': 'Member reports the plan denied payment for an outpatient hospital visit and a physician office visit last month.',
  'summary-dl.html': 'Beneficiary says an agent told her Plan H9999 would cover all her drugs at no cost.',
};

describe('reading a complaint page by its labels', () => {
  it.each(fieldCases)('$file: $key', ({ file, key, expected, blank }) => {
    const { snapshot, recognized } = readCase(load(file).body);
    expect(recognized).toBe(true);
    expect(snapshot.facts[key]).toEqual(blank ? undefined : expected);
    expect(snapshot.missing).not.toContain(key);
  });

  it.each(COMPLAINT_FIXTURES)('$file: texts, disposition, reassignment box and page errors', (fixture) => {
    const { snapshot } = readCase(load(fixture.file).body);
    expect(snapshot.facts.disposition).toBe(fixture.facts.disposition);
    expect(snapshot.facts.reassignmentRequested).toBe(fixture.facts.reassignmentRequested);
    expect(snapshot.noteToPlan).toBe(fixture.noteToPlan);
    expect(snapshot.currentEntry).toBe(fixture.currentEntry);
    expect(snapshot.pageErrors).toEqual(fixture.pageErrors);
    expect(snapshot.malformed).toEqual([]);
    expect(snapshot.conflicts).toEqual([]);
    // The reader skips the schema parse for size; its output must still satisfy the schema.
    expect(CaseSnapshot.safeParse(snapshot).success).toBe(true);
  });

  it.each(COMPLAINT_FIXTURES)('$file: beneficiary identifiers are kept apart as PHI', (fixture) => {
    const { snapshot } = readCase(load(fixture.file).body);
    expect(snapshot.phi).toMatchObject(fixture.phi);
    expect(snapshot.phi.summary).toBe(SUMMARIES[fixture.file]);
    const facts = JSON.stringify(snapshot.facts);
    expect(facts).not.toContain(fixture.phi.name);
  });

  it('does not recognise the My Open Complaints list, though it shows the same column labels', () => {
    const { recognized } = readCase(load('not-complaint.html').body);
    expect(recognized).toBe(false);
  });

  it('does not recognise a page with one stray label', () => {
    document.body.innerHTML = '<p>Complaint ID</p><span>4012345</span><p>Welcome to HPMS</p>';
    expect(readCase(document.body).recognized).toBe(false);
  });

  it('reads the caseworker field, not the Caseworker column of the complaint history', () => {
    expect(readCase(load('tabbed.html').body).snapshot.facts.caseworker).toBe('Avery Kim');
  });
});

describe('labels that point at a control', () => {
  it('report the field missing when the control they name is gone, instead of reading the next field', () => {
    document.body.innerHTML = `
      <label for="cat">Category</label>
      <label for="subcat">Sub-category</label><input id="subcat" value="Retroactive Disenrollment">`;
    const { snapshot, found } = readCase(document.body);
    expect(snapshot.facts.category).toBeUndefined();
    expect(found.has('category')).toBe(false);
    expect(snapshot.facts.subcategory).toBe('Retroactive Disenrollment');
  });
});
