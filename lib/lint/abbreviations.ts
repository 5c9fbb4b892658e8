/**
 * Casework shorthand with a plain expansion (SOP K.1.c: "Minimize use of word abbreviations";
 * K.1.a: every entity reviewing the record must understand it).
 *
 * `caps`: `any` matches in any case; `upper` only as written in capitals (LM, CB: lower case
 * "lm"/"cb" are too often something else); `not-upper` skips the all-capitals form (PT is
 * physical therapy, not "patient").
 *
 * Left out on purpose: Rx (standard in Part D and used by CMS itself), PA (prior authorization
 * or Pennsylvania), CMS/CTM/RO/HPMS/RD/EE (the SOP's own terms, defined in its key), med (also
 * "Medicare"), ph (pH), dr (a title before a name).
 */
export interface Abbreviation {
  expansion: string;
  caps: 'any' | 'upper' | 'not-upper';
}

const any = (expansion: string): Abbreviation => ({ expansion, caps: 'any' });
const upper = (expansion: string): Abbreviation => ({ expansion, caps: 'upper' });
const notUpper = (expansion: string): Abbreviation => ({ expansion, caps: 'not-upper' });

/** Keyed by the lower-case spelling. */
export const ABBREVIATIONS: ReadonlyMap<string, Abbreviation> = new Map<string, Abbreviation>([
  ['bene', any('beneficiary')],
  ['benes', any('beneficiaries')],
  ['benef', any('beneficiary')],
  ['mbr', any('member')],
  ['mbrs', any('members')],
  ['pt', notUpper('patient')],
  ['pts', notUpper('patients')],
  ['pharm', any('pharmacy')],
  ['enrl', any('enrollment')],
  ['enrld', any('enrolled')],
  ['disenrl', any('disenrollment')],
  ['disenrld', any('disenrolled')],
  ['w/', any('with')],
  ['w/o', any('without')],
  ['w/in', any('within')],
  ['b/c', any('because')],
  ['re:', any('regarding')],
  ['f/u', any('follow up')],
  ['lvm', any('left voicemail')],
  ['lm', upper('left message')],
  ['lmtcb', any('left message to call back')],
  ['lmom', any('left message on machine')],
  ['vm', any('voicemail')],
  ['cb', upper('callback')],
  ['attmpt', any('attempt')],
  ['attmpts', any('attempts')],
  ['appt', any('appointment')],
  ['appts', any('appointments')],
  ['auth', any('authorization')],
  ['auths', any('authorizations')],
  ['msg', any('message')],
  ['msgs', any('messages')],
  ['rcvd', any('received')],
  ['recd', any('received')],
  ["rec'd", any('received')],
  ['approx', any('approximately')],
  ['dept', any('department')],
  ['ltr', any('letter')],
  ['ltrs', any('letters')],
  ['acct', any('account')],
  ['addl', any('additional')],
  ['thru', any('through')],
  ['pls', any('please')],
  ['cust', any('customer')],
  ['svc', any('service')],
  ['eff', any('effective')],
  ['amt', any('amount')],
  ['pmt', any('payment')],
  ['pymt', any('payment')],
  ['prem', any('premium')],
  ['elig', any('eligibility')],
  ['meds', any('medications')],
  ['yr', any('year')],
  ['yrs', any('years')],
  ['wk', any('week')],
  ['wks', any('weeks')],
  ['b4', any('before')],
  ['tmrw', any('tomorrow')],
  ['govt', any('government')],
]);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Longest first, so that of two terms at one place the longer is tried first. With today's terms
// the word-end check decides alone: a term inside a longer one is followed there by a letter.
// Stryker disable next-line ArithmeticOperator,ArrowFunction: the order changes no match today (see above)
const byLengthDesc = (a: string, b: string): number => b.length - a.length;
// Stryker disable next-line MethodExpression: the order changes no match today (see above)
const terms = [...ABBREVIATIONS.keys()].sort(byLengthDesc);
// Terms ending in a letter need a word end after them; "w/" and "re:" may run into the next word.
const wordTerms = terms.filter((t) => /[a-z0-9]$/.test(t)).map(escape);
const openTerms = terms.filter((t) => !/[a-z0-9]$/.test(t)).map(escape);
const LETTER = String.raw`\w\u00c0-\u024f`;

/**
 * The terms as a pattern over the lower-cased note, to follow a word boundary. After a word
 * term: no letter, digit, `_`, `@`, nor `-`/`/`/`.`/`:` joined to more of a code (CB-12,
 * auth.example, pt:1). What may come before is checked in code (`blockedBefore`).
 */
export const ABBREVIATION_PATTERN =
  String.raw`(?:${wordTerms.join('|')})(?![${LETTER}@]|[-/.:][${LETTER}])|(?:${openTerms.join('|')})(?![/:])`;

/** Whether a term written at `start`..`end` of `text` stands alone (the pattern's lookahead, in code). */
export function termEndsCleanly(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (isLetterOrDigit(next) || next === 95 || next === 64) return false;
  if (next === 45 || next === 47 || next === 46 || next === 58) return !isLetterOrDigit(text.charCodeAt(end + 1));
  return true;
}

function isLetterOrDigit(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}
