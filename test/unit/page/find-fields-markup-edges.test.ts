/**
 * Markups at the edges of findFields' pairing rules: words that only look like labels, elements
 * that carry a `for` or sit in a fieldset without being a legend, empty ids, label wrappers that
 * hold more than the label, and tables a script built without the parser's `tbody`. In each the
 * panel must read the value a caseworker sees beside the label, or report the field missing:
 * never a neighbouring text.
 */
import { describe, expect, it } from 'vitest';
import { pairs, pairsIn } from './find-fields-pairs';

const caseworker = (value: string, control = false) => ({ key: 'caseworker', label: 'Caseworker', value, control });

/** An element built the way a page script builds it (no parser fix-ups such as `tbody`). */
function el(tag: string, ...children: (Element | string)[]): Element {
  const element = document.createElement(tag);
  element.append(...children);
  return element;
}

describe('words that only look like labels', () => {
  it('a heading "Contracts" (no colon) is no Contract field, nor any other', () => {
    expect(pairs('<h2>Contracts</h2><p>H1234 and H5678</p><p>Caseworkers</p><p>Sam, Lee</p>')).toEqual([]);
  });
});

describe('elements that are not labels for a control', () => {
  it('an <output> showing a label text is read like any text label: its "for" names inputs, not the value', () => {
    expect(pairs('<output for="gone">Caseworker</output><span>Sam</span>')).toEqual([caseworker('Sam')]);
  });

  it('a label inside a fieldset that is not its legend is paired with the text after it, not the whole fieldset', () => {
    expect(pairs('<fieldset><span>Caseworker</span><span>Sam</span></fieldset>')).toEqual([caseworker('Sam')]);
  });

  it('a label with an empty id is not named by an element with an empty aria-labelledby', () => {
    expect(pairs('<span id="">Caseworker</span><span>Sam</span><div aria-labelledby="">Other text</div>')).toEqual([caseworker('Sam')]);
  });
});

describe("a label's wrapper", () => {
  it('a wrapper holding the label, a hint and an empty value element: the next row is not taken for the value', () => {
    expect(pairs('<div><span>Caseworker</span><span class="value"></span> (optional)</div><div>Unrelated text</div>')).toEqual([]);
  });
});

describe('tables built by a page script', () => {
  it('rows put straight into the table: a header row reads the cell below it', () => {
    const table = el('table', el('tr', el('th', 'Caseworker'), el('th', 'Notes')), el('tr', el('td', 'Sam'), el('td', 'none')));
    expect(pairsIn(el('div', table))).toEqual([caseworker('Sam')]);
  });

  it('a header row closing one such table takes no value from the next table', () => {
    const first = el('table', el('tr', el('th', 'Caseworker'), el('th', 'Notes')));
    const second = el('table', el('tr', el('td', 'Sam'), el('td', 'none')));
    expect(pairsIn(el('div', first, second))).toEqual([]);
  });

  it('only a table row below a header row holds its value, not another element a script put there', () => {
    const body = el('tbody', el('tr', el('th', 'Caseworker')), el('div', el('span', 'Sam')));
    expect(pairsIn(el('div', el('table', body)))).toEqual([]);
  });

  it('a label cell pairs only with a cell beside it, not with another element a script put in the row', () => {
    const row = el('tr', el('td', 'Caseworker'), el('span', 'Other text'), el('td', 'Sam'));
    expect(pairsIn(el('div', el('table', el('tbody', row))))).toEqual([caseworker('Sam')]);
  });

  it('cells a script put outside any table row pair with nothing', () => {
    expect(pairsIn(el('div', el('td', 'Caseworker'), el('td', 'Sam')))).toEqual([]);
  });
});

describe('an element read on its own, off any page', () => {
  it.each([
    ['a legend', () => el('legend', 'Caseworker'), []],
    ['a span', () => el('span', 'Caseworker'), []],
    ['a cell', () => el('td', 'Caseworker'), []],
    ['a table row', () => el('tr', el('td', 'Caseworker'), el('td', 'Sam')), [caseworker('Sam')]],
  ])('%s is read without failing', (_name, make, expected) => {
    const root = make();
    expect(root.parentElement).toBeNull();
    expect(pairsIn(root)).toEqual(expected);
  });
});
