/**
 * What the note section is given: the count, the textarea's maxlength when it has one, and, after a
 * fix, the same finding found again in the newer lint.
 */
import { describe, expect, it } from 'vitest';
import { lintState, sameFindingIn } from '../../../lib/lint/note-lint-state';
import type { Finding } from '../../../lib/lint/types';

describe('lintState: the textarea maxlength', () => {
  it('keeps a maxlength of 0 and above, as the page sets it', () => {
    expect(lintState('abc', {}, 'loading', 4000)).toStrictEqual({ text: 'abc', count: 3, limit: 4000, maxLength: 4000, findings: [], checks: 'loading' });
    expect(lintState('abc', {}, 'loading', 0).maxLength).toBe(0);
  });

  it('has no maxlength when the textarea has none (the DOM reports -1) or none was given', () => {
    expect('maxLength' in lintState('abc', {}, 'unavailable', -1)).toBe(false);
    expect('maxLength' in lintState('abc', {}, 'unavailable')).toBe(false);
  });
});

const finding = (rule: string, start: number, data?: Finding['data']): Finding => ({
  rule,
  severity: 'warning',
  message: `fake ${rule}`,
  start,
  end: start + 1,
  ...(data ? { data } : {}),
});

describe('sameFindingIn: the finding again after an edit', () => {
  it('matches on the rule and the same occurrence among that rule', () => {
    const a1 = finding('system-named', 0);
    const a2 = finding('system-named', 10);
    const b = finding('reply-code', 5);
    const after = [finding('reply-code', 6), finding('system-named', 1), finding('system-named', 11)];
    expect(sameFindingIn([a1, b, a2], a2, after)).toBe(after[2]);
    expect(sameFindingIn([a1, b, a2], b, after)).toBe(after[0]);
  });

  it('abbreviation: matches on the same term, not on another term of the same rule', () => {
    const asap = finding('abbreviation', 0, { term: 'ASAP' });
    const fyi = finding('abbreviation', 8, { term: 'FYI' });
    const after = [finding('abbreviation', 2, { term: 'FYI' }), finding('abbreviation', 9, { term: 'ASAP' })];
    expect(sameFindingIn([asap, fyi], asap, after)).toBe(after[1]);
    expect(sameFindingIn([asap, fyi], asap, [after[0] as Finding])).toBeUndefined();
  });

  it('required-phrase (SOP D.1.a, H.1.a): matches on the same phrase, not on another phrase', () => {
    const d = finding('required-phrase', 0, { phrase: 'CTM Case Not Part D' });
    const h = finding('required-phrase', 0, { phrase: 'EE Complaint' });
    const after = [finding('required-phrase', 0, { phrase: 'EE Complaint' })];
    expect(sameFindingIn([d, h], h, after)).toBe(after[0]);
    expect(sameFindingIn([d, h], d, after)).toBeUndefined();
  });

  it('a finding without data matches only others without data, whatever their neighbours carry', () => {
    const plain = finding('caseworker-name', 4);
    const after = [finding('caseworker-name', 3, { term: 'fake' }), finding('caseworker-name', 5)];
    expect(sameFindingIn([plain], plain, after)).toBe(after[1]);
    const termed = finding('caseworker-name', 3, { term: 'fake' });
    expect(sameFindingIn([termed], termed, [finding('caseworker-name', 7)])).toBeUndefined();
  });

  it('undefined when the edit took the finding away', () => {
    const a = finding('system-named', 0);
    expect(sameFindingIn([a], a, [])).toBeUndefined();
  });
});
