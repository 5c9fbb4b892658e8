import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyFixToTextarea, selectInTextarea } from '../../../entrypoints/ctm-panel/note/textarea-actions';
import { lintNote } from '../../../lib/lint/lint-note';
import { noteChecks } from '../note-checks';

afterEach(() => {
  document.body.replaceChildren();
  Reflect.deleteProperty(document, 'execCommand');
});

function textarea(value: string): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.value = value;
  document.body.append(el);
  return el;
}

describe('applyFixToTextarea', () => {
  it('changes the textarea and the page hears input and change events', () => {
    const el = textarea('Called bene today');
    const heard: string[] = [];
    el.addEventListener('input', () => heard.push(`input:${el.value}`));
    el.addEventListener('change', () => heard.push(`change:${el.value}`));
    const finding = lintNote(el.value).find((f) => f.rule === 'abbreviation');
    if (!finding?.fix) throw new Error('expected a fix');
    expect(applyFixToTextarea(el, finding.fix, noteChecks, el.value)).toBe('applied');
    expect(el.value).toBe('Called beneficiary today');
    expect(heard).toEqual(['input:Called beneficiary today', 'change:Called beneficiary today']);
  });

  it('goes through the browser editing command first, so undo works where the browser supports it', () => {
    const el = textarea('a “b”');
    // happy-dom has no execCommand; stand in for the browser's, which edits and fires input.
    const exec = vi.fn((_cmd: string, _ui: boolean, value: string) => {
      el.setRangeText(value, el.selectionStart, el.selectionEnd, 'end');
      el.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const inputs = vi.fn();
    el.addEventListener('input', inputs);
    const finding = lintNote(el.value).find((f) => f.rule === 'pasted-characters');
    if (!finding?.fix) throw new Error('expected a fix');
    expect(applyFixToTextarea(el, finding.fix, noteChecks)).toBe('applied');
    expect(exec).toHaveBeenCalledWith('insertText', false, '"b"');
    expect(el.value).toBe('a "b"');
    expect(inputs).toHaveBeenCalledTimes(1); // no second, synthetic input event
  });

  it('does nothing when the note changed since the fix was computed', () => {
    const el = textarea('Called bene today');
    const finding = lintNote(el.value).find((f) => f.rule === 'abbreviation');
    if (!finding?.fix) throw new Error('expected a fix');
    el.value = 'Something else';
    expect(applyFixToTextarea(el, finding.fix, noteChecks, 'Called bene today')).toBe('stale');
    expect(el.value).toBe('Something else');
  });

  it('inserts a required phrase at the start of a CR LF note', () => {
    const el = textarea('line one');
    const [finding] = lintNote(el.value, { scenario: 'H', requiredPhrases: ['EE Complaint'] });
    if (!finding?.fix) throw new Error('expected a fix');
    applyFixToTextarea(el, finding.fix, noteChecks);
    expect(el.value).toBe('EE Complaint\nline one');
  });
});

describe('selectInTextarea', () => {
  it("selects the finding's range and focuses the textarea", () => {
    const el = textarea('Called bene today');
    selectInTextarea(el, 7, 11);
    expect(document.activeElement).toBe(el);
    expect([el.selectionStart, el.selectionEnd]).toEqual([7, 11]);
  });

  it('clamps a range past the end of a shortened note', () => {
    const el = textarea('short');
    selectInTextarea(el, 40, 50);
    expect([el.selectionStart, el.selectionEnd]).toEqual([5, 5]);
  });
});
