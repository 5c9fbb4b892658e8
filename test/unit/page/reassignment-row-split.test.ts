/**
 * When the "Request Reassignment" row holds the check box and a choice of reasons, the box is read
 * as the request and the choice as the reason; anything else in the row stays one field.
 */
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../lib/page/find-fields';
import { canonicalLabel } from '../../../lib/page/label-vocabulary';
import { readCase } from '../../../lib/page/read-case';
import { splitReassignmentRow } from '../../../lib/page/reassignment-row';
import { parseHtml } from '../parse-html';

const BOX = '<input type="checkbox" id="cb">';
const REASON_RADIOS = [
  'Belongs to another plan',
  'CMS issue',
  'Requires category reassignment',
  'Requires issue level reassignment',
]
  .map((name, i) => `<input type="radio" name="reason" id="r${i}" value="${i}"><label for="r${i}">${name}</label>`)
  .join('');

function rowCandidate(html: string): { candidate: Candidate; doc: Document } {
  const doc = parseHtml(`<table><tr><td>Request Reassignment</td><td id="row">${html}</td></tr></table>`);
  const candidate: Candidate = { key: 'reassignmentRequested', label: 'Request Reassignment', value: doc.getElementById('row')!, control: true };
  return { candidate, doc };
}

describe('the row is split into the request and its reason', () => {
  it('a radio list of reasons: the box is the request, the list is the reason', () => {
    const { candidate, doc } = rowCandidate(`${BOX}<span id="list">${REASON_RADIOS}</span>`);
    expect(splitReassignmentRow(candidate)).toEqual([
      { ...candidate, value: doc.getElementById('cb'), control: true },
      { key: 'reassignmentReason', label: canonicalLabel('reassignmentReason'), value: doc.getElementById('list'), control: true },
    ]);
  });

  it('reason radios loose in the row: the row holds the reason', () => {
    const { candidate, doc } = rowCandidate(`${BOX}${REASON_RADIOS}`);
    const [request, reason] = splitReassignmentRow(candidate);
    expect(request!.value).toBe(doc.getElementById('cb'));
    expect(reason!.value).toBe(doc.getElementById('row'));
  });

  it('two reason radios are already a choice of reasons', () => {
    const html = `${BOX}<span id="list"><input type="radio" name="reason" id="r0"><label for="r0">CMS issue</label><input type="radio" name="reason" id="r1"><label for="r1">Belongs to another plan</label></span>`;
    const { candidate, doc } = rowCandidate(html);
    expect(splitReassignmentRow(candidate).map((c) => c.value)).toEqual([doc.getElementById('cb'), doc.getElementById('list')]);
  });

  it('a drop-down of reasons after a placeholder: the drop-down is the reason', () => {
    const { candidate, doc } = rowCandidate(
      `${BOX}<select id="sel"><option value="">-- Select --</option><option value="1">Belongs to another plan</option><option value="2">CMS issue</option></select>`,
    );
    expect(splitReassignmentRow(candidate)).toEqual([
      { ...candidate, value: doc.getElementById('cb'), control: true },
      { key: 'reassignmentReason', label: canonicalLabel('reassignmentReason'), value: doc.getElementById('sel'), control: true },
    ]);
  });
});

describe('the reason chosen in a drop-down in the row is read', () => {
  it.each([
    ['an empty value', '<option value="">-- Select --</option>'],
    ['a value of its own', '<option value="0">-- Select --</option>'],
  ])('whether its placeholder has %s', (_what, placeholder) => {
    const doc = parseHtml(
      `<table><tr><td>Complaint ID</td><td>4012345</td></tr><tr><td>Request Reassignment</td><td><input type="checkbox"><select>${placeholder}<option value="1" selected>CMS issue</option><option value="2">Belongs to another plan</option></select></td></tr></table>`,
    );
    (doc.querySelector('input[type=checkbox]') as HTMLInputElement).checked = true;
    const { snapshot } = readCase(doc.body);
    expect(snapshot.facts.reassignmentRequested).toBe(true);
    expect(snapshot.facts.reassignmentReason).toBe('cms-issue');
    expect(snapshot.malformed).toEqual([]);
  });
});

describe('the row stays one field when it holds no reason choice', () => {
  it.each([
    ['a Yes/No drop-down', `${BOX}<select><option value="Y">Yes</option><option value="N">No</option></select>`],
    ['a drop-down with one reason', `${BOX}<select><option value="">-- Select --</option><option value="1">CMS issue</option></select>`],
    ['a drop-down mixing reasons with other choices', `${BOX}<select><option value="1">CMS issue</option><option value="2">Escalate to supervisor</option></select>`],
    ['one reason radio', `${BOX}<input type="radio" name="reason" id="r0"><label for="r0">CMS issue</label>`],
    ['reason radios with an "Other" choice', `${BOX}${REASON_RADIOS}<input type="radio" name="reason" id="r9"><label for="r9">Other</label>`],
    [
      'reason radios of two different groups',
      `${BOX}<input type="radio" name="a" id="r0"><label for="r0">CMS issue</label><input type="radio" name="b" id="r1"><label for="r1">Belongs to another plan</label>`,
    ],
    [
      'text boxes labelled by reasons',
      `${BOX}<input type="text" name="reason" id="t0"><label for="t0">CMS issue</label><input type="text" name="reason" id="t1"><label for="t1">Belongs to another plan</label>`,
    ],
    ['reason radios without a check box', REASON_RADIOS],
    ['two check boxes beside the reasons', `${BOX}<input type="checkbox" id="cb2">${REASON_RADIOS}`],
  ])('%s', (_what, html) => {
    const { candidate } = rowCandidate(html);
    expect(splitReassignmentRow(candidate)).toEqual([candidate]);
  });

  it('a "Label: value" text row is kept as it is', () => {
    const candidate: Candidate = { key: 'reassignmentRequested', label: 'Request Reassignment', value: 'Yes', control: false };
    expect(splitReassignmentRow(candidate)).toEqual([candidate]);
  });

  it('another field with a box and reason radios is not split', () => {
    const { candidate } = rowCandidate(`${BOX}${REASON_RADIOS}`);
    const other: Candidate = { ...candidate, key: 'cisControlled' };
    expect(splitReassignmentRow(other)).toEqual([other]);
  });
});
