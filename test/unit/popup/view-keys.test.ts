/** The popup reads the store's storage keys directly (without loading the store): they must be the same. */
import { describe, expect, it } from 'vitest';
import { QUARANTINE_KEY, TRACKED_CASES_KEY } from '../../../lib/store/tracked-cases';
import { TRACKED_CASES_VERSION } from '../../../lib/store/tracked-cases-migrations';
import { VIEW_KEYS, VIEW_VERSION } from '../../../lib/store/tracked-cases-view';

describe('the popup view of the tracked-case store', () => {
  it('reads the keys and the version the store writes', () => {
    expect(`local:${VIEW_KEYS.cases}`).toBe(TRACKED_CASES_KEY);
    expect(`local:${VIEW_KEYS.quarantine}`).toBe(QUARANTINE_KEY);
    expect(VIEW_KEYS.meta).toBe(`${VIEW_KEYS.cases}$`);
    expect(VIEW_VERSION).toBe(TRACKED_CASES_VERSION);
  });
});
