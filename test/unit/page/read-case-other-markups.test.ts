/**
 * Markups none of the fixture pages use, written after the reader was done: the reader must
 * still find every field by its label (acceptance tests bring pages we have not seen).
 */
import { describe, expect, it } from 'vitest';
import { readCase } from '../../../lib/page/read-case';
import { parseHtml } from '../parse-html';
const load = parseHtml;
it('variant 1: inline label spans in paragraphs, radios for issue level, checkbox CIS', () => {
  const d = load(`<div class="card"><p><span class="lbl">Complaint ID:</span> <span>5550001</span></p>
  <p><b>Contract Number:</b> H1234-001 Acme MA-PD</p>
  <p><b>Date Received:</b> 11/2/2026 09:30:00 AM</p>
  <p><b>Date Assigned to Plan:</b> 11/03/2026</p>
  <fieldset><legend>Issue Level</legend><input type=radio name=il id=a><label for=a>Immediate Need</label><input type=radio name=il id=b checked><label for=b>Urgent</label><input type=radio name=il id=c><label for=c>None</label></fieldset>
  <p><b>Category:</b> Enrollment/Disenrollment</p><p><b>Subcategory:</b> Retroactive Disenrollment</p>
  <label><input type=checkbox checked> Is This Complaint Controlled in CIS?</label>
  <label for=ph>Press or Hill Interest</label><select id=ph><option>No</option><option selected>Yes</option></select>
  <label for=rd>Resolution Date</label><input id=rd value="">
  <p><b>Caseworker:</b> Sam Smith</p>
  <label for=ce>Current Entry (Plan Response)</label><textarea id=ce>hello</textarea></div>`);
  const r = readCase(d.body);
  expect(r.recognized).toBe(true);
  expect(r.snapshot.facts).toMatchObject({ complaintId: '5550001', contractNumber: 'H1234', receivedDate: '2026-11-02', assignedDate: '2026-11-03', issueLevel: 'urgent', category: 'Enrollment/Disenrollment', subcategory: 'Retroactive Disenrollment', cisControlled: 'yes', pressOrHillInterest: 'yes', caseworker: 'Sam Smith' });
  expect(r.snapshot.missing).toEqual([]);
});
it('variant 2: th scope=row tables with nested spans and required markers, label-above-value grid', () => {
  const d = load(`<table><tbody>
  <tr><th scope="row"><span>Complaint&nbsp;ID</span><span class="req">*</span></th><td><a href="#">5550002</a></td></tr>
  <tr><th scope="row">Contract</th><td><span>S4321</span></td></tr></tbody></table>
  <table><tr><td class="h">Received Date</td><td class="h">Assigned Date</td><td class="h">Issue Level</td></tr>
  <tr><td>2026-10-01</td><td>2026-10-02</td><td>Immediate Need</td></tr></table>
  <div class="row"><div class="col"><div class="label">Complaint Category</div><div class="value">Pricing/Co-Insurance</div></div>
  <div class="col"><div class="label">Subcategory</div><div class="value">Copay</div></div></div>
  <div><span>Is This Complaint Controlled in CIS?</span> <span>No</span></div>
  <div><span>Press or Hill Interest</span> <span>No</span></div>
  <div><span>Resolution Date (MM/DD/YYYY)</span> <input type=text value="10/05/2026"></div>
  <div><span>Caseworker</span> <span>Kim Lee</span></div>`);
  const r = readCase(d.body);
  expect(r.recognized).toBe(true);
  expect(r.snapshot.facts).toMatchObject({ complaintId: '5550002', contractNumber: 'S4321', receivedDate: '2026-10-01', assignedDate: '2026-10-02', issueLevel: 'immediate-need', category: 'Pricing/Co-Insurance', subcategory: 'Copay', cisControlled: 'no', pressOrHillInterest: 'no', resolutionDate: '2026-10-05', caseworker: 'Kim Lee' });
});
it('variant 3: label and value in one cell split by a line break, spacer cells, upper-case labels, dl with colons', () => {
  const d = load(`<table><tr><td>COMPLAINT ID:</td><td>&nbsp;</td><td>5550003</td></tr>
  <tr><td>Issue Level:<br>Urgent</td><td>Contract Number:<br>R5555</td></tr></table>
  <dl><dt>Date Received:</dt><dd>11/2/2026 3:15:00 PM</dd><dt>Date Assigned:</dt><dd>11/3/2026</dd>
  <dt>Category:</dt><dd>Marketing</dd><dt>Caseworker:</dt><dd>Lee Park</dd></dl>
  <p>Press or Hill Interest: Yes</p>`);
  const r = readCase(d.body);
  expect(r.recognized).toBe(true);
  expect(r.snapshot.facts).toMatchObject({ complaintId: '5550003', issueLevel: 'urgent', contractNumber: 'R5555', receivedDate: '2026-11-02', assignedDate: '2026-11-03', category: 'Marketing', caseworker: 'Lee Park', pressOrHillInterest: 'yes' });
});
