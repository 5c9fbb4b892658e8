/**
 * `mailto:` links per RFC 6068. Every reserved character is percent-encoded, spaces are `%20`
 * (never `+`: mail apps would show the plus signs, which is why URLSearchParams is not used) and
 * line breaks in the body are CR LF, `%0D%0A`, as RFC 6068 section 5 requires. The subject is one
 * header line: a line break there would start a new header (`Bcc:`), so it never carries one.
 */

/** Mail apps and browsers truncate longer links (some near 2,000 characters). */
export const MAILTO_SAFE_LENGTH = 2000;

export interface MailtoParts {
  to: string;
  subject: string;
  body: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** encodeURIComponent leaves `!'()*` alone; they are reserved (RFC 3986), so escape them too. */
export function encodeMailtoComponent(text: string): string {
  // A lone surrogate would make encodeURIComponent throw; it cannot be sent anyway.
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** LF, CR LF and lone CR all become CR LF. */
export function toCrlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n');
}

/** Line breaks, tabs and other control characters (and the Unicode line separators) in a run. */
const BREAKS_AND_CONTROLS = /[\p{Cc}\u2028\u2029]+/gu;

/** The subject as one header line: each run of line breaks or control characters becomes a space. */
export function oneLineSubject(subject: string): string {
  return subject.replace(BREAKS_AND_CONTROLS, ' ');
}

/** One address: the local part and domain are encoded, the `@` between them stays. */
function encodeAddress(address: string): string {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return encodeMailtoComponent(trimmed);
  return `${encodeMailtoComponent(trimmed.slice(0, at))}@${encodeMailtoComponent(trimmed.slice(at + 1))}`;
}

export function mailtoHref({ to, subject, body }: MailtoParts): string {
  const fields: string[] = [];
  if (subject) fields.push(`subject=${encodeMailtoComponent(oneLineSubject(subject))}`);
  if (body) fields.push(`body=${encodeMailtoComponent(toCrlf(body))}`);
  return `mailto:${encodeAddress(to)}${fields.length ? `?${fields.join('&')}` : ''}`;
}

export function mailtoTooLong(href: string): boolean {
  return href.length > MAILTO_SAFE_LENGTH;
}

/** Reads a mailto link back (tests, and a check that what we built says what we meant). */
export function parseMailto(href: string): MailtoParts {
  if (!href.startsWith('mailto:')) throw new Error('not a mailto link');
  const rest = href.slice('mailto:'.length);
  const q = rest.indexOf('?');
  const to = decodeURIComponent(q < 0 ? rest : rest.slice(0, q));
  const parts: MailtoParts = { to, subject: '', body: '' };
  if (q < 0) return parts;
  for (const field of rest.slice(q + 1).split('&')) {
    const eq = field.indexOf('=');
    // Stryker disable next-line EqualityOperator: at 0 the name is empty or starts with "="; neither is a field read
    const name = decodeURIComponent(eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    // Stryker disable next-line EqualityOperator: at 0 the name is empty, so the value is not kept
    const value = eq < 0 ? '' : decodeURIComponent(field.slice(eq + 1));
    if (name === 'subject' || name === 'body' || name === 'to') parts[name] = value;
  }
  return parts;
}
