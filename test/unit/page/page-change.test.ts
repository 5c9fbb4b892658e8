import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFieldCache, type FieldCache } from '../../../lib/page/field-cache';
import { inputNeed, mutationsNeed } from '../../../lib/page/page-change';
import { readCase, type ReadResult } from '../../../lib/page/read-case';
import type { RefreshNeed } from '../../../lib/refresh-schedule';
import { parseHtml, selectAsBrowser } from '../parse-html';

/** What the panel would show: the snapshot, the fields found and the controls they came from. */
const shown = (r: ReadResult) => ({ snapshot: r.snapshot, found: [...r.found].sort(), controls: r.controls });

let fields: FieldCache;
let observer: MutationObserver;

function load(file: string, listRows = 0): void {
  const doc = parseHtml(readFileSync(resolve(__dirname, '../../fixtures/ctm', file), 'utf8'));
  document.body.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
  selectAsBrowser(document);
  if (listRows) {
    const table = document.createElement('table');
    table.id = 'history';
    for (let i = 0; i < listRows; i++) {
      const row = table.insertRow();
      row.insertCell().textContent = `10/${(i % 28) + 1}/2026`;
      row.insertCell().textContent = `Entry ${i}: called the member's pharmacy`;
    }
    document.body.append(table);
  }
  fields = createFieldCache();
  readCase(document.body, fields.find);
  observer = new MutationObserver(() => undefined);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'checked', 'selected', 'hidden'] });
}

/**
 * Makes a change as the page would, and returns what the watcher would ask for. Checks the one
 * promise that matters: after the re-read it asks for (or none), the panel shows exactly what a
 * full read of the page shows.
 */
function change(make: () => void, event?: { target: Element; kind: 'input' | 'change' }): RefreshNeed | undefined {
  const before = shown(readCase(document.body, fields.find));
  make();
  const need = [mutationsNeed(observer.takeRecords(), fields), event && inputNeed(event.target, fields)].reduce<RefreshNeed | undefined>(
    (a, b) => (a === 'structure' || b === 'structure' ? 'structure' : (a ?? b)),
    undefined,
  );
  if (need === 'structure') fields.invalidate();
  const full = shown(readCase(document.body));
  expect(need ? shown(readCase(document.body, fields.find)) : before).toEqual(full);
  return need;
}

const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const labelCell = (label: string) => Array.from(document.querySelectorAll('td')).find((td) => td.textContent === label)!;

beforeEach(() => load('webforms-table.html', 100));
afterEach(() => observer.disconnect());

describe('which page changes the panel re-reads, and how much', () => {
  it('a list elsewhere on the page changing: nothing to read', () => {
    expect(change(() => ($('#history td:nth-child(2)').textContent = 'Entry updated'))).toBeUndefined();
    expect(change(() => (($('#history td').firstChild as Text).data = '11/01/2026'))).toBeUndefined();
    expect(change(() => $('#history').append(Object.assign(document.createElement('tr'), { innerHTML: '<td>11/02/2026</td><td>Left a voicemail</td>' })))).toBeUndefined();
    expect(change(() => $('#history tr').remove())).toBeUndefined();
    expect(change(() => $('#__VIEWSTATE').setAttribute('value', 'changed'))).toBeUndefined();
  });

  it('typing a resolution date or choosing Press/Hill: the values are read again', () => {
    const date = $<HTMLInputElement>('input[name$="txtResolutionDate"]');
    expect(change(() => (date.value = '11/03/2026'), { target: date, kind: 'input' })).toBe('values');
    const pressHill = $<HTMLSelectElement>('select[name$="ddlPressHill"]');
    expect(change(() => (pressHill.value = 'Y'), { target: pressHill, kind: 'change' })).toBe('values');
    const cis = $<HTMLInputElement>('input[id$="rblCIS_0"]');
    expect(change(() => (cis.checked = true), { target: cis, kind: 'change' })).toBe('values');
  });

  it('input in a control that is no field: nothing to read', () => {
    const other = document.createElement('input');
    $('#history').before(other);
    observer.takeRecords();
    expect(change(() => (other.value = 'x'), { target: other, kind: 'input' })).toBeUndefined();
  });

  it("a field's shown text changing: the values are read again", () => {
    expect(change(() => ($('[id$="lblCaseworker"]').textContent = 'Avery Kim'))).toBe('values');
    expect(change(() => (($('[id$="lblIssueLevel"]').firstChild as Text).data = 'None'))).toBe('values');
  });

  it('a value emptied, then filled again: the page is searched again (the field is missing in between)', () => {
    expect(change(() => ($('[id$="lblCaseworker"]').textContent = ''))).toBe('structure');
    expect(readCase(document.body, fields.find).snapshot.missing).toContain('caseworker');
    expect(change(() => ($('[id$="lblCaseworker"]').textContent = 'Avery Kim'))).toBe('structure');
  });

  it('a text appearing beside a label that had no value: the page is searched again', () => {
    expect(change(() => ($('[id$="lblReqCategory"]').textContent = 'Enrollment/Disenrollment'))).toBe('structure');
  });

  it('a row removed, a section replaced by a partial postback, a label renamed: the page is searched again', () => {
    expect(change(() => labelCell('Issue Level:').parentElement!.remove())).toBe('structure');
    expect(change(() => {
      const form = $('form');
      const copy = form.cloneNode(true) as HTMLFormElement;
      selectAsBrowser(document);
      form.replaceWith(copy);
      copy.querySelector<HTMLSelectElement>('select[name$="ddlPressHill"]')!.value = 'Y';
    })).toBe('structure');
    expect(change(() => (labelCell('Contract Number:').firstChild as Text).data = 'Contract ID:')).toBe('structure');
  });

  it('a label appearing anywhere, alone or with its value in one text: the page is searched again', () => {
    expect(change(() => $('#history').before(Object.assign(document.createElement('p'), { textContent: 'Complaint ID: 4199999' })))).toBe('structure');
    expect(change(() => (($('#history td:nth-child(2)').firstChild as Text).data = 'Issue Level'))).toBe('structure');
  });

  it('a large part added: the page is searched again without looking through it here', () => {
    const list = document.createElement('tbody');
    list.innerHTML = '<tr><td>10/01/2026</td><td>Left a voicemail</td></tr>'.repeat(1_000);
    expect(change(() => $('#history').append(list))).toBe('structure');
  });

  it('a page error appearing: the values (and errors) are read again', () => {
    expect(change(() => $('form').prepend(Object.assign(document.createElement('div'), { className: 'validation-summary-errors', textContent: 'The save failed.' })))).toBe('values');
  });
});

