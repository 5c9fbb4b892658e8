/**
 * Which text findFields takes for a label: short text that names a field, or "Label: value" in one
 * small element; never prose, link or button text, scripts or drawings. A field it cannot pair
 * is left missing rather than guessed.
 */
import { describe, expect, it } from 'vitest';
import { hasLabelText } from '../../../lib/page/find-fields';
import { parseHtml } from '../parse-html';
import { pairs } from './find-fields-pairs';

const sentence = (start: string, length: number) => (start + ' and more words follow here'.repeat(10)).slice(0, length);

describe('inline "Label: value" text', () => {
  it('reads the value after the colon, and names the field by the text before it', () => {
    expect(pairs('<p>Complaint ID: 4012345</p>')).toEqual([{ key: 'complaintId', label: 'Complaint ID', value: '4012345', control: false }]);
  });

  it.each([
    ['no more than two inner elements', '<p>Complaint ID: <b>40</b><i>12</i></p>', [{ key: 'complaintId', label: 'Complaint ID', value: '4012', control: false }]],
    ['three inner elements (a block, not a field)', '<p>Complaint ID: <b>40</b><i>12</i><u>34</u></p>', []],
  ])('takes a line with %s', (_name, html, expected) => {
    expect(pairs(html)).toEqual(expected);
  });

  it('leaves a line holding a form control to the control, not to the text after the colon', () => {
    expect(pairs('<p>Caseworker: <input id="cw" value="Sam"> (required)</p>')).toEqual([]);
  });

  it('takes a text of exactly 90 characters, but not a longer sentence that begins with a label', () => {
    const ninety = sentence('Caseworker: Sam', 90);
    expect(ninety).toHaveLength(90);
    expect(pairs(`<p>${ninety}</p>`)).toEqual([{ key: 'caseworker', label: 'Caseworker', value: ninety.slice('Caseworker: '.length), control: false }]);
    expect(pairs(`<p>${sentence('Caseworker: Sam', 91)}</p>`)).toEqual([]);
  });
});

describe('text that is not a label', () => {
  it.each([
    ['a drawing', '<svg><text>Complaint ID</text><text>4012345</text></svg><svg><text>Caseworker: Sam</text></svg>'],
    ['a button', '<button><span>Complaint ID</span><span>4012345</span></button>'],
    ['a script-less fallback', '<noscript><p>Caseworker: Sam</p></noscript>'],
    ['a link', '<nav><a href="#cw"><span>Caseworker</span></a><span>Sam</span></nav>'],
  ])('inside %s is not read as a field', (_name, html) => {
    expect(pairs(html)).toEqual([]);
  });

  it('a word that only begins with a label is not one', () => {
    const doc = parseHtml('<span>Contracts</span><span>Caseworkers: Sam</span>');
    expect(Array.from(doc.body.children).map(hasLabelText)).toEqual([false, false]);
  });
});

describe('hasLabelText: where a page change may touch a field', () => {
  const first = (html: string) => hasLabelText(parseHtml(html).body.firstElementChild!);

  it.each([
    ['a label', '<span>Caseworker</span>', true],
    ['inline label and value', '<p>Caseworker: Sam</p>', true],
    ['inline text with two inner elements', '<p>Complaint ID: <b>40</b><i>12</i></p>', true],
    ['inline text of exactly 90 characters', `<p>${sentence('Caseworker: Sam', 90)}</p>`, true],
    ['a longer sentence that begins with a label', `<p>${sentence('Caseworker: Sam', 91)}</p>`, false],
    ['inline text with three inner elements', '<p>Complaint ID: <b>40</b><i>12</i><u>34</u></p>', false],
    ['inline text holding a control', '<p>Caseworker: <input value="Sam"> (required)</p>', false],
    ['text with a colon but no label before it', '<p>Status: open</p>', false],
    ['a script', '<script>Caseworker</script>', false],
    ['a drawing', '<svg><text>Caseworker</text></svg>', false],
    ['a table', '<table><tr><td>Caseworker</td></tr></table>', false],
    ['a link', '<a href="#">Caseworker</a>', false],
    ['blank text', '<span>   </span>', false],
  ])('%s: %s', (_name, html, expected) => {
    expect(first(html)).toBe(expected);
  });
});

describe('headings', () => {
  it('a heading followed by content is a weak label, used only when nothing better pairs', () => {
    expect(pairs('<h2>Caseworker</h2><p>Sam</p>')).toEqual([{ key: 'caseworker', label: 'Caseworker', value: 'Sam', control: false, weak: true }]);
  });

  it.each(['x-h2', 'h2-title'])('a custom element <%s> is not a heading', (tag) => {
    expect(pairs(`<${tag}>Caseworker</${tag}><p>Sam</p>`)).toEqual([{ key: 'caseworker', label: 'Caseworker', value: 'Sam', control: false }]);
  });
});
