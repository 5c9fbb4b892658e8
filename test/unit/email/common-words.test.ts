/**
 * Names that are also everyday words: the PHI guard counts them only next to another part of the
 * beneficiary's name, so "Will", "May" or "Hill" alone in a draft raise no false alarm.
 *
 * The module is imported afresh inside each test: its word list is built at import, and only a
 * list built under the test that checks it is counted by the mutation run (Stryker's ignoreStatic).
 */
import { describe, expect, it, vi } from 'vitest';

async function freshIsCommonWord() {
  vi.resetModules();
  return (await import('../../../lib/email/common-words')).isCommonWord;
}

describe('everyday words that are also names', () => {
  it('knows words from the whole list, first to last, in any case', async () => {
    const isCommonWord = await freshIsCommonWord();
    const words = ['will', 'long', 'hill', 'strong', 'street', 'cash', 'plan', 'be', 'May', 'HOPE', 'Close'];
    expect(words.filter((w) => isCommonWord(w))).toEqual(words);
  });

  it('does not take a surname or an empty text for an everyday word', async () => {
    const isCommonWord = await freshIsCommonWord();
    expect(['Sample', 'Gonzalez', '', ' ', 'will may'].map((w) => isCommonWord(w))).toEqual([false, false, false, false, false]);
  });
});
