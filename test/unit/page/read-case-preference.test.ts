/**
 * Which value the reader trusts when a page shows a field more than once, when it takes a page
 * for a complaint page, and which element it hands the panel as a field's control.
 */
import { describe, expect, it } from 'vitest';
import { readCase } from '../../../lib/page/read-case';
import { parseHtml } from '../parse-html';

/** A complaint ID and three more core fields: enough to be a complaint page. */
const HEADER = `<p>Complaint ID: 4012345</p><p>Contract Number: S1234</p><p>Date Received: 11/02/2026</p><p>Issue Level: Urgent</p>`;

const read = (html: string) => readCase(parseHtml(html).body);

describe('a field shown twice', () => {
  it('a resolution date typed in the box wins over an older one printed on the page', () => {
    const r = read(`${HEADER}<p>Resolution Date: 10/01/2026</p>
      <label for="rd">Resolution Date</label><input id="rd" value="11/05/2026">`);
    expect(r.snapshot.facts.resolutionDate).toBe('2026-11-05');
    expect(r.snapshot.conflicts).toEqual([]);
  });

  it('the box wins even when it comes first and the page text after it', () => {
    const r = read(`${HEADER}<label for="rd">Resolution Date</label><input id="rd" value="11/05/2026">
      <p>Resolution Date: 10/01/2026</p>`);
    expect(r.snapshot.facts.resolutionDate).toBe('2026-11-05');
  });

  it('a blank box still wins over an older date printed on the page: the caseworker cleared it', () => {
    const r = read(`${HEADER}<p>Resolution Date: 10/01/2026</p><label for="rd">Resolution Date</label><input id="rd" value="">`);
    expect(r.snapshot.facts.resolutionDate).toBeUndefined();
  });

  it('two boxes with different dates are reported as a conflict, not one picked silently', () => {
    const r = read(`${HEADER}<label for="a">Resolution Date</label><input id="a" value="11/05/2026">
      <label for="b">Resolution Date</label><input id="b" value="11/06/2026">`);
    expect(r.snapshot.facts.resolutionDate).toBeUndefined();
    expect(r.snapshot.conflicts).toEqual([{ key: 'resolutionDate', label: 'Resolution Date', values: ['2026-11-05', '2026-11-06'] }]);
  });

  it('the same date shown twice in different forms is one value, not a conflict', () => {
    const r = read(`${HEADER}<p>Date Assigned: 11/3/2026</p><p>Date Assigned: 2026-11-03</p>`);
    expect(r.snapshot.facts.assignedDate).toBe('2026-11-03');
    expect(r.snapshot.conflicts).toEqual([]);
  });

  it('the first Current Entry box on the page is the note the panel checks', () => {
    const r = read(`${HEADER}<label for="one">Current Entry</label><textarea id="one">first</textarea>
      <label for="two">Current Entry</label><textarea id="two">second</textarea>`);
    expect(r.controls.currentEntry?.id).toBe('one');
    expect(r.snapshot.currentEntry).toBe('first');
  });

  it('the first complaint summary shown is the one kept', () => {
    const r = read(`${HEADER}<p>Complaint Summary: Pharmacy charged the brand copay.</p><p>Complaint Summary: Older text.</p>`);
    expect(r.snapshot.phi.summary).toBe('Pharmacy charged the brand copay.');
  });

  it('a malformed value is reported under the label the page shows', () => {
    const r = read(`${HEADER}<label for="rd">*Resolution Date (MM/DD/YYYY):</label><input id="rd" value="13/45/2026">`);
    expect(r.snapshot.malformed).toEqual([
      { key: 'resolutionDate', label: '*Resolution Date (MM/DD/YYYY):', reason: '"13/45/2026" is not a calendar date' },
    ]);
  });
});

describe('taking a page for a complaint page', () => {
  it('a complaint ID with two other core fields is not a complaint page', () => {
    const r = read(`<p>Complaint ID: 4012345</p><p>Contract Number: S1234</p><p>Date Received: 11/02/2026</p>`);
    expect(r.recognized).toBe(false);
  });

  it('a complaint ID with three other core fields is one', () => {
    expect(read(HEADER).recognized).toBe(true);
  });

  it('four core fields without a complaint ID are not one', () => {
    const r = read(`<p>Contract Number: S1234</p><p>Date Received: 11/02/2026</p><p>Issue Level: Urgent</p><p>Date Assigned: 11/03/2026</p>`);
    expect(r.recognized).toBe(false);
  });
});

describe('the control the panel acts on', () => {
  it('no single radio button stands for a group of Disposition choices', () => {
    const r = read(`${HEADER}<fieldset><legend>Disposition</legend>
      <input type="radio" name="d" id="d1"><label for="d1">Resolved</label>
      <input type="radio" name="d" id="d2" checked><label for="d2">Unresolved</label></fieldset>`);
    expect(r.snapshot.facts.disposition).toBe('unresolved');
    expect(r.controls.disposition).toBeUndefined();
  });

  it('a Disposition list box is the control', () => {
    const r = read(`${HEADER}<label for="d">Disposition</label><select id="d"><option>Open</option><option selected>Resolved</option></select>`);
    expect(r.snapshot.facts.disposition).toBe('resolved');
    expect(r.controls.disposition?.id).toBe('d');
  });

  it('printed text has no control', () => {
    expect(read(`${HEADER}<p>Disposition: Resolved</p>`).controls.disposition).toBeUndefined();
  });
});
