/**
 * SOP K.1 (up to 4,000 characters): the near-limit note at the limit itself.
 *
 * The rule is imported afresh inside the test (not at the top of the file): other test files lint
 * while they are collected, and the check at exactly 4,000 must run under the test that states it.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshNearLimit() {
  vi.resetModules();
  return (await import('../../../lib/lint/rules/note-near-limit')).noteNearLimit;
}

describe('note-near-limit at the limit (SOP K.1)', () => {
  it('a note of exactly 4,000 as submitted is still "close to" the limit, not over it', async () => {
    const noteNearLimit = await freshNearLimit();
    expect(noteNearLimit('x'.repeat(4000), {})).toEqual([
      {
        rule: 'note-near-limit',
        severity: 'info',
        message: 'Close to the 4,000-character limit as submitted (SOP K.1; browsers submit each line break as two characters).',
        start: 4000,
        end: 4000,
      },
    ]);
    expect(noteNearLimit(`${'x'.repeat(3999)}\n`, {})).toEqual([]);
  });
});
