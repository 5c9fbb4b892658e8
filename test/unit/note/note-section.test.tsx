import { options, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Findings } from '../../../components/note/Findings';
import { NoteSection } from '../../../components/note/NoteSection';
import { createNoteStore } from '../../../entrypoints/ctm-panel/note-store';
import { lintState, type NoteLintState } from '../../../lib/lint/note-lint-state';
import { noteChecks } from '../note-checks';
import { usePreactRoot } from '../preact-root';

const root = usePreactRoot();

/** The panel's own store, holding `first`: `set` is what the lint loop's draw calls. */
function store(first: NoteLintState): ReturnType<typeof createNoteStore> {
  const noteStore = createNoteStore();
  noteStore.set(first);
  return noteStore;
}

const meter = () => root.el.querySelector<HTMLElement>('[data-note-count]')!;
const shown = () => ({
  count: meter().getAttribute('data-note-count'),
  state: meter().getAttribute('data-state'),
  text: meter().textContent,
  bar: meter().querySelector<HTMLElement>('.ctm-note-meter-fill')?.style.transform,
});

describe('NoteSection while typing', () => {
  it('moves the count on every key without re-rendering, and keeps the findings list as drawn', async () => {
    const note = store(lintState('bene called', {}, noteChecks));
    await act(() => render(<NoteSection source={note} FindingsList={Findings} onSelect={() => {}} onFix={() => {}} />, root.el));
    const list = root.el.querySelector('[data-rule]');
    const renders = vi.fn();
    const before = options.diffed;
    options.diffed = (vnode) => {
      renders(vnode);
      before?.(vnode);
    };
    try {
      for (const count of [12, 13, 14]) {
        note.set({ ...note.current()!, count });
        // No act(): the count is on screen synchronously, not after a render.
        expect(shown().count).toBe(String(count));
        expect(shown().text).toContain(`${count} / 4,000 as submitted`);
      }
      await act(() => {});
      expect(renders).not.toHaveBeenCalled();
    } finally {
      options.diffed = before;
    }
    expect(shown().bar).toBe(`scaleX(${14 / 4000})`);
    expect(root.el.querySelector('[data-rule]')).toBe(list);
  });

  it('turns to warn at 90 % and to error over 4,000 on the key that crosses, with its words, and back', async () => {
    const note = store({ ...lintState('x', {}, noteChecks), count: 3598 });
    await act(() => render(<NoteSection source={note} FindingsList={Findings} onSelect={() => {}} onFix={() => {}} />, root.el));
    const steps: [number, string, string][] = [
      [3599, 'ok', '3,599 / 4,000 as submitted'],
      [3600, 'warn', '3,600 / 4,000 as submitted · near the limit'],
      [4000, 'warn', '4,000 / 4,000 as submitted · near the limit'],
      [4001, 'error', "4,001 / 4,000 as submitted · 1 over the SOP's 4,000 (K.1)"],
      [4012, 'error', "4,012 / 4,000 as submitted · 12 over the SOP's 4,000 (K.1)"],
      [3599, 'ok', '3,599 / 4,000 as submitted'],
    ];
    for (const [count, state, text] of steps) {
      await act(() => note.set({ ...note.current()!, count }));
      expect(shown()).toMatchObject({ count: String(count), state, text });
      expect(meter().className).toContain(`ctm-note-meter--${state}`);
    }
  });

  it('a render with an older count (the findings of a paused text) does not leave a newer count on screen stale', async () => {
    const first = { ...lintState('bene', {}, noteChecks), count: 100 };
    const note = store(first);
    await act(() => render(<NoteSection source={note} FindingsList={Findings} onSelect={() => {}} onFix={() => {}} />, root.el));
    note.set({ ...first, count: 101 }); // moved in place
    expect(shown().count).toBe('101');
    // Back to 100 with new findings: a render whose count equals what was last rendered.
    await act(() => note.set({ ...lintState('bene w/', {}, noteChecks), count: 100 }));
    expect(shown()).toMatchObject({ count: '100', text: '100 / 4,000 as submitted', bar: `scaleX(${100 / 4000})` });
    expect(root.el.querySelectorAll('[data-rule]')).toHaveLength(2);
  });

  it('a key that crosses back while a render is pending ends on the newest count', async () => {
    const note = store({ ...lintState('x', {}, noteChecks), count: 3599 });
    await act(() => render(<NoteSection source={note} FindingsList={Findings} onSelect={() => {}} onFix={() => {}} />, root.el));
    await act(() => {
      note.set({ ...note.current()!, count: 3600 }); // to warn: asks for a render
      note.set({ ...note.current()!, count: 3598 }); // back to ok before it happens
    });
    expect(shown()).toMatchObject({ count: '3598', state: 'ok', text: '3,598 / 4,000 as submitted' });
  });
});

