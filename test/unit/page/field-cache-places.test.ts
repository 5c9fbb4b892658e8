/**
 * The field cache: a re-read reuses the last search while the page's fields stay put, searches a
 * new page afresh, and tells where a change happened (a label, a value, beside a label in its row).
 */
import { describe, expect, it } from 'vitest';
import { createFieldCache } from '../../../lib/page/field-cache';
import { parseHtml } from '../parse-html';
import { valueName } from './find-fields-pairs';

describe('re-reading', () => {
  it('reuses the fields found while nothing moved, "Label: value" text included', () => {
    const doc = parseHtml('<p>Complaint ID: 4012345</p><div><span>Caseworker</span><span>Sam</span></div>');
    const cache = createFieldCache();
    const first = cache.find(doc.body);
    expect(cache.find(doc.body)).toBe(first);
  });

  it('searches another page afresh', () => {
    const cache = createFieldCache();
    cache.find(parseHtml('<p>Caseworker: Sam</p>').body);
    expect(cache.find(parseHtml('<p>Caseworker: Lee</p>').body).map((c) => valueName(c.value))).toEqual(['Lee']);
  });
});

describe('where a change happened', () => {
  const row = (cells: number) => `<div id="row"><span id="label">Caseworker</span><span id="value">Sam</span>${'<i>·</i>'.repeat(cells - 2)}</div>`;

  it('in a label, in its value, or beside the label in a small row', () => {
    const doc = parseHtml(row(10));
    const cache = createFieldCache();
    cache.find(doc.body);
    const at = (id: string) => cache.placeOf(doc.getElementById(id)!.firstChild);
    expect([at('label'), at('value'), cache.placeOf(doc.querySelector('i')!)]).toEqual(['label', 'value', 'beside-label']);
  });

  it('not beside the label when its parent is a big block (more than ten children) or the page itself', () => {
    const big = parseHtml(row(11));
    const cache = createFieldCache();
    cache.find(big.body);
    expect(cache.placeOf(big.querySelector('i')!)).toBeUndefined();

    const flat = parseHtml('<span>Caseworker</span><span>Sam</span><p>elsewhere</p>');
    cache.find(flat.body);
    expect(cache.placeOf(flat.querySelector('p')!)).toBeUndefined();
  });
});
