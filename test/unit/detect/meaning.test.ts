/** A meaning declared by a scenario module: words together in one sentence, close to each other. */
import { describe, expect, it } from 'vitest';
import { hasMeaning } from '../../../lib/detect/meaning';

const optOutForEmployer = { all: [/\bopt(?:ed|ing)?\s+out\b/i, /\bemployer\s+coverage\b/i], withinWords: 5 };

describe('hasMeaning', () => {
  it('holds when every pattern is in one sentence, within the distance', () => {
    expect(hasMeaning('She wants to opt out for employer coverage.', optOutForEmployer)).toBe(true);
    expect(hasMeaning('Employer coverage began; she opted out', { ...optOutForEmployer, withinWords: 5 })).toBe(false);
  });

  it('does not hold across sentences or line breaks, or when the words are too far apart', () => {
    expect(hasMeaning('She wants to opt out. Her employer coverage is unrelated.', optOutForEmployer)).toBe(false);
    expect(hasMeaning('She wants to opt out\nemployer coverage noted', optOutForEmployer)).toBe(false);
    expect(hasMeaning('She wants to opt out of the plan that she joined last year because of her employer coverage', optOutForEmployer)).toBe(false);
  });

  it('does not hold with a pattern missing, an empty text or no patterns', () => {
    expect(hasMeaning('Her employer coverage started.', optOutForEmployer)).toBe(false);
    expect(hasMeaning(undefined, optOutForEmployer)).toBe(false);
    expect(hasMeaning('anything', { all: [], withinWords: 3 })).toBe(false);
  });
});
