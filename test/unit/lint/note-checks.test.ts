/**
 * The panel's later part is built apart from the panel, so the panel takes the note's checks from
 * it only when all three are there (findings, a fix's text, a fix as one undo step); otherwise it
 * shows the checks as unavailable instead of failing on the first keystroke.
 */
import { describe, expect, it } from 'vitest';
import { isNoteChecks } from '../../../lib/lint/note-checks';
import { noteChecks } from '../note-checks';

const lint = () => [];
const applyFix = () => 'fixed text';
const fixAsSingleEdit = () => ({ start: 0, end: 0, text: '' });

describe('whether the later part handed over the note checks', () => {
  it('takes the real checks and any object with the three functions', () => {
    expect(isNoteChecks(noteChecks)).toBe(true);
    expect(isNoteChecks({ lint, applyFix, fixAsSingleEdit })).toBe(true);
  });

  it('refuses nothing at all: undefined, null or an empty object', () => {
    expect([isNoteChecks(undefined), isNoteChecks(null), isNoteChecks({})]).toEqual([false, false, false]);
  });

  it('refuses checks with any one of the three missing', () => {
    expect(isNoteChecks({ applyFix, fixAsSingleEdit })).toBe(false);
    expect(isNoteChecks({ lint, fixAsSingleEdit })).toBe(false);
    expect(isNoteChecks({ lint, applyFix })).toBe(false);
  });

  it('refuses checks with only one of the three', () => {
    expect([isNoteChecks({ lint }), isNoteChecks({ applyFix }), isNoteChecks({ fixAsSingleEdit })]).toEqual([false, false, false]);
  });

  it('refuses a name that is there but not a function', () => {
    expect(isNoteChecks({ lint: 'lintNote', applyFix, fixAsSingleEdit })).toBe(false);
    expect(isNoteChecks({ lint, applyFix: {}, fixAsSingleEdit })).toBe(false);
    expect(isNoteChecks({ lint, applyFix, fixAsSingleEdit: 1 })).toBe(false);
  });
});