describe('the tabbed markup', () => {
  beforeEach(() => {
    observer.disconnect();
    load('tabbed.html');
  });

  it('a tab shown or hidden: the values are read again, and they are the same', () => {
    expect(change(() => ($('#tab-resolution').hidden = false))).toBe('values');
  });

  it('a tab whose fields arrive on first showing: the page is searched again', () => {
    const tab = $('#tab-resolution');
    const html = tab.innerHTML;
    tab.replaceChildren();
    fields.invalidate();
    readCase(document.body, fields.find);
    observer.takeRecords();
    expect(change(() => (tab.innerHTML = html))).toBe('structure');
  });
});

describe('the fields remembered', () => {
  it('are searched again only when told, or when one left the page', () => {
    const first = fields.find(document.body);
    expect(fields.find(document.body)).toBe(first);
    fields.invalidate();
    const second = fields.find(document.body);
    expect(second).not.toBe(first);
    labelCell('Disposition:').nextElementSibling!.remove();
    expect(fields.find(document.body)).not.toBe(second);
  });
});

describe('page changes the panel must not miss or over-read', () => {
  it('a batch with a value changed and then a label added: the page is searched again', () => {
    expect(change(() => {
      $('[id$="lblCaseworker"]').textContent = 'Avery Kim';
      $('#history').before(Object.assign(document.createElement('p'), { textContent: 'Complaint ID: 4199999' }));
    })).toBe('structure');
  });

  it('a cell inserted between a label and its value: the page is searched again (the label now pairs with it)', () => {
    const label = labelCell('Disposition:');
    expect(change(() => label.after(Object.assign(document.createElement('td'), { textContent: 'see notes' })))).toBe('structure');
  });

  it('a value emptied to spaces: the page is searched again', () => {
    expect(change(() => ($('[id$="lblCaseworker"]').textContent = '   '))).toBe('structure');
  });

  it('a cell of the list elsewhere emptied: nothing to read', () => {
    expect(change(() => ($('#history td:nth-child(2)').textContent = ''))).toBeUndefined();
  });

  it("the text beside a field's control emptied: the values are read again, the control still holds the value", () => {
    const cell = $('input[name$="txtResolutionDate"]').closest('td')!;
    const note = document.createTextNode('MM/DD/YYYY');
    cell.prepend(note);
    fields.invalidate();
    readCase(document.body, fields.find);
    observer.takeRecords();
    expect(change(() => (note.data = ''))).toBe('values');
  });

  it("a page error's text changing: the values (and errors) are read again", () => {
    const summary = Object.assign(document.createElement('div'), { className: 'validation-summary-errors', textContent: 'The save failed.' });
    $('#history').before(summary);
    observer.takeRecords();
    expect(change(() => (summary.textContent = 'The save failed again.'))).toBe('values');
  });

  it('a control added anywhere: the page is searched again (it may be a field\'s value)', () => {
    expect(change(() => $('#history').before(document.createElement('select')))).toBe('structure');
  });

  it('an added part of 2,000 elements is looked through here; one of 2,001 sends the page to a new search', () => {
    const part = (elements: number) => Object.assign(document.createElement('div'), { innerHTML: '<span>Left a voicemail</span>'.repeat(elements) });
    expect(change(() => $('#history').before(part(2_000)))).toBeUndefined();
    expect(change(() => $('#history').before(part(2_001)))).toBe('structure');
  });
});
