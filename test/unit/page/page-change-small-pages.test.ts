/**
 * Page changes on small pages: a label renamed to text that names no field, a value's hint text
 * emptied beside its control, a line that becomes "Label: value" at the longest label length, and
 * a change to unrelated text. Each time the panel asks for what it needs and no more, and after
 * that re-read it shows exactly what a full read of the page shows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createFieldCache, type FieldCache } from '../../../lib/page/field-cache';
import { mutationsNeed } from '../../../lib/page/page-change';
import { readCase, type ReadResult } from '../../../lib/page/read-case';
import type { RefreshNeed } from '../../../lib/refresh-schedule';

const shown = (r: ReadResult) => ({ snapshot: r.snapshot, found: [...r.found].sort() });

let fields: FieldCache;
let observer: MutationObserver | undefined;

function load(html: string): void {
  document.body.innerHTML = html;
  fields = createFieldCache();
  readCase(document.body, fields.find);
  observer = new MutationObserver(() => undefined);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'checked', 'selected', 'hidden'] });
}

/** Makes a change and returns what the watcher asks for; checks the re-read matches a full read. */
function change(make: () => void): RefreshNeed | undefined {
  const before = shown(readCase(document.body, fields.find));
  make();
  const need = mutationsNeed(observer!.takeRecords(), fields);
  if (need === 'structure') fields.invalidate();
  const full = shown(readCase(document.body));
  expect(need ? shown(readCase(document.body, fields.find)) : before).toEqual(full);
  return need;
}

const $ = (selector: string) => document.querySelector(selector)!;

afterEach(() => observer?.disconnect());

describe('changes on a small page', () => {
  it('a label renamed to text that names no field: the page is searched again (the field is gone)', () => {
    load('<div><span id="l">Caseworker</span><span>Sam Sample</span></div>');
    expect(change(() => (($('#l').firstChild as Text).data = 'Notes'))).toBe('structure');
    expect(readCase(document.body, fields.find).found.has('caseworker')).toBe(false);
  });

  it("the hint beside a field's control emptied: the values are read again, the control still holds the value", () => {
    load('<dl><dt>Resolution Date</dt><dd><input id="rd" value="11/03/2026"><span id="hint">MM/DD/YYYY</span></dd></dl>');
    expect(change(() => $('#hint').remove())).toBe('values');
    expect(readCase(document.body, fields.find).snapshot.facts).toEqual({ resolutionDate: '2026-11-03' });
  });

  it('a line that becomes "Caseworker: …" of exactly 90 characters (the longest label line): the page is searched again', () => {
    load('<p id="line">Loading</p><p>Complaint ID: 4012345</p>');
    const line = `Caseworker: ${'Sam Sample '.repeat(7)}x`;
    expect(line).toHaveLength(90);
    expect(change(() => (($('#line').firstChild as Text).data = line))).toBe('structure');
    expect(readCase(document.body, fields.find).found.has('caseworker')).toBe(true);
  });

  it('a line that becomes 91 characters starting "Caseworker:" is no label: nothing to read', () => {
    load('<p id="line">Loading</p><p>Complaint ID: 4012345</p>');
    const line = `Caseworker: ${'Sam Sample '.repeat(7)}xy`;
    expect(line).toHaveLength(91);
    expect(change(() => (($('#line').firstChild as Text).data = line))).toBeUndefined();
  });

  it('text that names no field changing on a page of little text: nothing to read', () => {
    load('<div><span>Caseworker</span><span>Sam Sample</span></div><p id="clock">10:00</p>');
    expect(change(() => (($('#clock').firstChild as Text).data = '10:01'))).toBeUndefined();
  });
});
