/**
 * `abbreviation` (warning): casework shorthand with a plain expansion; the fix expands it.
 * SOP K.1.c. The terms are found by the shared note scan (scan-note.ts); here what comes
 * before them is checked: not inside a word, a code or an address.
 */
import { ABBREVIATIONS, type Abbreviation } from '../abbreviations';
import { lowerCaseOf } from '../lower-case';
import { scanNote } from '../scan-note';
import { isWordCode } from '../text-scan';
import type { Finding, Rule } from '../types';

export const abbreviation: Rule = (text) => {
  const findings: Finding[] = [];
  const lower = lowerCaseOf(text);
  for (const { start, end } of scanNote(text).abbreviations) {
    // At the start of the text charCodeAt(-1) is NaN, which blocks nothing.
    if (blockedBefore(text.charCodeAt(start - 1))) continue;
    const key = lower.slice(start, end);
    const entry = ABBREVIATIONS.get(key);
    // Stryker disable next-line ConditionalExpression: the scan finds only table keys; this keeps a later scan change from throwing here
    if (!entry) continue;
    const written = text.slice(start, end);
    // Every term has a letter, so a term equal to its upper case was written in capitals.
    const allUpper = written === written.toUpperCase();
    if (entry.caps === 'upper' && !allUpper) continue;
    if (entry.caps === 'not-upper' && allUpper) continue;
    let replacement = expand(written, entry, allUpper, atSentenceStart(text, start));
    // "w/bene" → "with bene", not "withbene".
    if (!/[a-z0-9]$/.test(key) && isWordCode(text.charCodeAt(end))) replacement += ' ';
    findings.push({
      rule: 'abbreviation',
      severity: 'warning',
      message: `"${written}" is shorthand: write "${replacement.trim()}" (SOP K.1.c: minimize word abbreviations).`,
      start,
      end,
      fix: { label: `Write "${replacement.trim()}"`, edits: [{ start, end, replacement }] },
      data: { term: written },
    });
  }
  return findings;
};

/** Characters that make a match part of a longer word, code, path or address. */
function blockedBefore(code: number): boolean {
  return (
    isWordCode(code) ||
    code === 47 || // /
    code === 92 || // \
    code === 46 || // .
    code === 64 || // @
    code === 35 || // #
    code === 38 || // &
    code === 45 || // -
    code === 39 || // '
    code === 0x2019 // ’
  );
}

function expand(written: string, entry: Abbreviation, allUpper: boolean, sentenceStart: boolean): string {
  const plain = entry.expansion;
  // Letters-only capitals like LVM or CB are the shorthand's own spelling, not shouting.
  // Stryker disable next-line Regex: `written` is one whole term, and no other term starts or ends with these four
  const inherentCaps = entry.caps === 'upper' || /^(?:lvm|lmtcb|lmom|vm)$/i.test(written);
  // One capital letter (W/, B4) is a capital, not a note in capitals.
  if (allUpper && written.replace(/[^A-Z]/g, '').length > 1 && !inherentCaps) return plain.toUpperCase();
  const first = written.charAt(0);
  if ((first !== first.toLowerCase() && !inherentCaps) || sentenceStart) {
    return plain.charAt(0).toUpperCase() + plain.slice(1);
  }
  return plain;
}

function atSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text.charAt(i);
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    return c === '\n' || c === '\r' || c === '.' || c === '!' || c === '?';
  }
  return true;
}
