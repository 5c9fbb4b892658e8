/**
 * The wordings three note rules look for, with their near misses: a transaction reply code
 * (reply-code, SOP K.1.e), a system's name (system-named, SOP K.1.b) and a pointer to dates given
 * elsewhere in the note (contact-date-missing, SOP K.2).
 *
 * Each rule is imported afresh inside each test (not at the top of the file), so that its pattern,
 * which is built at import, is built under the test that checks it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../lib/lint/types';

const NONE: Finding[] = [];

describe('reply-code: what counts as a reply code in the sentence (SOP K.1.e)', () => {
  async function freshRule() {
    vi.resetModules();
    return (await import('../../../lib/lint/rules/reply-code')).replyCode;
  }
  const ASK: Finding[] = [
    {
      rule: 'reply-code',
      severity: 'info',
      message: '"MARx": give the transaction reply code when appropriate, e.g. TRC 011 (SOP K.1.e).',
      start: 0,
      end: 4,
    },
  ];

  it.each([
    ['a three-digit code', 'MARx checked, TRC 011 accepted.', NONE],
    ['a two-digit code', 'MARx checked, code 11 accepted.', NONE],
    ['a code at the end of the note', 'MARx checked, code 011', NONE],
    ['a code in brackets', 'MARx checked (TRC 011) today.', NONE],
    ['a code before a hyphen: codes 010-011', 'MARx checked, codes 010-011 seen.', NONE],
    ['a code before a comma', 'MARx checked, TRC 011, accepted.', NONE],
    ['not a single digit', 'MARx checked, code 1 only.', ASK],
    ['not four digits', 'MARx checked, code 0112 given.', ASK],
    ['not the parts of a date', 'MARx checked on 03/04/2026 today.', ASK],
    ['not digits joined to letters before them (H123)', 'MARx checked, contract H123 only.', ASK],
    ['not digits joined to letters after them (011A)', 'MARx checked, code 011A only.', ASK],
    ['not digits after a hyphen (ID-011)', 'MARx checked, ID-011 only.', ASK],
    ['not the decimals of a number (2.011)', 'MARx checked, ref 2.011 only.', ASK],
    ['not the whole part of an amount ($12.50)', 'MARx checked, cost $12.50 only.', ASK],
    ['not letters', 'MARx checked, no code at all.', ASK],
  ])('%s', async (_what, note, expected) => {
    const replyCode = await freshRule();
    expect(replyCode(note, {})).toEqual(expected);
  });
});

describe('system-named: the system names that count (SOP K.1.b)', () => {
  async function freshRule() {
    vi.resetModules();
    return (await import('../../../lib/lint/rules/system-named')).systemNamed;
  }
  const ASK: Finding[] = [
    {
      rule: 'system-named',
      severity: 'info',
      message: '"Updated": name the system, e.g. pharmacy, enrollment, claims (SOP K.1.b).',
      start: 0,
      end: 7,
    },
  ];

  it.each([
    ['claim', 'Updated the claim today.', NONE],
    ['claims', 'Updated the claims today.', NONE],
    ['premium', 'Updated the premium today.', NONE],
    ['premiums', 'Updated the premiums today.', NONE],
    ['accumulator', 'Updated the accumulator today.', NONE],
    ['accumulators', 'Updated the accumulators today.', NONE],
    ['appeal', 'Updated the appeal today.', NONE],
    ['appeals', 'Updated the appeals today.', NONE],
    ['point-of-sale', 'Updated point-of-sale today.', NONE],
    ['point of sale', 'Updated point of sale today.', NONE],
    ['Point-Of-Sale in capitals', 'Updated Point-Of-Sale today.', NONE],
    ['pharmacy', 'Updated the pharmacy today.', NONE],
    ['enrollment', 'Updated the enrollment today.', NONE],
    ['not pointofsale written together', 'Updated pointofsale today.', ASK],
    ['not point/of/sale', 'Updated point/of/sale today.', ASK],
    ['not claimant (a longer word)', 'Updated the claimant today.', ASK],
    ['not premiumx (a longer word)', 'Updated the premiumx today.', ASK],
    ['not a sentence naming no system', 'Updated the record today.', ASK],
  ])('%s', async (_what, note, expected) => {
    const systemNamed = await freshRule();
    expect(systemNamed(note, {})).toEqual(expected);
  });
});

describe('contact-date-missing: a pointer to dates given elsewhere in the note (SOP K.2)', () => {
  async function freshRule() {
    vi.resetModules();
    return (await import('../../../lib/lint/rules/contact-date-missing')).contactDateMissing;
  }
  const ASK: Finding[] = [
    {
      rule: 'contact-date-missing',
      severity: 'warning',
      message: '"Called": give the date of this contact, e.g. 03/04/2026 (SOP K.2).',
      start: 0,
      end: 6,
    },
  ];

  it.each([
    ['date above', 'Called member (date above).', NONE],
    ['dates below', 'Called member (dates below).', NONE],
    ['dated earlier', 'Called member, dated earlier.', NONE],
    ['dates previously given', 'Called member on dates given previously.', NONE],
    ['up to 30 characters between "dates" and "above"', 'Called member, dates of all three phone calls are above.', NONE],
    ['see above', 'Called member, see above.', NONE],
    ['see  above with two spaces', 'Called member, see  above.', NONE],
        ['noted below', 'Called member as noted below.', NONE],
    ['listed earlier', 'Called member as listed earlier.', NONE],
    ['recorded above', 'Called member as recorded above.', NONE],
    ['documented above', 'Called member as documented above.', NONE],
    ['logged above', 'Called member as logged above.', NONE],
    ['detailed above', 'Called member as detailed above.', NONE],
    ['SEE ABOVE in capitals', 'Called member, SEE ABOVE.', NONE],
    ['not a date of birth above', 'Called member, date of birth above.', ASK],
    ['not more than 30 characters between "dates" and "above"', 'Called member, dates of all three phone calls were above.', ASK],
    ['not a full stop between "dates" and "above"', 'Called member, dates. See notes above.', ASK],
    ['not "update" above', 'Called member, update above.', ASK],
    ['not "seen above"', 'Called member, seen above.', ASK],
    ['not with "above" on the next line (only this line counts)', 'Called member, see\nabove.', ASK],
    ['not "see later"', 'Called member, see later.', ASK],
    ['not "see" joined to "above"', 'Called member, seeabove.', ASK],
    ['not "see previously" (only "dates" takes previously)', 'Called member, see previously.', ASK],
  ])('%s', async (_what, note, expected) => {
    const contactDateMissing = await freshRule();
    expect(contactDateMissing(note, {})).toEqual(expected);
  });
});
