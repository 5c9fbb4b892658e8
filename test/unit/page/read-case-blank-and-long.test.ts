/**
 * What the panel reads from boxes that hold only blank space, from a Current Entry padded with
 * blank space up to the reader's walking limit, and which label names a note typed over the
 * limit. The walking limit of a field is 4 × its cap + 1,000 characters: for the Current Entry
 * (cap 20,000) that is 81,000 characters.
 */
import { describe, expect, it } from 'vitest';
import { readCase, withCurrentEntry } from '../../../lib/page/read-case';
import { parseHtml } from '../parse-html';

/** A small page whose controls get the given values (set as the caseworker's typing sets them). */
function read(html: string, values: Record<string, string> = {}) {
  const doc = parseHtml(html);
  for (const [id, value] of Object.entries(values)) (doc.getElementById(id) as HTMLInputElement | HTMLTextAreaElement).value = value;
  return readCase(doc.body).snapshot;
}

const CURRENT_ENTRY = '<label for="ce">Current Entry</label><textarea id="ce"></textarea>';

describe('boxes holding only blank space', () => {
  it('a blank Current Entry box does not hide another box that holds the entry', () => {
    const html = '<label for="a">Current Entry</label><textarea id="a"></textarea><label for="b">Plan Response</label><textarea id="b"></textarea>';
    expect(read(html, { a: '   \n  ', b: 'Called the plan.' }).currentEntry).toBe('Called the plan.');
  });

  it('a beneficiary phone box of spaces keeps no phone; a padded name is kept trimmed', () => {
    const html = '<label for="p">Phone</label><input id="p"><label for="n">Beneficiary Name</label><input id="n">';
    expect(read(html, { p: '   ', n: '  Jane Sample ' }).phi).toEqual({ name: 'Jane Sample' });
  });
});

describe('a Current Entry padded with blank space', () => {
  it('exactly 81,000 characters whose visible text is short is read as typed', () => {
    const padded = `Called the plan.${' '.repeat(80_977)}Closed.`;
    expect(padded).toHaveLength(81_000);
    const snapshot = read(CURRENT_ENTRY, { ce: padded });
    expect(snapshot.currentEntry).toBe(padded);
    expect(snapshot.malformed).toEqual([]);
  });

  it('81,001 characters are not read, however short the visible text', () => {
    const snapshot = read(CURRENT_ENTRY, { ce: `Called the plan.${' '.repeat(80_978)}Closed.` });
    expect(snapshot.currentEntry).toBeUndefined();
    expect(snapshot.malformed).toEqual([{ key: 'currentEntry', label: 'Current Entry', reason: 'longer than 20,000 characters, so not used' }]);
  });
});

describe('a note typed over the limit', () => {
  it("is reported under the note's usual label, not under the label of another unreadable field", () => {
    const snapshot = read(`<table><tr><td>Caseworker:</td><td>${'A'.repeat(201)}</td></tr></table>`);
    expect(snapshot.malformed).toEqual([{ key: 'caseworker', label: 'Caseworker:', reason: 'longer than 200 characters, so not used' }]);
    expect(withCurrentEntry(snapshot, 'z'.repeat(20_001)).malformed).toEqual([
      { key: 'caseworker', label: 'Caseworker:', reason: 'longer than 200 characters, so not used' },
      { key: 'currentEntry', label: 'Current Entry (Plan Response)', reason: 'longer than 20,000 characters, so not used' },
    ]);
  });
});
