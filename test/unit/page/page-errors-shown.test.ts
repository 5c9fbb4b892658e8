/**
 * The error messages a caseworker sees on the page (a failed save, a validator that fired), and
 * not those the page keeps hidden until they fire.
 */
import { describe, expect, it } from 'vitest';
import { readPageErrors } from '../../../lib/page/page-errors';
import { parseHtml } from '../parse-html';

const errorsOf = (html: string) => readPageErrors(parseHtml(html).body);

describe('hidden messages are not errors', () => {
  it.each([
    ['hidden', '<span class="error" hidden>Date is required</span>'],
    ['aria-hidden', '<span class="error" aria-hidden="true">Date is required</span>'],
    ['inside an aria-hidden part', '<div aria-hidden="true"><span class="error">Date is required</span></div>'],
    ['inside a hidden part', '<div hidden><span class="error">Date is required</span></div>'],
    ['display: none', '<span class="field-validation-error" style="display:none">Date is required</span>'],
    ['visibility: hidden (ASP.NET validators)', '<span class="error" style="visibility:hidden">Date is required</span>'],
    ['inside a visibility: hidden part', '<div style="visibility: hidden"><span role="alert">Date is required</span></div>'],
  ])('%s', (_how, html) => {
    expect(errorsOf(`<p>Case</p>${html}`)).toEqual([]);
  });

  it('a message marked aria-hidden="false" is shown', () => {
    expect(errorsOf('<span class="error" aria-hidden="false">Date is required</span>')).toEqual(['Date is required']);
  });
});

describe('the messages shown', () => {
  it('a summary around several messages gives each message once, without its heading', () => {
    const html = '<div class="validation-summary-errors">Please fix: <ul><li class="error">Date is required</li><li class="error">Category is required</li></ul></div>';
    expect(errorsOf(html)).toEqual(['Date is required', 'Category is required']);
  });

  it('the same message twice is shown once', () => {
    expect(errorsOf('<span class="error">Save failed</span><div role="alert">Save failed</div>')).toEqual(['Save failed']);
  });

  it('an empty error element is no message', () => {
    expect(errorsOf('<span class="error"> </span><div role="alert">Save failed</div>')).toEqual(['Save failed']);
  });

  it('a message of 500 characters is shown; a longer block of text is not taken for one', () => {
    const at = 'x'.repeat(500);
    const over = 'y'.repeat(501);
    expect(errorsOf(`<div role="alert">${at}</div><div role="alert">${over}</div>`)).toEqual([at]);
  });
});
