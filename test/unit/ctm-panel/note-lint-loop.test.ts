import { afterEach, describe, expect, it, vi } from 'vitest';
import { startNoteLintLoop } from '../../../entrypoints/ctm-panel/note/note-lint-loop';
import { sameFindingIn, type NoteLintState } from '../../../lib/lint/note-lint-state';
import type { NoteChecksState } from '../../../lib/lint/note-checks';
import { noteChecks } from '../note-checks';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

function type(el: HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('startNoteLintLoop', () => {
  it('draws once per animation frame; the count follows every key, the findings once typing pauses for 150 ms', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const el = document.createElement('textarea');
    el.maxLength = 3000;
    document.body.append(el);
    const drawn: NoteLintState[] = [];
    const loop = startNoteLintLoop(el, () => ({}), () => noteChecks, (s) => drawn.push(s));
    frames.shift()?.(0);
    drawn.length = 0;

    type(el, 'a');
    type(el, 'a\nb');
    type(el, 'a\nbene');
    expect(loop.current().count).toBe(7); // counted at once: the line break counts 2
    expect(drawn).toEqual([]); // nothing drawn inside the typing path
    expect(frames).toHaveLength(1);

    frames.shift()?.(0);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toMatchObject({ count: 7, limit: 4000, maxLength: 3000, findings: [] });

    vi.advanceTimersByTime(149);
    expect(frames).toHaveLength(0); // still typing, as far as the list knows
    vi.advanceTimersByTime(1);
    frames.shift()?.(0);
    expect(drawn.at(-1)?.findings.map((f) => f.data?.term)).toEqual(['bene']);
    expect(drawn.at(-1)?.text).toBe('a\nbene');
    loop.stop();
  });

  it('draws the note as it stands at once, not at the next frame: the panel’s first paint has the count', () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const el = document.createElement('textarea');
    el.value = 'a\nb';
    document.body.append(el);
    const drawn: NoteLintState[] = [];
    const loop = startNoteLintLoop(el, () => ({}), () => 'loading', (s) => drawn.push(s));
    expect(drawn).toEqual([expect.objectContaining({ count: 4, checks: 'loading' })]);
    loop.stop();
  });

  it('a key within the pause starts it again; blur and a fix (change) bring the findings at once, without waiting for a frame', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
    const el = document.createElement('textarea');
    document.body.append(el);
    const drawn: NoteLintState[] = [];
    const loop = startNoteLintLoop(el, () => ({}), () => noteChecks, (s) => drawn.push(s));

    type(el, 'bene');
    vi.advanceTimersByTime(100);
    type(el, 'bene w/');
    vi.advanceTimersByTime(100);
    expect(loop.current().findings).toEqual([]);
    el.dispatchEvent(new Event('blur'));
    expect(drawn.at(-1)?.findings.map((f) => f.data?.term)).toEqual(['bene', 'w/']);

    type(el, 'bene with');
    el.dispatchEvent(new Event('change'));
    expect(drawn.at(-1)?.findings.map((f) => f.data?.term)).toEqual(['bene']);
    vi.advanceTimersByTime(1000);
    expect(drawn.at(-1)?.findings.map((f) => f.data?.term)).toEqual(['bene']); // the pause timer was cleared
    loop.stop();
  });

  it('the rest of the panel hears of the note once typing pauses or the box is left, not at every key', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const runFrames = () => frames.splice(0).forEach((cb) => cb(0));
    const el = document.createElement('textarea');
    document.body.append(el);
    const settled: string[] = [];
    const loop = startNoteLintLoop(el, () => ({}), () => noteChecks, () => {}, (text) => settled.push(text));

    type(el, 'C');
    type(el, 'CR');
    type(el, 'CRITICAL RD');
    runFrames();
    expect(settled).toEqual([]);
    vi.advanceTimersByTime(150);
    runFrames(); // after the frame that draws the findings
    expect(settled).toEqual(['CRITICAL RD']);

    el.dispatchEvent(new Event('blur'));
    expect(settled).toEqual(['CRITICAL RD']); // nothing changed since
    type(el, 'CRITICAL RD.');
    el.dispatchEvent(new Event('blur'));
    expect(loop.current().text).toBe('CRITICAL RD.'); // the findings at once
    expect(settled).toHaveLength(1); // the panel follows a pause later, not under a landing click
    vi.advanceTimersByTime(150);
    expect(settled).toEqual(['CRITICAL RD', 'CRITICAL RD.']);
    vi.advanceTimersByTime(1000);
    runFrames();
    expect(settled).toHaveLength(2); // the blur ended the typing pause
    loop.stop();
  });

  it('past 4,000 the meter’s count is right at once and note-too-long follows within the pause', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const el = document.createElement('textarea');
    document.body.append(el);
    const loop = startNoteLintLoop(el, () => ({}), () => noteChecks, () => {});
    type(el, 'x'.repeat(4000));
    vi.advanceTimersByTime(150);
    expect(loop.current().findings.map((f) => f.rule)).not.toContain('note-too-long');
    type(el, 'x'.repeat(4001));
    expect(loop.current().count).toBe(4001);
    expect(loop.current().findings.map((f) => f.rule)).not.toContain('note-too-long');
    vi.advanceTimersByTime(150);
    expect(loop.current().findings.map((f) => f.rule)).toContain('note-too-long');
    loop.stop();
  });

  it('lintNow finds the same finding after typing moved it', () => {
    vi.useFakeTimers();
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 1);
    const el = document.createElement('textarea');
    document.body.append(el);
    const loop = startNoteLintLoop(el, () => ({}), () => noteChecks, () => {});
    type(el, 'Called bene, then bene again.');
    const before = loop.lintNow();
    const second = before.findings.filter((f) => f.data?.term === 'bene')[1]!;
    type(el, 'We called bene, then bene again.');
    const after = loop.lintNow();
    expect(after).not.toBe(before);
    const moved = sameFindingIn(before.findings, second, after.findings);
    expect(moved && el.value.slice(moved.start, moved.end)).toBe('bene');
    expect(moved?.start).toBe(second.start + 3);
    loop.stop();
  });

  it('re-lints with the current context on refresh, and stops listening on stop', () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
    const el = document.createElement('textarea');
    document.body.append(el);
    let phrases: string[] = [];
    const loop = startNoteLintLoop(el, () => ({ scenario: 'H', requiredPhrases: phrases }), () => noteChecks, () => {});
    expect(loop.current().findings).toEqual([]);
    expect(loop.current().maxLength).toBeUndefined(); // no maxlength attribute

    phrases = ['EE Complaint'];
    loop.refresh();
    expect(loop.current().findings.map((f) => f.rule)).toEqual(['required-phrase']);

    loop.stop();
    type(el, 'EE Complaint');
    expect(loop.current().findings.map((f) => f.rule)).toEqual(['required-phrase']);
  });

  it('a refresh while typing (the background answered) leaves the findings to the pause, and lints then with the new context', () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const el = document.createElement('textarea');
    document.body.append(el);
    let phrases: string[] = [];
    const drawn: NoteLintState[] = [];
    const loop = startNoteLintLoop(el, () => ({ scenario: 'H', requiredPhrases: phrases }), () => noteChecks, (s) => drawn.push(s));
    frames.shift()?.(0);

    type(el, 'Spoke w/ the mbr');
    phrases = ['EE Complaint'];
    loop.refresh();
    frames.shift()?.(0);
    expect(drawn.at(-1)?.count).toBe(16);
    expect(drawn.at(-1)?.findings).toEqual([]); // still as before the key

    vi.advanceTimersByTime(150);
    frames.shift()?.(0);
    expect(drawn.at(-1)?.findings.map((f) => f.data?.term ?? f.rule).sort()).toEqual(['contact-date-missing', 'mbr', 'required-phrase', 'w/']);
    loop.stop();
  });
});

