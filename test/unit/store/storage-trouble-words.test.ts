/**
 * The words a page shows when storage fails (carried from the background as a named error), and the
 * quota message that tells the caseworker what to clear. The error name is read back by the pages, so
 * it is asserted as a literal; the module is imported afresh inside that test because the name is
 * set when the module loads.
 */
import { describe, expect, it, vi } from 'vitest';
import { isQuotaError, storageTrouble, troubleMessage, writeFailedProblem } from '../../../lib/store/storage-trouble';

describe('a storage trouble carried to a page', () => {
  it('is an error named CtmStorageTrouble carrying exactly the words given', async () => {
    vi.resetModules();
    const fresh = await import('../../../lib/store/storage-trouble');
    expect(fresh.STORAGE_TROUBLE).toBe('CtmStorageTrouble');
    const error = fresh.storageTrouble('The tick could not be saved.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CtmStorageTrouble');
    expect(error.message).toBe('The tick could not be saved.');
  });

  it('its words are read back; any other error, or a non-error, gives none (the page then says the usual)', () => {
    expect(troubleMessage(storageTrouble('The case history could not be saved.'))).toBe('The case history could not be saved.');
    // A plain error carried over messaging: its message may quote anything, so it is not shown as storage words.
    expect(troubleMessage(new Error('The tick could not be saved.'))).toBeUndefined();
    const named = { name: 'CtmStorageTrouble', message: 'not an Error object' };
    expect(troubleMessage(named)).toBeUndefined();
    expect(troubleMessage('CtmStorageTrouble')).toBeUndefined();
    expect(troubleMessage(undefined)).toBeUndefined();
  });
});

describe('a failed write in words', () => {
  it('the browser quota: says storage is full and where to clear the set-aside copies', () => {
    const quota = new Error('Resource::kQuotaBytes quota exceeded');
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Error('QUOTA_BYTES exceeded'))).toBe(true);
    expect(writeFailedProblem('The tick', quota)).toBe(
      'The tick could not be saved: the browser’s storage for CTM Assist is full. Clear the set-aside copies in the CTM Assist toolbar popup.',
    );
  });

  it('any other refusal: says to reopen the page and then ask IT, without the error’s own text', () => {
    const other = new Error('IO error: disk unavailable');
    expect(isQuotaError(other)).toBe(false);
    expect(writeFailedProblem('Tracking', other)).toBe(
      'Tracking could not be saved: the browser refused to store it. Close and reopen the page; if it persists, ask IT.',
    );
  });

  it('a thrown non-error, even a text naming the quota, and no error at all are not taken for the quota', () => {
    expect(isQuotaError('quota exceeded')).toBe(false);
    expect(isQuotaError({ message: 'quota exceeded' })).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
    expect(writeFailedProblem('The done mark', undefined)).toBe(
      'The done mark could not be saved: the browser refused to store it. Close and reopen the page; if it persists, ask IT.',
    );
  });
});
