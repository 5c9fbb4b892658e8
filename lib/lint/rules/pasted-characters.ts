/**
 * `pasted-characters` (warning): characters a word processor puts in — curly quotes, long
 * dashes, non-breaking and odd spaces, bullets, the ellipsis, invisible marks — that older
 * systems store as "?" or mojibake, or count differently from what the caseworker sees.
 * One finding per kind, at its first occurrence; the fix replaces every one with plain ASCII.
 * Other characters outside Latin-1 (emoji, symbols) get an `info` with no fix: nothing plain
 * means the same.
 */
import type { Finding, Rule, TextEdit } from '../types';

interface Kind {
  name: string;
  plain: string;
}

const QUOTES_SINGLE: Kind = { name: 'curly quotes', plain: "'" };
const QUOTES_DOUBLE: Kind = { name: 'curly quotes', plain: '"' };
const DASH: Kind = { name: 'long dashes', plain: '-' };
const SPACE: Kind = { name: 'non-breaking or special spaces', plain: ' ' };
const BULLET: Kind = { name: 'bullets', plain: '-' };
const ELLIPSIS: Kind = { name: 'ellipsis characters', plain: '...' };
const INVISIBLE: Kind = { name: 'invisible characters', plain: '' };
const LINE: Kind = { name: 'Unicode line separators', plain: '\n' };

const KINDS = new Map<string, Kind>();
for (const c of '‘’‚‛′') KINDS.set(c, QUOTES_SINGLE);
for (const c of '“”„‟″') KINDS.set(c, QUOTES_DOUBLE);
for (const c of '‐‑‒–—―−') KINDS.set(c, DASH);
for (const c of '\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000') KINDS.set(c, SPACE);
for (const c of '•◦▪▫‣⁃●■□\uf0b7\uf0a7\uf076\uf0d8') KINDS.set(c, BULLET);
KINDS.set('…', ELLIPSIS);
for (const c of '\u00ad\u200b\u200c\u200e\u200f\u2060\ufeff') KINDS.set(c, INVISIBLE);
for (const c of '\u2028\u2029') KINDS.set(c, LINE);

/**
 * Anything outside printable ASCII, tab and line breaks, plus the Latin-1 oddities above. No `u`
 * flag (twice as fast on a clean note): a surrogate pair is joined back in `charAt`.
 */
const SUSPECT = /[^\t\n\r\x20-\x7e\xa1-\xac\xae-\xff]/g;
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;

/** The character at `index`, a whole surrogate pair when there is one. */
function charAt(text: string, index: number): string {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(index, index + 2);
  }
  return text.charAt(index);
}

export const pastedCharacters: Rule = (text) => {
  SUSPECT.lastIndex = 0;
  let m = SUSPECT.exec(text);
  // Stryker disable next-line ConditionalExpression: speed only; without it the loop below never runs and the same empty list is returned
  if (m === null) return [];
  const byKind = new Map<string, { first: number; edits: TextEdit[] }>();
  let otherFirst = -1;
  let otherEnd = 0; // read only once otherFirst is set, which sets it too
  let otherCount = 0;
  for (; m !== null; m = SUSPECT.exec(text)) {
    const char = charAt(text, m.index);
    SUSPECT.lastIndex = m.index + char.length;
    const kind = KINDS.get(char);
    if (!kind) {
      if (CONTROL.test(char)) {
        addEdit(byKind, 'control characters', m.index, char, '');
        continue;
      }
      if (otherFirst === -1) {
        otherFirst = m.index;
        otherEnd = m.index + char.length;
      }
      otherCount++;
      continue;
    }
    addEdit(byKind, kind.name, m.index, char, kind.plain);
  }
  const findings: Finding[] = [];
  for (const [name, { first, edits }] of byKind) {
    const firstEdit = edits[0];
    findings.push({
      rule: 'pasted-characters',
      severity: 'warning',
      message: `${edits.length} ${edits.length === 1 ? singular(name) : name} from a word processor: older systems may store or count ${edits.length === 1 ? 'it' : 'them'} oddly.`,
      start: first,
      end: firstEdit ? firstEdit.end : first,
      fix: { label: `Replace ${edits.length === 1 ? 'it' : `all ${edits.length}`} with plain characters`, edits },
    });
  }
  if (otherCount > 0) {
    findings.push({
      rule: 'pasted-characters',
      severity: 'info',
      message: `${otherCount} character${otherCount === 1 ? '' : 's'} such as emoji or symbols that older systems may store as "?" or count as two.`,
      start: otherFirst,
      end: otherEnd,
    });
  }
  return findings;
};

function addEdit(
  byKind: Map<string, { first: number; edits: TextEdit[] }>,
  name: string,
  index: number,
  char: string,
  plain: string,
): void {
  let group = byKind.get(name);
  if (!group) {
    group = { first: index, edits: [] };
    byKind.set(name, group);
  }
  group.edits.push({ start: index, end: index + char.length, replacement: plain });
}

/** One of a kind: each name drops its final "s", but "long dashes" drops "es". */
function singular(name: string): string {
  if (name === 'long dashes') return 'long dash';
  return name.replace(/s$/, '');
}
