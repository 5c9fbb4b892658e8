import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../lib/lint/format-count';

describe('the meter count ("3,412 / 4,000 as submitted")', () => {
  it.each([0, 999, 1000, 4010, 1234567, -1234])('%d is written as en-US would', (n) => {
    expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
  });
});
