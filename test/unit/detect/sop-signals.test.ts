/**
 * Signals the SOP text itself names as pointing to a scenario. Each stays a suggestion
 * with its reason; the caseworker confirms.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../lib/case';
import { detectScenarios } from '../../../lib/detect/detect';
import type { DetectInput } from '../../../lib/detect/types';

const base: CaseFacts = { complaintId: '100234', contractNumber: 'S1234', issueLevel: 'none', category: 'Pricing/Co-Insurance' };

function detect(facts: Partial<CaseFacts>, input: Partial<Omit<DetectInput, 'facts'>> = {}) {
  return detectScenarios({ facts: { ...base, ...facts }, pageErrors: [], ...input });
}
const letters = (matches: ReturnType<typeof detect>) => matches.map((m) => m.scenario);
const reasonsOf = (matches: ReturnType<typeof detect>, letter: string) => matches.find((m) => m.scenario === letter)?.reasons ?? [];

describe('SOP F.2.a: "If no category is assigned, refer to Scenario I"', () => {
  it('suggests I when the page shows the category blank, citing F.2.a', () => {
    const matches = detect({ category: undefined });
    expect(letters(matches)).toContain('I');
    expect(reasonsOf(matches, 'I').join(' ')).toContain('F.2.a');
  });

  it('does not when the category field was not found or not readable (blank is not known)', () => {
    expect(letters(detect({ category: undefined }, { unknownFields: ['category'] }))).not.toContain('I');
  });

  it('does not when a category is shown', () => {
    expect(letters(detect({}))).not.toContain('I');
  });
});

describe('SOP L, key 2 and 4: a summary naming a member of Congress or a senator', () => {
  it.each([
    "Her senator's office called about the refill.",
    'Congressman Smith wrote on behalf of the member.',
    'A member of Congress asked about the denial.',
    'Referred by the congressional office.',
  ])('suggests L for "%s" when the CIS and Press or Hill fields are blank', (summary) => {
    const matches = detect({}, { summary });
    expect(letters(matches)).toContain('L');
    expect(reasonsOf(matches, 'L').join(' ')).toMatch(/member of Congress or a senator/);
  });

  it('never quotes the summary in the reason', () => {
    const matches = detect({}, { summary: 'Congressman Smith wrote on behalf of the member.' });
    expect(reasonsOf(matches, 'L').join(' ')).not.toContain('Smith');
  });

  it('not when the fields answer: Yes is already the L flag, No is CMS\'s answer', () => {
    const summary = "Her senator's office called about the refill.";
    expect(reasonsOf(detect({ cisControlled: 'yes' }, { summary }), 'L').join(' ')).not.toMatch(/senator/);
    expect(letters(detect({ cisControlled: 'no', pressOrHillInterest: 'no' }, { summary }))).not.toContain('L');
  });

  it('not for a customer service representative or a sales representative', () => {
    expect(letters(detect({}, { summary: 'The customer service representative hung up on her.' }))).not.toContain('L');
  });
});

describe('SOP G and H from what the summary says', () => {
  it('G: the summary speaks of a retroactive disenrollment', () => {
    for (const summary of ['Member asks for a retroactive disenrollment from the plan.', 'She wants to be disenrolled retroactively to 09/01.', 'Requests retro disenrollment.']) {
      const matches = detect({}, { summary });
      expect(letters(matches), summary).toContain('G');
      expect(reasonsOf(matches, 'G').join(' ')).toContain('retroactive disenrollment');
    }
  });

  it('H: the summary speaks of an enrollment exception', () => {
    const matches = detect({}, { summary: 'Member asks for an enrollment exception after the deadline.' });
    expect(letters(matches)).toContain('H');
    expect(reasonsOf(matches, 'H').join(' ')).toContain('enrollment exception');
  });

  it('the category outranks the summary, and a category hit is not counted twice', () => {
    const matches = detect({ category: 'Retroactive Disenrollment' }, { summary: 'Wants a retroactive disenrollment.' });
    expect(reasonsOf(matches, 'G')).toHaveLength(1);
  });

  it('retroactive enrollment is not an RD', () => {
    expect(letters(detect({}, { summary: 'Asks for retroactive enrollment into the plan.' }))).not.toContain('G');
  });
});

describe('SOP key 17: an "Unknown" contract assignment', () => {
  it('suggests A (a Part D sponsor not known) and D and C (not directed toward a Part D sponsor)', () => {
    const matches = detect({ contractNumber: 'UNKNOWN' });
    expect(letters(matches)[0]).toBe('A');
    expect(letters(matches)).toEqual(expect.arrayContaining(['A', 'D', 'C']));
    expect(reasonsOf(matches, 'D').join(' ')).toContain('key 17');
    expect(reasonsOf(matches, 'C').join(' ')).toContain('key 17');
  });

  it('"Other" (key 12: a Part D sponsor, contract not identified) suggests A only', () => {
    const matches = detect({ contractNumber: 'OTHER' });
    expect(letters(matches)).toContain('A');
    expect(letters(matches)).not.toContain('D');
    expect(letters(matches)).not.toContain('C');
  });
});
