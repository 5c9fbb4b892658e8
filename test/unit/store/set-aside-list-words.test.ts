/**
 * The set-aside lists as the popup reads them (set-aside-list.ts): any stored form is kept as an
 * entry, sizes are counted as stored, and the words the caseworker reads about what is kept aside.
 * One test loads the module afresh (vi.resetModules): asideBytes is a module-level arrow function,
 * which Stryker counts only then.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asideList, asideOf, setAsideProblem, storedBytes, type SetAsideEntry } from '../../../lib/store/set-aside-list';

const AT = '2026-06-05T09:00:00.000Z';
const EARLIER = 'An earlier set-aside copy, in a form this version does not know.';

describe('set-aside lists in any stored form', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(AT));
  });
  afterEach(() => vi.useRealTimers());

  it('counts stored size as JSON in UTF-8, and nothing for a value that is not stored', () => {
    expect(storedBytes('é')).toBe(4);
    expect(storedBytes({ a: 1 })).toBe(7);
    expect(storedBytes(undefined)).toBe(0);
  });

  it('nothing stored is an empty list', () => {
    expect(asideList(null)).toEqual([]);
    expect(asideList(undefined)).toEqual([]);
  });

  it('a bare value from an older build is kept as one entry that says so', () => {
    expect(asideList('old copy')).toEqual([{ at: AT, reason: EARLIER, bytes: 10, data: 'old copy' }]);
  });

  it('list items that are not entries are each kept, wrapped with their size', () => {
    const items = [
      null,
      0,
      'text',
      [1],
      { reason: 'r', data: 1 },
      { at: 't', data: 1 },
      { at: 't', reason: 'r' },
      { at: 1, reason: 'r', data: 1 },
      { at: 't', reason: 2, data: 1 },
    ];
    const list = asideList(items);
    expect(list).toHaveLength(9);
    expect(list).toEqual(items.map((data) => ({ at: AT, reason: EARLIER, bytes: JSON.stringify(data).length, data })));
  });

  it('an entry keeps its stored size; one without a numeric size gets it counted', () => {
    const list = asideList([
      { at: 't', reason: 'r', data: 'abc', bytes: 99 },
      { at: 't', reason: 'r', data: 'abc' },
      { at: 't', reason: 'r', data: 'abc', bytes: '99' },
    ]);
    expect(list.map((e) => e.bytes)).toEqual([99, 5, 5]);
  });

  it('adds up the kept sizes, counting an entry without a size from its data (fresh import)', async () => {
    vi.resetModules();
    const { asideBytes } = await import('../../../lib/store/set-aside-list');
    const list: SetAsideEntry[] = [
      { at: 't', reason: 'r', bytes: 10, data: 'x' },
      { at: 't', reason: 'r', data: 'abc' },
      { at: 't', reason: 'r', bytes: 0, data: 'abcdef' },
    ];
    expect(asideBytes(list)).toBe(15);
  });
});

describe('what the caseworker is told about copies kept aside', () => {
  const entry = (reason: string, note?: string): SetAsideEntry => ({ at: AT, reason, bytes: 2048, data: 'x', ...(note ? { note } : {}) });

  it('nothing kept aside: nothing said', () => {
    expect(setAsideProblem([])).toBeUndefined();
  });

  it('one copy: "Some … was", the day, the size and the reason (tracked-case data by default)', () => {
    expect(setAsideProblem([entry('Damaged.')])).toBe('Some tracked-case data was set aside, not deleted (last on 2026-06-05; 2 KB kept): Damaged.');
  });

  it('several copies: how many times, with the note on the last copy', () => {
    expect(setAsideProblem([entry('First.'), entry('Second.', '1 older set-aside copy was dropped.')], 'checklist tick data')).toBe(
      'Checklist tick data was 2 times set aside, not deleted (last on 2026-06-05; 4 KB kept): Second. 1 older set-aside copy was dropped.',
    );
  });

  it('the popup joins the messages of every list holding copies and offers to clear them', () => {
    expect(
      asideOf({
        'trackedCases.quarantine': [entry('A.')],
        'caseProgress.unreadable': null,
        'alertPrefs.unreadable': [entry('B.')],
        other: [entry('C.')],
      }),
    ).toEqual({
      problem:
        'Some tracked-case data was set aside, not deleted (last on 2026-06-05; 2 KB kept): A. Some notification choice data was set aside, not deleted (last on 2026-06-05; 2 KB kept): B.',
      clear: 'set-aside',
    });
  });

  it('no list holding copies: nothing said and nothing offered', () => {
    expect(asideOf({ 'trackedCases.quarantine': undefined, caseProgress: { x: 1 } })).toEqual({});
  });
});