describe('startNoteLintLoop before the note’s checks are in (they come with the panel’s later part)', () => {
  function setUp(checks: () => NoteChecksState) {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
    const runFrames = () => frames.splice(0).forEach((cb) => cb(0));
    const el = document.createElement('textarea');
    document.body.append(el);
    const drawn: NoteLintState[] = [];
    const settled: string[] = [];
    const loop = startNoteLintLoop(el, () => ({}), checks, (s) => drawn.push(s), (text) => settled.push(text));
    return { el, drawn, settled, loop, runFrames };
  }

  it('while loading the count follows every key, no findings are claimed, and the text still settles; once in, the note is linted at the next frame without a key', () => {
    let checks: NoteChecksState = 'loading';
    const { el, drawn, settled, loop, runFrames } = setUp(() => checks);
    runFrames();
    expect(drawn.at(-1)).toMatchObject({ count: 0, findings: [], checks: 'loading' });

    type(el, 'Spoke w/');
    type(el, 'Spoke w/ the\nmbr');
    runFrames();
    expect(drawn.at(-1)).toMatchObject({ count: 17, findings: [], checks: 'loading' });
    vi.advanceTimersByTime(150);
    runFrames();
    expect(drawn.at(-1)).toMatchObject({ text: 'Spoke w/ the\nmbr', findings: [], checks: 'loading' });
    expect(settled).toEqual(['Spoke w/ the\nmbr']); // the rest of the panel does not wait for the checks

    checks = noteChecks;
    loop.refresh();
    expect(drawn.at(-1)?.checks).toBe('loading'); // drawn at the next frame, as every lint
    runFrames();
    expect(drawn.at(-1)?.checks).toBe('ready');
    expect(drawn.at(-1)?.findings.map((f) => f.data?.term ?? f.rule).sort()).toEqual(['contact-date-missing', 'mbr', 'w/']);
    expect(el.value).toBe('Spoke w/ the\nmbr');

    // From then on, as before: the count at once, the findings at the pause.
    type(el, 'Spoke with the\nmbr');
    runFrames();
    expect(drawn.at(-1)?.count).toBe(19);
    expect(drawn.at(-1)?.findings.map((f) => f.data?.term).filter(Boolean).sort()).toEqual(['mbr', 'w/']);
    vi.advanceTimersByTime(150);
    runFrames();
    expect(drawn.at(-1)?.findings.map((f) => f.data?.term).filter(Boolean)).toEqual(['mbr']);
    loop.stop();
  });

  it('checks that come in while the caseworker types wait for the pause, like any lint', () => {
    let checks: NoteChecksState = 'loading';
    const { el, drawn, loop, runFrames } = setUp(() => checks);
    type(el, 'Called bene');
    checks = noteChecks;
    loop.refresh();
    runFrames();
    expect(drawn.at(-1)).toMatchObject({ count: 11, findings: [], checks: 'loading' });
    vi.advanceTimersByTime(150);
    runFrames();
    expect(drawn.at(-1)?.checks).toBe('ready');
    expect(drawn.at(-1)?.findings.map((f) => f.data?.term ?? f.rule)).toEqual(['contact-date-missing', 'bene']);
    loop.stop();
  });

  it('blur lints at once with checks that came in since the last lint, even when the text did not change', () => {
    let checks: NoteChecksState = 'loading';
    const { el, drawn, loop } = setUp(() => checks);
    type(el, 'Called bene');
    vi.advanceTimersByTime(150);
    checks = noteChecks; // not yet heard of by the loop
    el.dispatchEvent(new Event('blur'));
    expect(drawn.at(-1)?.findings.map((f) => f.data?.term ?? f.rule)).toEqual(['contact-date-missing', 'bene']);
    loop.stop();
  });

  it('when the checks cannot load, the count still follows every key and the state says they are unavailable', () => {
    let checks: NoteChecksState = 'loading';
    const { el, drawn, loop, runFrames } = setUp(() => checks);
    checks = 'unavailable';
    loop.refresh();
    runFrames();
    expect(drawn.at(-1)).toMatchObject({ count: 0, findings: [], checks: 'unavailable' });
    type(el, 'a\nb');
    runFrames();
    expect(drawn.at(-1)).toMatchObject({ count: 4, findings: [], checks: 'unavailable' });
    vi.advanceTimersByTime(150);
    runFrames();
    expect(drawn.at(-1)).toMatchObject({ text: 'a\nb', count: 4, findings: [], checks: 'unavailable' });
    expect(el.value).toBe('a\nb');
    loop.stop();
  });
});
