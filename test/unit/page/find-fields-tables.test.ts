/**
 * How findFields pairs a label in a table cell: with the cell beside it, with the cell below it
 * (a header row over one data row, also across thead and tbody), or not at all when the table is a
 * list of many rows: a list's first row is not this complaint's value.
 */
import { describe, expect, it } from 'vitest';
import { pairs } from './find-fields-pairs';

const caseworker = (value: string) => ({ key: 'caseworker', label: 'Caseworker', value, control: false });

describe('label and value side by side', () => {
  it('skips spacer cells to the cell with the value', () => {
    expect(pairs('<table><tr><td>Caseworker</td><td></td><td>Sam</td></tr></table>')).toEqual([caseworker('Sam')]);
  });

  it('takes a value in a header cell beside a data cell label', () => {
    expect(pairs('<table><tr><td>Caseworker</td><th>Sam</th></tr></table>')).toEqual([caseworker('Sam')]);
  });
});

describe('label above value', () => {
  it('a header row in thead over one data row in tbody: the cell below, not the header beside', () => {
    expect(pairs('<table><thead><tr><td>Caseworker</td><td>Notes</td></tr></thead><tbody><tr><td>Sam</td><td>none</td></tr></tbody></table>')).toEqual([caseworker('Sam')]);
  });

  it('a row of header cells over one data row: the cell below, not the header beside', () => {
    expect(pairs('<table><tr><th>Caseworker</th><th>Notes</th></tr><tr><td>Sam</td><td>none</td></tr></table>')).toEqual([caseworker('Sam')]);
  });

  it('a one-column table reads the cell below its header even when more rows follow', () => {
    expect(pairs('<table><tr><th>Caseworker</th></tr><tr><td>Sam</td></tr><tr><td>Lee</td></tr></table>')).toEqual([caseworker('Sam')]);
  });

  it('a form grid: a label row with an empty cell over its value row, then another label row over its values', () => {
    expect(pairs(`<table><tr><td>Caseworker</td><td></td></tr><tr><td>Sam</td><td></td></tr>
      <tr><td>Category</td><td>Subcategory</td></tr><tr><td>Marketing</td><td>Other</td></tr></table>`)).toEqual([
      caseworker('Sam'),
      { key: 'category', label: 'Category', value: 'Marketing', control: false },
      { key: 'subcategory', label: 'Subcategory', value: 'Other', control: false },
    ]);
  });
});

describe('lists of many rows', () => {
  it.each([
    ['label cells', '<table><tr><td>Caseworker</td><td>Contract</td></tr><tr><td>Sam</td><td>H1234</td></tr><tr><td>Lee</td><td>H5678</td></tr></table>'],
    ['header cells', '<table><tr><th>Caseworker</th><th>Contract</th></tr><tr><td>Sam</td><td>H1234</td></tr><tr><td>Lee</td><td>H5678</td></tr></table>'],
    ['thead', '<table><thead><tr><td>Caseworker</td><td>Notes</td></tr></thead><tbody><tr><td>Sam</td><td>a</td></tr><tr><td>Lee</td><td>b</td></tr></tbody></table>'],
  ])('a list headed by %s leaves its fields missing', (_name, html) => {
    expect(pairs(html)).toEqual([]);
  });
});
