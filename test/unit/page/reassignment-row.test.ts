/**
 * The reassignment reason read from the "Request Reassignment" row itself, where a WebForms page
 * puts the reasons as a RadioButtonList (or a drop-down) without a label of their own.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCase } from '../../../lib/page/read-case';
import { parseHtml } from '../parse-html';

const FIXTURE = readFileSync(resolve(__dirname, '../../fixtures/ctm/webforms-reason-radios.html'), 'utf8');
const REASONS = ['Belongs to another plan', 'CMS issue', 'Requires category reassignment', 'Requires issue level reassignment'];

function check(doc: Document, selector: string): void {
  (doc.querySelector(selector) as HTMLInputElement).checked = true;
}

describe('webforms-reason-radios.html: the reason is a radio list in the Request Reassignment row', () => {
  it('nothing chosen: no request, no reason, nothing unreadable', () => {
    const { snapshot } = readCase(parseHtml(FIXTURE).body);
    expect(snapshot.facts.reassignmentRequested).toBe(false);
    expect(snapshot.facts.reassignmentReason).toBeUndefined();
    expect(snapshot.malformed).toEqual([]);
    expect(snapshot.conflicts).toEqual([]);
  });

  it.each([
    [0, 'another-plan'],
    [1, 'cms-issue'],
    [2, 'category'],
    [3, 'issue-level'],
  ] as const)('the box and reason %i checked: the request and its reason are read', (index, reason) => {
    const doc = parseHtml(FIXTURE);
    check(doc, 'input[type=checkbox][name$="cbReassign"]');
    check(doc, `#ctl00_ContentPlaceHolder1_rblReason_${index}`);
    const { snapshot } = readCase(doc.body);
    expect(snapshot.facts.reassignmentRequested).toBe(true);
    expect(snapshot.facts.reassignmentReason).toBe(reason);
    expect(snapshot.malformed).toEqual([]);
  });

  it('a reason without the box: the reason is read, the request is not', () => {
    const doc = parseHtml(FIXTURE);
    check(doc, '#ctl00_ContentPlaceHolder1_rblReason_3');
    const { snapshot } = readCase(doc.body);
    expect(snapshot.facts.reassignmentRequested).toBe(false);
    expect(snapshot.facts.reassignmentReason).toBe('issue-level');
  });
});

/** A small complaint page with the given Request Reassignment value cell. */
function pageWithRow(cell: string): Document {
  return parseHtml(`<table>
    <tr><td>Complaint ID:</td><td>4012399</td></tr><tr><td>Contract Number:</td><td>S1234</td></tr>
    <tr><td>Date Assigned to Plan:</td><td>12/01/2026</td></tr><tr><td>Issue Level:</td><td>Urgent</td></tr>
    <tr><td>Request Reassignment:</td><td>${cell}</td></tr></table>`);
}

const radios = (checked: number) =>
  REASONS.map((text, i) => `<input type="radio" name="reason" id="r${i}"${i === checked ? ' checked' : ''}><label for="r${i}">${text}</label>`).join('');

describe('other markups of a reason group in the reassignment row', () => {
  it('radios loose in the cell, the box labelled "Yes"', () => {
    const { snapshot } = readCase(pageWithRow(`<input type="checkbox" id="cb" checked><label for="cb">Yes</label> ${radios(2)}`).body);
    expect(snapshot.facts).toMatchObject({ reassignmentRequested: true, reassignmentReason: 'category' });
  });

  it('radios wrapped in their labels, the box unlabelled', () => {
    const wrapped = REASONS.map((text, i) => `<label><input type="radio" name="reason"${i === 3 ? ' checked' : ''}> ${text}</label>`).join('<br>');
    const { snapshot } = readCase(pageWithRow(`<input type="checkbox" checked> <span>${wrapped}</span>`).body);
    expect(snapshot.facts).toMatchObject({ reassignmentRequested: true, reassignmentReason: 'issue-level' });
  });

  it('a drop-down of the reasons beside the box', () => {
    const options = ['-- Select --', ...REASONS].map((text, i) => `<option value="${i || ''}"${i === 1 ? ' selected' : ''}>${text}</option>`).join('');
    const { snapshot } = readCase(pageWithRow(`<input type="checkbox" checked> <select>${options}</select>`).body);
    expect(snapshot.facts).toMatchObject({ reassignmentRequested: true, reassignmentReason: 'another-plan' });
  });

  it('radios that are not reasons are not read as a reason', () => {
    const yesNo = '<input type="radio" name="yn" id="y" checked><label for="y">Yes</label><input type="radio" name="yn" id="n"><label for="n">No</label>';
    const { snapshot } = readCase(pageWithRow(`<input type="checkbox" checked> ${yesNo}`).body);
    expect(snapshot.facts.reassignmentReason).toBeUndefined();
  });
});
