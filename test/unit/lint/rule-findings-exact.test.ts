/**
 * Each case and wording rule's finding exactly as the caseworker sees it: the words quoted, the
 * place, the severity, the SOP item in the message, and nothing found where the note says it.
 * Rules are called directly; each test uses notes no earlier test used (the note scan keeps the
 * last note it scanned). contact-date-missing is imported afresh inside its tests: other test
 * files lint while they are collected, and its checks must run under the test that states them.
 */
import { describe, expect, it, vi } from 'vitest';
import { caseworkerName } from '../../../lib/lint/rules/caseworker-name';
import { contactAttempts } from '../../../lib/lint/rules/contact-attempts';
import { referralTargetMissing } from '../../../lib/lint/rules/referral-target-missing';
import { replyCode } from '../../../lib/lint/rules/reply-code';
import { systemNamed } from '../../../lib/lint/rules/system-named';
import { ruleProvenance } from '../../../lib/lint/provenance';
import { fixAsSingleEdit } from '../../../lib/lint/fix';

describe('caseworker-name (SOP F.3.c)', () => {
  const F = { scenario: 'F' as const };

  it('with the name known: a warning at the end naming it, trimmed, with a fix that adds it on a last line', () => {
    expect(caseworkerName('Resolved today.', { ...F, caseworker: '  Jordan Lee ' })).toEqual([
      {
        rule: 'caseworker-name',
        severity: 'warning',
        message: "Give the caseworker's name as shown on the complaint, Jordan Lee (SOP F.3.c).",
        start: 15,
        end: 15,
        fix: { label: 'Add "Caseworker: Jordan Lee"', edits: [{ start: 15, end: 15, replacement: '\nCaseworker: Jordan Lee' }] },
      },
    ]);
  });

  it('finds the name in any case and across any run of spaces, but not with the space missing', () => {
    expect(caseworkerName('Worked by jordan\u00a0 LEE.', { ...F, caseworker: 'Jordan Lee' })).toEqual([]);
    expect(caseworkerName('Worked by JordanLee.', { ...F, caseworker: 'Jordan Lee' })).toHaveLength(1);
  });

  it('finds the name at the very start or end of the note, whatever spaces surround it in CTM', () => {
    expect(caseworkerName('Jordan Lee closed the case.', { ...F, caseworker: '  Jordan Lee\u00a0' })).toEqual([]);
    expect(caseworkerName('\r\nClosed by jordan lee', { ...F, caseworker: '\tJordan Lee ' })).toEqual([]);
  });

  it('without a name (or a blank one): a warning at the end asking for it, unless the note names a caseworker', () => {
    const ask = {
      rule: 'caseworker-name',
      severity: 'warning',
      message: "Give the caseworker's name as shown on the complaint in CTM (SOP F.3.c).",
      start: 9,
      end: 9,
    };
    expect(caseworkerName('Resolved.', F)).toEqual([ask]);
    expect(caseworkerName('Resolved.', { ...F, caseworker: '   ' })).toEqual([ask]);
    expect(caseworkerName('CASEWORKER: Sam Park.', F)).toEqual([]);
  });
});

describe('contact-attempts (SOP E note: at least 3 attempts, the 4th in writing)', () => {
  const E = { scenario: 'E' as const };
  const counted = (text: string) => contactAttempts(text, E).map((f) => [f.severity, f.start, f.end, f.message]);

  it('no contact at all: "No contact attempts"', () => {
    expect(counted('Case reviewed.')).toEqual([
      ['info', 14, 14, 'No contact attempts recorded: best practice is at least 3, each with its date and time (SOP E note).'],
      [
        'info',
        14,
        14,
        'No attempt in writing recorded (letter, mail, e-mail, fax): best practice makes the 4th attempt in writing (SOP E note).',
      ],
    ]);
  });

  it('two contacts: "Only 2 contact attempts", plural', () => {
    expect(counted('Called 03/04/2026. Called again 03/05/2026.').map((f) => f[3])).toEqual([
      'Only 2 contact attempts recorded: best practice is at least 3, each with its date and time (SOP E note).',
      'No attempt in writing recorded (letter, mail, e-mail, fax): best practice makes the 4th attempt in writing (SOP E note).',
    ]);
  });
});

