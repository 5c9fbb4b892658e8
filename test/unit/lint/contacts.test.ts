import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers';

const missing = (text: string) =>
  findingsOf('contact-date-missing', text).map((f) => text.slice(f.start, f.end));

describe('contact-date-missing (SOP K.2: contact "and date(s) of contact")', () => {
  it('accepts a contact that points at dates given elsewhere', () => {
    expect(missing('Member contacted (dates above).')).toEqual([]);
    expect(missing('Spoke with member, see above.')).toEqual([]);
    expect(missing('Called about the date of birth above.')).toEqual(['Called']);
  });

  it('asks once for the date of "letter was faxed", not again for "faxed" inside it', () => {
    expect(missing('Letter was faxed to the plan.')).toEqual(['Letter was faxed']);
  });

  it.each([
    'Spoke with the member about the claim.',
    'Called the beneficiary, no answer.',
    'Left a message for the daughter.',
    'LVM for the member.',
    'Mailed the approval letter.',
    'Emailed the representative.',
    'Sent a letter to the member.',
    'Faxed the prescriber.',
  ])('warns on "%s" without a date', (text) => {
    const [finding] = findingsOf('contact-date-missing', text);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('SOP K.2');
  });

  it.each([
    '03/04/2026 spoke with the member about the claim.',
    'Called the beneficiary on 3/4/26, no answer.',
    'On 2026-03-04 left a message for the daughter.',
    'LVM March 4, 2026 at 10 AM.',
    'Mailed the approval letter on 4 March 2026.',
    'Emailed the representative (Mar. 4th).',
  ])('accepts "%s" with a date near it', (text) => {
    expect(findingsOf('contact-date-missing', text)).toEqual([]);
  });

  it('does not take a date from another line, nor one too far away on the same line', () => {
    expect(missing('03/04/2026 claim reviewed.\nCalled member.')).toEqual(['Called']);
    expect(missing(`03/04/2026 ${'x'.repeat(300)} called member.`)).toEqual(['called']);
    expect(missing('03/04/2026 claim reviewed.\r\nCalled member.')).toEqual(['Called']);
  });

  it('is not fooled by numbers that are not dates, nor words that contain a contact verb', () => {
    expect(missing('Called member, 1.5 tablets, 2-3 days, ID 12/34.')).toEqual(['Called']);
    expect(missing('The recalled drug; the so-called issue.')).toEqual([]);
  });

  it('finds contacts at the start and end of the text and after emoji', () => {
    expect(missing('Spoke')).toEqual(['Spoke']);
    expect(missing('👍 then we called')).toEqual(['called']);
  });

  it('reads LM as "left message" only in capitals', () => {
    expect(missing('LM for member')).toEqual(['LM']);
    expect(missing('lm for member')).toEqual([]);
  });

  it('passes a note with no contact at all', () => {
    expect(findingsOf('contact-date-missing', 'Claim reviewed and paid.')).toEqual([]);
  });
});

describe('contact-attempts (SOP E note: at least 3 attempts, the 4th in writing)', () => {
  const E = { scenario: 'E' as const };

  it('runs only for scenario E', () => {
    expect(findingsOf('contact-attempts', 'Resolved.', {})).toEqual([]);
    expect(findingsOf('contact-attempts', 'Resolved.', { scenario: 'D' })).toEqual([]);
  });

  it('notes fewer than 3 attempts and none in writing (info)', () => {
    const found = findingsOf('contact-attempts', '03/04/2026 called member, no answer.', E);
    expect(found.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(found[0]?.message).toContain('Only 1 contact attempt recorded');
    expect(found[1]?.message).toContain('in writing');
  });

  it('is satisfied by 3 spoken attempts and a letter', () => {
    const note = [
      '03/02/2026 called member, LVM.',
      '03/03/2026 called again, left a message.',
      '03/04/2026 spoke with member.',
      '03/05/2026 mailed a resolution letter.',
    ].join('\r\n');
    expect(findingsOf('contact-attempts', note, E)).toEqual([]);
  });

  it('counts "letter was faxed" and "notice mailed" as one attempt each, not two', () => {
    const found = findingsOf('contact-attempts', '03/02/2026 letter was faxed. 03/03/2026 notice mailed.', E);
    expect(found.map((f) => f.message)).toEqual([
      'Only 2 contact attempts recorded: best practice is at least 3, each with its date and time (SOP E note).',
    ]);
  });

  it('asks for writing when all attempts were calls', () => {
    const found = findingsOf('contact-attempts', 'Called 3/2/2026. Called 3/3/2026. Spoke 3/4/2026.', E);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('in writing');
  });
});
