/**
 * A meaning declared by a scenario module (e.g. SOP G.4's opt-out for employer coverage): words
 * together in one sentence, close to each other.
 *
 * The module is imported afresh inside each test (not at the top of the file), so that its
 * sentence-end pattern, which is built at import, is built under the test that checks it.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshMeaning() {
  vi.resetModules();
  return (await import('../../../lib/detect/meaning')).hasMeaning;
}

const EMPLOYER = /\bemployer\b/i;
const OPTED_OUT = /\bopt(?:ed)?\s+out\b/i;
const optOut = (withinWords: number) => ({ all: [EMPLOYER, OPTED_OUT], withinWords });

describe('a meaning holds within one sentence', () => {
  it('holds when every pattern is in one sentence, within the distance', async () => {
    const hasMeaning = await freshMeaning();
    expect(hasMeaning('She wants to opt out for employer coverage.', optOut(5))).toBe(true);
    expect(hasMeaning('Employer opted out.', optOut(5))).toBe(true);
  });

  it.each([
    ['a full stop', 'Her employer called. She opted out.'],
    ['an exclamation mark', 'Her employer called! She opted out.'],
    ['a question mark', 'Her employer called? She opted out.'],
    ['two marks', 'Her employer called?! She opted out.'],
    ['a semicolon', 'Her employer called; she opted out.'],
    ['a line break', 'Her employer called\nshe opted out'],
    ['a full stop before a line break', 'Her employer called.\nShe opted out.'],
    ['a blank line', 'Her employer called\n\nshe opted out'],
  ])('does not hold across %s', async (_, text) => {
    const hasMeaning = await freshMeaning();
    expect(hasMeaning(text, optOut(20))).toBe(false);
  });

  it('a dot inside a number or a word does not end the sentence', async () => {
    const hasMeaning = await freshMeaning();
    expect(hasMeaning('Her employer plan 2.5 opted out', optOut(20))).toBe(true);
    expect(hasMeaning('Her employer (ABC.com) opted out', optOut(20))).toBe(true);
    expect(hasMeaning('Her employer:opted out', optOut(20))).toBe(true);
  });

  it('holds in any sentence of the text, not only the first', async () => {
    const hasMeaning = await freshMeaning();
    expect(hasMeaning('She called twice. Her employer opted out. Nothing else.', optOut(3))).toBe(true);
  });
});

describe('a meaning holds only when its words are close', () => {
  it('at exactly the distance allowed, and not one word more', async () => {
    const hasMeaning = await freshMeaning();
    // "employer" is word 0 and "opted" word 4.
    expect(hasMeaning('Employer told her she opted out.', optOut(4))).toBe(true);
    expect(hasMeaning('Employer told her she opted out.', optOut(3))).toBe(false);
  });

  it('in either order', async () => {
    const hasMeaning = await freshMeaning();
    // "opted" is word 0 and "employer" word 6.
    expect(hasMeaning('Opted out, as told by her employer.', optOut(6))).toBe(true);
    expect(hasMeaning('Opted out, as told by her employer.', optOut(5))).toBe(false);
  });

  it('counts words, not spaces', async () => {
    const hasMeaning = await freshMeaning();
    expect(hasMeaning('Employer   told  her \t she    opted out.', optOut(4))).toBe(true);
    expect(hasMeaning('  Employer   told  her \t she    opted out.', optOut(3))).toBe(false);
    // Words joined by a colon are still next to each other, one word apart.
    expect(hasMeaning('Her employer:opted out.', optOut(1))).toBe(true);
    expect(hasMeaning('Her employer:opted out.', optOut(0))).toBe(false);
  });

  it('counts from the start of the sentence, not of the text', async () => {
    const hasMeaning = await freshMeaning();
    expect(hasMeaning('A long first sentence of many words here. Opted out by employer.', optOut(3))).toBe(true);
  });

  it('any close pair will do when a word occurs more than once', async () => {
    const hasMeaning = await freshMeaning();
    // The first "employer" is far from "opted out", the second close.
    expect(hasMeaning('Employer letter came in March and in April the employer opted out.', optOut(2))).toBe(true);
    // The first "opted out" is far from "employer", the second close.
    expect(hasMeaning('Opted out in March, and in April her employer opted out again.', optOut(2))).toBe(true);
  });

  it('every pattern must be close, not only one of them', async () => {
    const hasMeaning = await freshMeaning();
    const three = { all: [EMPLOYER, OPTED_OUT, /\bunion\b/i], withinWords: 3 };
    expect(hasMeaning('Employer and union opted out.', three)).toBe(true);
    expect(hasMeaning('Employer opted out, and long after that the union called.', three)).toBe(false);
  });

  it('a single pattern holds wherever it is found', async () => {
    const hasMeaning = await freshMeaning();
    expect(hasMeaning('After many words, her employer called.', { all: [EMPLOYER], withinWords: 0 })).toBe(true);
  });
});

describe('how the patterns may be given', () => {
  it('with or without the g flag, and read in any case when given i', async () => {
    const hasMeaning = await freshMeaning();
    const text = 'The employer opted out. Her EMPLOYER opted out again.';
    expect(hasMeaning(text, { all: [/\bemployer\b/g, /\bopted\s+out\b/g], withinWords: 1 })).toBe(true);
    expect(hasMeaning(text, { all: [/\bEMPLOYER\b/gi, OPTED_OUT], withinWords: 1 })).toBe(true);
    expect(hasMeaning(text, { all: [/\bEMPLOYER\b/, OPTED_OUT], withinWords: 1 })).toBe(true);
    expect(hasMeaning('The employer opted out.', { all: [/\bEMPLOYER\b/, OPTED_OUT], withinWords: 1 })).toBe(false);
  });

  it('a g pattern gives the same answer each time it is used', async () => {
    const hasMeaning = await freshMeaning();
    const meaning = { all: [/\bemployer\b/gi, /\bopted\s+out\b/gi], withinWords: 1 };
    expect(hasMeaning('Employer opted out.', meaning)).toBe(true);
    expect(hasMeaning('Employer opted out.', meaning)).toBe(true);
  });
});

describe('nothing holds', () => {
  it('with a pattern missing, no text or no patterns', async () => {
    const hasMeaning = await freshMeaning();
    expect(hasMeaning('Her employer coverage started.', optOut(5))).toBe(false);
    expect(hasMeaning('She opted out.', optOut(5))).toBe(false);
    expect(hasMeaning(undefined, optOut(5))).toBe(false);
    expect(hasMeaning('', optOut(5))).toBe(false);
    expect(hasMeaning('Her employer opted out.', { all: [], withinWords: 3 })).toBe(false);
  });
});