async function freshContactDateMissing() {
  vi.resetModules();
  return (await import('../../../lib/lint/rules/contact-date-missing')).contactDateMissing;
}

describe('contact-date-missing (SOP K.2: the date of each contact)', () => {
  it('quotes the contact words and points at them', async () => {
    const contactDateMissing = await freshContactDateMissing();
    expect(contactDateMissing('Case open.\nSpoke with member.', {})).toEqual([
      {
        rule: 'contact-date-missing',
        severity: 'warning',
        message: '"Spoke": give the date of this contact, e.g. 03/04/2026 (SOP K.2).',
        start: 11,
        end: 16,
      },
    ]);
  });

  it('"dates above" on another line does not excuse this line', async () => {
    const contactDateMissing = await freshContactDateMissing();
    expect(contactDateMissing('Dates listed above.\nCalled member.', {}).map((f) => [f.start, f.end])).toEqual([[20, 26]]);
    expect(contactDateMissing('Called member (dates above).', {})).toEqual([]);
  });
});

describe('referral-target-missing (SOP A.1.a, B.1.a)', () => {
  const A = { scenario: 'A' as const, ownContracts: ['S1234'] };
  const ask = {
    rule: 'referral-target-missing',
    severity: 'warning',
    message: 'Name the plan or contract number (e.g. S1234) the complaint should be reassigned to, if known (SOP A.1.a).',
    start: 0,
    end: 0,
  };

  it("A: the plan's own contract, in any case and with a PBP suffix, is not a target", () => {
    expect(referralTargetMissing('Member is in s1234-015 today.', A)).toEqual([ask]);
  });

  it('A: another contract or a plan name is a target: nothing found', () => {
    expect(referralTargetMissing('Reassign, member is in H5678.', A)).toEqual([]);
    expect(referralTargetMissing('Member is with Acme Health Plan.', A)).toEqual([]);
    expect(referralTargetMissing('Member is in H5678.', { scenario: 'A' })).toEqual([]);
  });
});

describe('system-named (SOP K.1.b) and reply-code (SOP K.1.e)', () => {
  it('system-named quotes the update word only', () => {
    expect(systemNamed('All fine. Record updated today.', {})).toEqual([
      {
        rule: 'system-named',
        severity: 'info',
        message: '"updated": name the system, e.g. pharmacy, enrollment, claims (SOP K.1.b).',
        start: 17,
        end: 24,
      },
    ]);
  });

  it('system-named: an update word just past a 240-character sentence starts a sentence of its own', () => {
    const text = `updated ${'zzz '.repeat(58)}updated more`;
    expect(systemNamed(text, {}).map((f) => [f.start, f.end])).toEqual([
      [0, 7],
      [240, 247],
    ]);
  });

  it('reply-code quotes the transaction words only', () => {
    expect(replyCode('All fine. Sent the transaction today.', {})).toEqual([
      {
        rule: 'reply-code',
        severity: 'info',
        message: '"Sent the transaction": give the transaction reply code when appropriate, e.g. TRC 011 (SOP K.1.e).',
        start: 10,
        end: 30,
      },
    ]);
  });

  it('reply-code: a code in another sentence does not count, and a mention just past 240 characters is its own', () => {
    expect(replyCode('TRC 011 applied. MARx checked.', {}).map((f) => [f.start, f.end])).toEqual([[17, 21]]);
    const text = `TRC ${'zzz '.repeat(59)}TRC again`;
    expect(replyCode(text, {}).map((f) => [f.start, f.end])).toEqual([
      [0, 3],
      [240, 243],
    ]);
  });
});

describe('provenance and fixes', () => {
  it('a rule without an entry is marked as our own check, never as the SOP', () => {
    expect(ruleProvenance('no-such-rule')).toEqual({ kind: 'ctm-assist', reason: 'a note check of our own' });
  });

  it('a fix without edits applies as an empty edit at the start', () => {
    expect(fixAsSingleEdit('fake note', { label: 'nothing', edits: [] })).toEqual({ start: 0, end: 0, replacement: '' });
  });
});
