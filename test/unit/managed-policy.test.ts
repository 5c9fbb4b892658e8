/**
 * What IT sees in the options page when the enterprise policy (docs/admin/) for CTM Assist is
 * absent, malformed, or holds a value that fails the settings file's own rules.
 */
import { describe, expect, it } from 'vitest';
import { validateManaged } from '../../lib/managed-policy';

const NOT_AN_OBJECT = 'The enterprise policy for CTM Assist is not an object of settings; it is ignored.';

describe('the enterprise policy as a whole', () => {
  it.each([
    ['null (no policy)', null],
    ['undefined (no policy)', undefined],
  ])('is quiet when the managed area holds %s', (_, raw) => {
    expect(validateManaged(raw)).toEqual({ values: {}, locked: [], problems: [] });
  });

  it.each([
    ['text', 'Acme Health Plan'],
    ['a number', 42],
    ['true', true],
    ['a list', [{ organization: 'Acme Health Plan' }]],
  ])('ignores a policy that is %s, saying so once', (_, raw) => {
    expect(validateManaged(raw)).toEqual({ values: {}, locked: [], problems: [NOT_AN_OBJECT] });
  });
});

describe('a policy value that fails the settings rules', () => {
  it('lists every problem of that value in one line, and locks nothing for it', () => {
    expect(validateManaged({ contracts: ['nope', 'Z1234'], organization: 'Acme Health Plan' })).toEqual({
      values: { organization: 'Acme Health Plan' },
      locked: ['organization'],
      problems: [
        'Policy setting contracts[0]: is not a contract number (a type letter H, R, S, E, F, X or 9 and four digits). contracts[1]: is not a contract number (a type letter H, R, S, E, F, X or 9 and four digits). It is not used.',
      ],
    });
  });
});
