/**
 * The value a caseworker sees in a field, read from its control or its text: the checked radio's
 * name, a check box's state, the chosen option, a text box's text, or the text of a cell.
 */
import { describe, expect, it } from 'vitest';
import { readRawValue, textOf } from '../../../lib/page/read-control';
import { parseHtml } from '../parse-html';

/** The value element `#v` of a small page. */
function valueOf(html: string): Element {
  return parseHtml(`<div id="v">${html}</div>`).getElementById('v')!;
}

describe('a radio group is read as the name of the checked choice', () => {
  it.each([
    ['a label pointing at it, placed before it', '<label for="r1">Yes</label><input type="radio" name="g" id="r1" value="1" checked><label for="r2">No</label><input type="radio" name="g" id="r2" value="2">', 'Yes'],
    ['a label wrapping it, the name before the button', '<label>Yes <input type="radio" name="g" value="1" checked></label><label>No <input type="radio" name="g" value="2"></label>', 'Yes'],
    ['the text right after it', '<input type="radio" name="g" value="1" checked> Yes <input type="radio" name="g" value="2"> No', 'Yes'],
    ['an element right after it', '<input type="radio" name="g" value="1" checked><span> Yes </span><input type="radio" name="g" value="2"><span>No</span>', 'Yes'],
    ['only an aria-label', '<input type="radio" name="g" value="1" aria-label="Yes" checked><input type="radio" name="g" value="2" aria-label="No">', 'Yes'],
    ['blank text after it and an aria-label', '<input type="radio" name="g" value="1" aria-label="Yes" checked> <input type="radio" name="g" value="2" aria-label="No">', 'Yes'],
    ['nothing but its value', '<span><input type="radio" name="g" value="Y" checked></span><span><input type="radio" name="g" value="N"></span>', 'Y'],
    ['nothing but its value, a comment after it', '<span><input type="radio" name="g" value="Y" checked><!-- c --></span><span><input type="radio" name="g" value="N"></span>', 'Y'],
  ])('named by %s', (_how, html, name) => {
    expect(readRawValue(valueOf(html))).toEqual({ kind: 'text', text: name, control: true });
  });

  it('nothing checked: blank, still read from a control', () => {
    const html = '<input type="radio" name="g" id="r1"><label for="r1">Yes</label><input type="radio" name="g" id="r2"><label for="r2">No</label>';
    expect(readRawValue(valueOf(html))).toEqual({ kind: 'text', text: '', control: true });
  });

  it('a label for another button does not name this one', () => {
    const html = '<label for="other">No</label><span><input type="radio" name="g" id="r1" value="Yes" checked></span>';
    expect(readRawValue(valueOf(html))).toEqual({ kind: 'text', text: 'Yes', control: true });
  });
});

describe('check boxes', () => {
  it.each([true, false])('a lone check box is read as checked or not (%s)', (checked) => {
    const el = valueOf('<input type="checkbox">');
    (el.querySelector('input') as HTMLInputElement).checked = checked;
    expect(readRawValue(el)).toEqual({ kind: 'checkbox', checked });
  });

  it.each([
    [[true, true, false], 'Belongs to another plan; CMS issue'],
    [[false, true, false], 'CMS issue'],
    [[false, false, false], ''],
  ])('a group of check boxes is read as the names of the checked ones (%j)', (checks, text) => {
    const el = valueOf(
      '<label><input type="checkbox" value="1"> Belongs to another plan</label><label><input type="checkbox" value="2"> CMS issue</label><label><input type="checkbox" value="3"> Requires category reassignment</label>',
    );
    Array.from(el.querySelectorAll('input')).forEach((box, i) => ((box as HTMLInputElement).checked = checks[i]!));
    expect(readRawValue(el)).toEqual({ kind: 'text', text, control: true });
  });

  it('a text box with one check box after it is read as the text box', () => {
    const el = valueOf('<input type="text" value="4012345"> <label><input type="checkbox" checked> Verified</label>');
    expect(readRawValue(el)).toEqual({ kind: 'text', text: '4012345', control: true });
  });
});

