/**
 * caseworker-name reads the note and the name the way a reviewer does: any case, any run of spaces
 * (SOP F.3.c: "the name of the caseworker as shown on the complaint in CTM").
 *
 * The rule is imported afresh inside each test (not at the top of the file): the helper that
 * evens out case and spaces is built when the module loads, so a copy loaded before the test would
 * check a helper built before that test.
 */
import { describe, expect, it, vi } from 'vitest';

async function freshRule() {
  vi.resetModules();
  return (await import('../../../lib/lint/rules/caseworker-name')).caseworkerName;
}

describe('caseworker-name under a fresh import (SOP F.3.c)', () => {
  it('accepts the caseworker name typed in capitals and with extra spaces', async () => {
    const rule = await freshRule();
    expect(rule('Resolved. CASEWORKER:  JORDAN   LEE', { scenario: 'F', caseworker: 'Jordan Lee' })).toEqual([]);
  });

  it('accepts the word "Caseworker" with a capital when no name is known', async () => {
    const rule = await freshRule();
    expect(rule('Caseworker named on the complaint.', { scenario: 'F' })).toEqual([]);
  });

  it('asks for the name shown on the complaint when the note does not give it', async () => {
    const rule = await freshRule();
    expect(rule('Resolved.', { scenario: 'F' })).toEqual([
      {
        rule: 'caseworker-name',
        severity: 'warning',
        message: "Give the caseworker's name as shown on the complaint in CTM (SOP F.3.c).",
        start: 9,
        end: 9,
      },
    ]);
  });
});