describe('NoteSection before the note’s checks are in', () => {
  const region = () => ({
    loading: root.el.querySelector('[data-findings-loading]')?.textContent,
    unavailable: root.el.querySelector('[data-findings-unavailable]')?.textContent,
    findings: root.el.querySelectorAll('[data-rule]').length,
    empty: root.el.querySelector('[data-findings-empty]') !== null,
  });

  it('says the note is being checked while the count follows the keys, then shows the findings in its place', async () => {
    const note = store(lintState('bene called', {}, 'loading'));
    await act(() => render(<NoteSection source={note} FindingsList={Findings} onSelect={() => {}} onFix={() => {}} />, root.el));
    expect(region()).toEqual({ loading: 'Checking the note…', unavailable: undefined, findings: 0, empty: false });
    expect(shown().count).toBe('11');
    note.set({ ...note.current()!, count: 12 }); // moved in place, the message stays
    expect(shown().count).toBe('12');
    expect(region().loading).toBe('Checking the note…');

    await act(() => note.set({ ...lintState('bene called!', {}, noteChecks) }));
    expect(region()).toMatchObject({ loading: undefined, unavailable: undefined });
    expect(root.el.querySelector('[data-rule="abbreviation"][data-term="bene"]')).not.toBeNull();
    expect(shown().count).toBe('12');
  });

  it('keeps saying the note is being checked until the findings list is in too (both come with the later part)', async () => {
    const note = store(lintState('bene called', {}, noteChecks));
    await act(() => render(<NoteSection source={note} onSelect={() => {}} onFix={() => {}} />, root.el));
    expect(region()).toEqual({ loading: 'Checking the note…', unavailable: undefined, findings: 0, empty: false });
    await act(() => render(<NoteSection source={note} FindingsList={Findings} onSelect={() => {}} onFix={() => {}} />, root.el));
    expect(region()).toMatchObject({ loading: undefined, findings: 2 });
  });

  it('turns to warn at 90 % while the checks load: the colour is the first paint’s, not the checks’', async () => {
    const note = store({ ...lintState('x', {}, 'loading'), count: 3599 });
    await act(() => render(<NoteSection source={note} FindingsList={Findings} onSelect={() => {}} onFix={() => {}} />, root.el));
    await act(() => note.set({ ...note.current()!, count: 3600 }));
    expect(shown()).toMatchObject({ count: '3600', state: 'warn' });
    expect(region().loading).toBe('Checking the note…');
  });

  it('says in words that the checks could not load, and the count keeps working', async () => {
    const note = store(lintState('a', {}, 'unavailable'));
    await act(() => render(<NoteSection source={note} FindingsList={Findings} onSelect={() => {}} onFix={() => {}} />, root.el));
    expect(region()).toEqual({
      loading: undefined,
      unavailable: 'CTM Assist could not load its note checks. The count above still works; reload the page to try again.',
      findings: 0,
      empty: false,
    });
    expect(root.el.querySelector('[data-findings-unavailable]')?.getAttribute('role')).toBe('alert');
    await act(() => note.set({ ...note.current()!, count: 4001 }));
    expect(shown()).toMatchObject({ count: '4001', state: 'error' });
  });
});

describe('NoteSection and its source', () => {
  it('follows a state set between its render and its subscription (effects run after the first paint)', async () => {
    const note = createNoteStore();
    render(<NoteSection source={note} FindingsList={Findings} onSelect={() => {}} onFix={() => {}} />, root.el);
    expect(root.el.querySelector('[data-note-count]')).toBeNull();
    note.set(lintState('a\nb', {}, 'loading')); // before the effect subscribes
    await vi.waitFor(() => expect(meter()?.getAttribute('data-note-count')).toBe('4'));
  });
});