describe('drop-downs', () => {
  const select = (options: string) => valueOf(`<select>${options}</select>`);

  it('the chosen option is read by its name', () => {
    expect(readRawValue(select('<option value="">-- Select --</option><option value="Y" selected>Yes</option><option value="N">No</option>'))).toEqual({
      kind: 'text',
      text: 'Yes',
      control: true,
    });
  });

  it('a placeholder choice such as "-- Select --" is blank', () => {
    expect(readRawValue(select('<option value="" selected>-- Select --</option><option value="Y">Yes</option>'))).toEqual({ kind: 'text', text: '', control: true });
  });

  it('a choice with an empty value but a real name is read by its name', () => {
    expect(readRawValue(select('<option value="">-- Select --</option><option value="" selected>Yes</option>'))).toEqual({ kind: 'text', text: 'Yes', control: true });
  });

  it('a chosen option with a real value is read by its name, even a name such as "N/A"', () => {
    expect(readRawValue(select('<option value="">-- Select --</option><option value="NA" selected>N/A</option>'))).toEqual({ kind: 'text', text: 'N/A', control: true });
  });

  it('a browser without selectedOptions still reads the chosen option', () => {
    const el = select('<option value="">-- Select --</option><option value="N" selected>No</option>');
    Object.defineProperty(el.querySelector('select')!, 'selectedOptions', { value: undefined });
    expect(readRawValue(el)).toEqual({ kind: 'text', text: 'No', control: true });
  });
});

describe('text boxes and plain text', () => {
  it.each([
    ['a text box', '<input type="text" value=" 11/02/2026 ">', ' 11/02/2026 '],
    ['a text area', '<textarea>Line one\nLine two</textarea>', 'Line one\nLine two'],
  ])('%s is read as its text, from a control', (_what, html, text) => {
    expect(readRawValue(valueOf(html))).toEqual({ kind: 'text', text, control: true });
  });

  it('a cell without controls is read as its trimmed text, not from a control', () => {
    expect(readRawValue(valueOf('  Closed  '))).toEqual({ kind: 'text', text: 'Closed', control: false });
  });

  it.each(['br', 'p', 'div', 'li'])('text broken by <%s> keeps its line break', (tag) => {
    const html = tag === 'br' ? 'Line one<br>Line two' : `Line one<${tag}>Line two</${tag}>`;
    expect(readRawValue(valueOf(html))).toEqual({ kind: 'text', text: 'Line one\nLine two', control: false });
  });

  it('text inside an inline element runs on without a break', () => {
    expect(readRawValue(valueOf('Line<span> one</span>'))).toEqual({ kind: 'text', text: 'Line one', control: false });
  });

  it.each([
    ['a button', '<button>Edit</button>'],
    ['a script', '<script>var x = 1;</script>'],
    ['a style', '<style>.a { color: red }</style>'],
  ])('the text of %s in a cell is not part of its value', (_what, extra) => {
    expect(textOf(valueOf(`Closed${extra}`))).toBe('Closed');
  });
});

describe('long text is read only so far as needed to know it is too long', () => {
  it('text past the limit is seen to be past it', () => {
    expect(textOf(valueOf('abc<span>def</span>'), 3).length).toBeGreaterThan(3);
  });

  it('text exactly as long as the limit is read whole and trimmed; one character more is left as read, to be seen too long', () => {
    expect(readRawValue(valueOf(' Closed '), 8)).toEqual({ kind: 'text', text: 'Closed', control: false });
    expect(readRawValue(valueOf(' Closed  '), 8)).toEqual({ kind: 'text', text: ' Closed  ', control: false });
  });

  it('reading stops soon after the limit, even from inside nested elements', () => {
    const text = textOf(valueOf(`<div><span>${'a'.repeat(40)}</span></div><span>${'b'.repeat(40)}</span>`), 10);
    expect(text).not.toContain('b');
    expect(text.length).toBeGreaterThan(10);
  });

  it('reading stops soon after the limit within one element', () => {
    const text = textOf(valueOf(`<span>${'a'.repeat(40)}<b>${'b'.repeat(40)}</b></span>`), 10);
    expect(text).not.toContain('b');
  });
});
