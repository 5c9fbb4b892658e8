import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAILTO_SAFE_LENGTH, mailtoHref, mailtoTooLong, oneLineSubject, parseMailto } from '../../../lib/email/mailto';

const HOSTILE = 'a & b ? c # d % e + f = g ; h "quoted" \'single\' <tag> café 日本 👩‍⚕️ 🎉\r\nCRLF line\nLF line\rCR line';
const HOSTILE_CRLF = 'a & b ? c # d % e + f = g ; h "quoted" \'single\' <tag> café 日本 👩‍⚕️ 🎉\r\nCRLF line\r\nLF line\r\nCR line';

/** What a mail app should receive: every line of the text, joined by CR LF. */
const crlfLines = (text: string) => text.split(/\r\n|\r|\n/).join('\r\n');

describe('mailtoHref (RFC 6068)', () => {
  it('round-trips hostile subject and body exactly, with body line breaks as CR LF', () => {
    const parts = { to: 'lead-ro@example.gov', subject: 'CTM & RD? #1 100% + = ; "x" é 🎉', body: HOSTILE };
    const back = parseMailto(mailtoHref(parts));
    expect(back).toEqual({ to: parts.to, subject: parts.subject, body: HOSTILE_CRLF });
    expect(back.body).toContain('CRLF line\r\nLF line\r\nCR line');
  });

  it('writes spaces as %20 and line breaks as %0D%0A, never + or a bare LF', () => {
    const href = mailtoHref({ to: 'CTM@cms.hhs.gov', subject: 'a b', body: 'one two\nthree+four' });
    expect(href).toBe('mailto:CTM@cms.hhs.gov?subject=a%20b&body=one%20two%0D%0Athree%2Bfour');
    expect(href).not.toMatch(/%0A(?<!%0D%0A)/);
  });

  it('escapes every reserved character in the header values', () => {
    const href = mailtoHref({ to: 'x@example.gov', subject: "!#$&'()*+,/:;=?@[]", body: '' });
    const query = href.slice(href.indexOf('?') + 1);
    expect(query).toBe('subject=%21%23%24%26%27%28%29%2A%2B%2C%2F%3A%3B%3D%3F%40%5B%5D');
  });

  it('keeps the @ of the address and escapes what follows a hostile local part', () => {
    const href = mailtoHref({ to: 'a&b?c@example.gov', subject: 's', body: 'b' });
    expect(href.startsWith('mailto:a%26b%3Fc@example.gov?')).toBe(true);
    expect(parseMailto(href).to).toBe('a&b?c@example.gov');
  });

  it('round-trips any text (fast-check)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 200 });
    const withBreaks = fc
      .array(fc.oneof(text, fc.constantFrom('\r\n', '\n', '\r', '&', '?', '#', '%', '+', '=', ';', '"', "'", '%20', '%0A')), { maxLength: 20 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(withBreaks, withBreaks, (subject, body) => {
        const back = parseMailto(mailtoHref({ to: 'CTM@cms.hhs.gov', subject, body }));
        expect(back.to).toBe('CTM@cms.hhs.gov');
        expect(back.subject).toBe(oneLineSubject(subject));
        expect(back.subject).not.toMatch(/[\r\n]/);
        expect(back.body).toBe(crlfLines(body));
      }),
      { numRuns: 300 },
    );
  });

  it('never puts a line break in the subject: header text cannot become a header', () => {
    for (const subject of ['Acme\r\nBcc: evil@x.com', 'Acme\nBcc: evil@x.com', 'Acme\rBcc: evil@x.com', 'Acme\u2028Bcc: evil@x.com', 'Acme\u0085\tBcc: evil@x.com']) {
      const href = mailtoHref({ to: 'lead-ro@example.gov', subject, body: 'one\ntwo' });
      const query = href.slice(href.indexOf('?'));
      expect(query.slice(0, query.indexOf('&body='))).not.toMatch(/%0D|%0A|%E2%80%A8|%C2%85|%09/);
      expect(parseMailto(href).subject).toBe('Acme Bcc: evil@x.com');
      expect(parseMailto(href).body).toBe('one\r\ntwo');
    }
  });

  it('still builds the link with a lone surrogate, showing it as the replacement character', () => {
    const href = mailtoHref({ to: 'x@example.gov', subject: '\uD800', body: 'a\uDC00b' });
    expect(parseMailto(href)).toEqual({ to: 'x@example.gov', subject: '\uFFFD', body: 'a\uFFFDb' });
  });
});

describe('mailtoTooLong', () => {
  it('says a link past ~2,000 characters will be truncated by mail apps', () => {
    const at = (n: number) => mailtoHref({ to: 'x@example.gov', subject: '', body: 'a'.repeat(n) });
    const base = at(0).length + '?body='.length;
    expect(mailtoTooLong(at(MAILTO_SAFE_LENGTH - base))).toBe(false);
    expect(mailtoTooLong(at(MAILTO_SAFE_LENGTH - base + 1))).toBe(true);
  });
  it('counts the encoded length, not the text length', () => {
    const body = '🎉'.repeat(200); // 200 characters, 2,400 encoded
    expect(mailtoTooLong(mailtoHref({ to: 'x@example.gov', subject: '', body }))).toBe(true);
  });
});

describe('the address part of the link', () => {
  it('takes the spaces off a mailbox address from the settings', () => {
    expect(mailtoHref({ to: '  CTM@cms.hhs.gov ', subject: 'Hi', body: '' })).toBe('mailto:CTM@cms.hhs.gov?subject=Hi');
  });
  it('leaves the address empty while the mailbox is not set, never a lone @', () => {
    expect(mailtoHref({ to: '', subject: 'Hi', body: 'Text' })).toBe('mailto:?subject=Hi&body=Text');
  });
  it('keeps an @ typed first in the address as it is', () => {
    expect(mailtoHref({ to: '@example.gov', subject: '', body: '' })).toBe('mailto:@example.gov');
  });
  it('adds no empty subject field when there is no subject', () => {
    expect(mailtoHref({ to: 'x@example.gov', subject: '', body: 'Text' })).toBe('mailto:x@example.gov?body=Text');
  });
});

describe('parseMailto (reading a link back)', () => {
  it('refuses a link that is not mailto:', () => {
    expect(() => parseMailto('https://example.gov/?subject=Hi')).toThrow('not a mailto link');
  });
  it('reads a link without an address', () => {
    expect(parseMailto('mailto:?subject=Hi')).toEqual({ to: '', subject: 'Hi', body: '' });
  });
  it('reads all of a link without ? as the address', () => {
    expect(parseMailto('mailto:body=x@example.gov')).toEqual({ to: 'body=x@example.gov', subject: '', body: '' });
  });
  it('reads a field without = as empty', () => {
    expect(parseMailto('mailto:x@example.gov?subject=Hi&body=Text&body')).toEqual({ to: 'x@example.gov', subject: 'Hi', body: '' });
  });
  it('reads the address from a to= field, and ignores fields it does not show (cc)', () => {
    expect(parseMailto('mailto:?to=CTM%40cms.hhs.gov&cc=y%40example.gov&SUBJECT=Hi')).toEqual({ to: 'CTM@cms.hhs.gov', subject: 'Hi', body: '' });
  });
});
