import { afterEach, describe, expect, it, vi } from 'vitest';
import { startNoteLintLoop, type NoteLintState } from '../../../components/note/note-lint-loop';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

function type(el: HTMLTextAreaElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('startNoteLintLoop', () => {
  it('lints on every input but draws once per animation frame, with the latest count and findings', () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const el = document.createElement('textarea');
    el.maxLength = 3000;
    document.body.append(el);
    const drawn: NoteLintState[] = [];
    const loop = startNoteLintLoop(el, () => ({}), (s) => drawn.push(s));

    type(el, 'a');
    type(el, 'a\nb');
    type(el, 'a\nbene');
    expect(loop.current().count).toBe(7); // linted synchronously: the line break counts 2
    expect(drawn).toEqual([]); // nothing drawn inside the typing path
    expect(frames).toHaveLength(1);

    frames.shift()?.(0);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toMatchObject({ count: 7, limit: 4000, maxLength: 3000 });
    expect(drawn[0]?.findings.map((f) => f.data?.term)).toEqual(['bene']);
    loop.stop();
  });

  it('re-lints with the current context on refresh, and stops listening on stop', () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => {});
    const el = document.createElement('textarea');
    document.body.append(el);
    let phrases: string[] = [];
    const loop = startNoteLintLoop(el, () => ({ scenario: 'H', requiredPhrases: phrases }), () => {});
    expect(loop.current().findings).toEqual([]);
    expect(loop.current().maxLength).toBeUndefined(); // no maxlength attribute

    phrases = ['EE Complaint'];
    loop.refresh();
    expect(loop.current().findings.map((f) => f.rule)).toEqual(['required-phrase']);

    loop.stop();
    type(el, 'EE Complaint');
    expect(loop.current().findings.map((f) => f.rule)).toEqual(['required-phrase']);
  });
});
