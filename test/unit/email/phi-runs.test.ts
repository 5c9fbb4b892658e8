/**
 * Runs of words a draft shares with the complaint summary or the beneficiary's address, as the PHI
 * guard flags them: exact spans of the draft, words compared whatever the punctuation and spacing,
 * and nothing flagged for fewer words in a row than asked.
 *
 * The word pattern is built when lib/email/phi-runs.ts is loaded, and the module keeps the last
 * source's runs, so each test loads it afresh with vi.resetModules: a mutation test then checks the
 * pattern against these tests too, and each test starts with nothing kept.
 */
import { describe, expect, it, vi } from 'vitest';

async function fresh() {
  vi.resetModules();
  return import('../../../lib/email/phi-runs');
}

describe('the words of a text', () => {
  it('are runs of letters or digits, with their positions', async () => {
    const { wordsOf } = await fresh();
    expect(wordsOf('12 oak street, apt 4')).toEqual([
      { word: '12', start: 0, end: 2 },
      { word: 'oak', start: 3, end: 6 },
      { word: 'street', start: 7, end: 13 },
      { word: 'apt', start: 15, end: 18 },
      { word: '4', start: 19, end: 20 },
    ]);
  });

  it('keep an apostrophe between letters (straight or curly, read as straight), not one after a digit', async () => {
    const { wordsOf } = await fresh();
    expect(wordsOf("o'brien and o’brien's, 5' tall")).toEqual([
      { word: "o'brien", start: 0, end: 7 },
      { word: 'and', start: 8, end: 11 },
      { word: "o'brien's", start: 12, end: 21 },
      { word: '5', start: 23, end: 24 },
      { word: 'tall', start: 26, end: 30 },
    ]);
  });

  it('are letters of any script', async () => {
    const { wordsOf } = await fresh();
    expect(wordsOf('josé müller-łódź')).toEqual([
      { word: 'josé', start: 0, end: 4 },
      { word: 'müller', start: 5, end: 11 },
      { word: 'łódź', start: 12, end: 16 },
    ]);
  });
});

describe('runs of words shared with a source text (address: 3 in a row, summary: 8)', () => {
  it('flags the source’s words standing in a row in the draft, up to its last word', async () => {
    const { sharedRuns } = await fresh();
    expect(sharedRuns('mail goes to 12 oak street now', '12 oak street', 3)).toEqual([[13, 26]]);
  });

  it('joins overlapping runs into one span', async () => {
    const { sharedRuns } = await fresh();
    expect(sharedRuns('at 12 oak street springfield today', 'she lives at 12 oak street springfield', 3)).toEqual([[0, 28]]);
  });

  it('keeps runs apart when other words stand between them', async () => {
    const { sharedRuns } = await fresh();
    expect(sharedRuns('12 oak street, near springfield il 62701', '12 oak street springfield il 62701', 3)).toEqual([
      [0, 13],
      [20, 40],
    ]);
  });

  it('ignores punctuation and spacing between the words', async () => {
    const { sharedRuns } = await fresh();
    expect(sharedRuns('12, oak  street', '12 oak street', 3)).toEqual([[0, 15]]);
  });

  it('flags nothing for fewer words in a row than asked, or a source shorter than that (no false alarm)', async () => {
    const { sharedRuns } = await fresh();
    expect(sharedRuns('oak street only', '12 oak street', 3)).toEqual([]);
    expect(sharedRuns('12 oak', '12 oak', 3)).toEqual([]);
    expect(sharedRuns('street 12 oak', '12 oak street', 3)).toEqual([]);
  });

  it('flags a single shared word when one word is asked, and nothing when none is', async () => {
    const { sharedRuns } = await fresh();
    expect(sharedRuns('call smith today', 'smith', 1)).toEqual([[5, 10]]);
    expect(sharedRuns('call smith today', 'call smith today', 0)).toEqual([]);
  });

  it('compares with the source given now, not the one before (address, then summary, then address)', async () => {
    const { sharedRuns } = await fresh();
    const draft = 'sent to 12 oak street and 9 elm road';
    expect(sharedRuns(draft, '12 oak street', 3)).toEqual([[8, 21]]);
    expect(sharedRuns(draft, '9 elm road', 3)).toEqual([[26, 36]]);
    expect(sharedRuns(draft, '12 oak street', 3)).toEqual([[8, 21]]);
    expect(sharedRuns(draft, '12 oak street', 3)).toEqual([[8, 21]]);
  });

  it('compares runs of the length asked now, for the same source', async () => {
    const { sharedRuns } = await fresh();
    const summary = 'the caller says the pharmacy refused the refill at the counter';
    const draft = 'the pharmacy refused the refill';
    expect(sharedRuns(draft, summary, 8)).toEqual([]);
    expect(sharedRuns(draft, summary, 3)).toEqual([[0, 31]]);
    expect(sharedRuns(draft, summary, 3)).toEqual([[0, 31]]);
    expect(sharedRuns(draft, summary, 8)).toEqual([]);
  });
});
