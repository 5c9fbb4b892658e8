/**
 * How findFields pairs a label with its value outside tables: `<label for>`, a wrapping label,
 * aria-labelledby / aria-label, fieldset/legend, dt/dd, the next element, and a label's wrapper
 * followed by the value. Where the page says which element holds the value, that element is the
 * value, or the field is missing: never a guess from whatever comes next.
 */
import { describe, expect, it } from 'vitest';
import { pairs } from './find-fields-pairs';

const caseworker = (value: string, control = false) => ({ key: 'caseworker', label: 'Caseworker', value, control });

describe('labels for controls', () => {
  it('a label whose control is gone leaves the field missing, not the next text', () => {
    expect(pairs('<label for="gone">Caseworker</label><span>Sam</span>')).toEqual([]);
  });

  it('a label whose named control is gone still reads a control it wraps', () => {
    expect(pairs('<label id="cwl" for="gone">Caseworker <input value="Sam"></label>')).toEqual([caseworker('cwl', true)]);
  });

  it('a wrapping label reads the control inside it, as a control', () => {
    expect(pairs('<label id="cwl">Caseworker <input value="Sam"></label>')).toEqual([caseworker('cwl', true)]);
  });

  it('a label without "for" or a control is paired with the text after it', () => {
    expect(pairs('<label>Caseworker</label><span>Sam</span>')).toEqual([caseworker('Sam')]);
  });
});

describe('fieldset and legend', () => {
  it('a legend names its fieldset', () => {
    expect(pairs('<fieldset id="cwset"><legend>Caseworker</legend><input id="cw" value="Sam"></fieldset>')).toEqual([caseworker('cwset', true)]);
  });

  it('a legend outside a fieldset is paired with the text after it, not its container', () => {
    expect(pairs('<div><legend>Caseworker</legend><span>Sam</span></div>')).toEqual([caseworker('Sam')]);
  });
});

describe('aria-labelledby', () => {
  it('a label some element names itself by holds the value, not the text after the label', () => {
    expect(pairs('<span id="cwl">Caseworker</span><span>(name)</span><p>Other</p><div id="cw" aria-labelledby="other cwl">Sam</div>')).toEqual([
      caseworker('cw'),
      caseworker('cw'),
    ]);
  });

  it('a label with an id nobody points at is paired with the text after it', () => {
    expect(pairs('<span id="cwl">Caseworker</span><span>Sam</span>')).toEqual([caseworker('Sam')]);
  });

  it('a section named by its own heading is not the value: the content under the heading is', () => {
    expect(pairs('<section aria-labelledby="h"><h2 id="h">Caseworker</h2><p>Sam</p></section>')).toEqual([{ ...caseworker('Sam'), weak: true }]);
  });

  it('joins the texts of several labelling elements with spaces', () => {
    expect(pairs('<span id="a">Press or</span><i>x</i><span id="b">Hill Interest</span><i>y</i><input id="ph" aria-labelledby="a b" value="No">')).toEqual([
      { key: 'pressOrHillInterest', label: 'Press or Hill Interest', value: 'ph', control: true },
    ]);
  });

  it('skips an id that names nothing', () => {
    expect(pairs('<i>x</i><span id="cwl">Caseworker</span><i>y</i><div id="cw" aria-labelledby="gone cwl">Sam</div>')).toEqual([
      caseworker('cw'),
      caseworker('cw'),
    ]);
  });

  it('an empty aria-labelledby names nothing', () => {
    expect(pairs('<div aria-labelledby="">Sam</div>')).toEqual([]);
  });
});

describe('aria-label', () => {
  it('names a control, or a text element, by the field it labels', () => {
    expect(pairs('<input id="cw" aria-label="Caseworker" value="Sam"><div id="ct" aria-label="Contract">H1234</div>')).toEqual([
      caseworker('cw', true),
      { key: 'contractNumber', label: 'Contract', value: 'ct', control: false },
    ]);
  });

  it('ignores a name that is no field', () => {
    expect(pairs('<input aria-label="Search" value="Sam">')).toEqual([]);
  });
});

describe('dt and dd', () => {
  it('a dt is paired with the next dd, past anything else between them', () => {
    expect(pairs('<dl><dt>Caseworker</dt><span>(name)</span><dd>Sam</dd></dl>')).toEqual([caseworker('Sam')]);
  });

  it('an empty dd is the field, read empty, rather than missing', () => {
    expect(pairs('<dl><dt>Caseworker</dt><dd id="cw"></dd><dt>Contract</dt><dd>H1234</dd></dl>')).toEqual([
      caseworker('cw'),
      { key: 'contractNumber', label: 'Contract', value: 'H1234', control: false },
    ]);
  });
});

describe('the next element', () => {
  it('skips empty elements to the next one with text', () => {
    expect(pairs('<div><span>Caseworker</span><span></span><span>Sam</span></div>')).toEqual([caseworker('Sam')]);
  });

  it('stops at the next label: the field is empty', () => {
    expect(pairs('<div><span>Caseworker</span><span>Contract</span><span>H1234</span></div>')).toEqual([
      { key: 'contractNumber', label: 'Contract', value: 'H1234', control: false },
    ]);
  });

  it("takes the element after a label's wrapper when the wrapper holds only the label and a hint", () => {
    expect(pairs('<div><span>Caseworker</span> (optional)</div><div>Sam</div>')).toEqual([caseworker('Sam')]);
  });
});
