/**
 * What the extension prints when something fails: one debug line with the error's kind, never its
 * message, which could quote the page (PRIVACY.md: no beneficiary data in the console).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportQuietly } from '../../lib/report-quietly';

afterEach(() => vi.restoreAllMocks());

describe('a failure reported quietly', () => {
  it('prints one debug line with the error’s name and not its message', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    reportQuietly(new TypeError('Jane Sample 1EG4-TE5-MK73'));
    expect(debug.mock.calls).toEqual([['[CTM Assist]', 'TypeError']]);
  });

  it('prints "error" for anything thrown that is not an Error', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    reportQuietly('Jane Sample');
    expect(debug.mock.calls).toEqual([['[CTM Assist]', 'error']]);
  });
});
