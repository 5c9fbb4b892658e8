/**
 * The scanning helpers the note rules share: which characters make one word (a code, a name, an
 * e-mail address), the line around a place in the note, and the sentence around it. Notes come
 * with LF, CR and CR LF line breaks (pasted from Windows or typed in CTM). Each test uses texts
 * of its own: the line breaks of the last text are remembered.
 */
import { describe, expect, it } from 'vitest';
import { isWordCode, lineEnd, lineStart, sentenceBounds } from '../../../lib/lint/text-scan';

const wordChars = (chars: string[]) => chars.map((c) => isWordCode(c.charCodeAt(0)));

describe('which characters make a word', () => {
  it('digits 0-9 do, the / and : next to them do not', () => {
    expect(wordChars(['/', '0', '5', '9', ':'])).toEqual([false, true, true, true, false]);
  });

  it('capitals A-Z do, the @ and [ next to them do not', () => {
    expect(wordChars(['@', 'A', 'M', 'Z', '['])).toEqual([false, true, true, true, false]);
  });

  it('small letters a-z and the underscore do, ^ ` and { do not', () => {
    expect(wordChars(['`', 'a', 'm', 'z', '{', '_', '^'])).toEqual([false, true, true, true, false, true, false]);
  });

  it('accented letters from À on do, ¿ × and ÷ do not', () => {
    expect(wordChars(['\u00bf', 'À', 'Ö', '×', 'Ø', 'ö', '÷', 'ø', 'é'])).toEqual([false, true, true, false, true, true, false, true, true]);
  });

  it('letters up to U+1FFF do, spaces and punctuation from U+2000 on do not', () => {
    expect(wordChars(['\u1fff', '\u2000', '\u2014', '\u201c', 'Ж'])).toEqual([true, false, false, false, true]);
  });

  it('spaces, tabs, line breaks and . , - do not', () => {
    expect(wordChars([' ', '\t', '\n', '\r', '.', ',', '-', '\u00a0'])).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe('the line around a place in the note', () => {
  it('with an LF in the middle: the break belongs to the line before it', () => {
    const text = 'ab\ncd';
    expect([0, 1, 2, 3, 5].map((i) => lineStart(text, i))).toEqual([0, 0, 0, 3, 3]);
    expect([0, 1, 2, 3, 5].map((i) => lineEnd(text, i))).toEqual([2, 2, 2, 5, 5]);
  });

  it('with a lone CR in the middle', () => {
    const text = 'gh\rijk';
    expect([0, 2, 3, 6].map((i) => lineStart(text, i))).toEqual([0, 0, 3, 3]);
    expect([0, 2, 3, 6].map((i) => lineEnd(text, i))).toEqual([2, 2, 6, 6]);
  });

  it('with CR LF line breaks: each line is found whole, without its CR', () => {
    const text = 'ab\r\ncd\r\nef';
    expect([0, 1, 5, 8, 10].map((i) => lineStart(text, i))).toEqual([0, 0, 4, 8, 8]);
    expect([0, 1, 4, 5, 9].map((i) => lineEnd(text, i))).toEqual([2, 2, 6, 6, 10]);
  });

  it('with LF and CR LF mixed in one note', () => {
    const text = 'one\ntwo\r\nthree\nfour';
    expect([2, 5, 11, 17].map((i) => lineStart(text, i))).toEqual([0, 4, 9, 15]);
    expect([2, 5, 11, 17].map((i) => lineEnd(text, i))).toEqual([3, 7, 14, 19]);
  });

  it('with a break at the start of the note', () => {
    expect([lineStart('\nxy', 0), lineEnd('\nxy', 0), lineStart('\nxy', 1), lineEnd('\nxy', 1)]).toEqual([0, 0, 1, 3]);
    expect([lineStart('\rxy', 1), lineEnd('\rxy', 1)]).toEqual([1, 3]);
    expect([lineStart('\r\nxy', 0), lineEnd('\r\nxy', 0), lineStart('\r\nxy', 3), lineEnd('\r\nxy', 3)]).toEqual([0, 0, 2, 4]);
  });

  it('with a break at the end of the note', () => {
    expect([lineStart('xy\n', 1), lineEnd('xy\n', 1), lineStart('xy\n', 3), lineEnd('xy\n', 3)]).toEqual([0, 2, 3, 3]);
    expect([lineStart('xy\r', 3), lineEnd('xy\r', 0)]).toEqual([3, 2]);
    expect([lineStart('xy\r\n', 1), lineEnd('xy\r\n', 1), lineStart('xy\r\n', 4), lineEnd('xy\r\n', 4)]).toEqual([0, 2, 4, 4]);
  });

  it('without any break the line is the whole note', () => {
    expect([lineStart('no breaks here', 7), lineEnd('no breaks here', 7)]).toEqual([0, 14]);
  });

  it('goes no further back than the floor, nor further on than the ceiling', () => {
    const text = 'abcdef\nghij';
    expect(lineStart(text, 9, 8)).toBe(8);
    expect(lineEnd(text, 8, 10)).toBe(10);
  });

  it('a floor before the note or a ceiling past it stops at the note itself', () => {
    const text = 'klmn\nopqrs';
    expect(lineStart(text, 2, -5)).toBe(0);
    expect(lineEnd(text, 7, 50)).toBe(10);
    expect(lineStart(text, 7, 1)).toBe(5);
    expect(lineEnd(text, 2, 9)).toBe(4);
  });
});

describe('the sentence around a place in the note', () => {
  it('runs from after the . before it to the . after it, each followed by a space', () => {
    // "One. Two three. Four": the sentence of "three" is " Two three."
    expect(sentenceBounds('One. Two three. Four', 9)).toEqual([4, 15]);
  });

  it('a place on the closing . belongs to the sentence it ends', () => {
    expect(sentenceBounds('One. Two', 3)).toEqual([0, 4]);
  });

  it('! and ? end sentences as . does', () => {
    expect(sentenceBounds('Stop! Go now? Yes', 6)).toEqual([5, 13]);
    expect(sentenceBounds('Why? Go now! Yes', 5)).toEqual([4, 12]);
  });

  it('a . inside a number or a word (2.5, .Then) ends nothing', () => {
    const text = 'Dose 2.5 mg daily. Next';
    expect(sentenceBounds(text, 9)).toEqual([0, 18]);
    expect(sentenceBounds(text, 0)).toEqual([0, 18]);
    expect(sentenceBounds('Sent it.Then called. Done', 2)).toEqual([0, 20]);
  });

  it('a tab or a no-break space after the mark counts as the space', () => {
    expect(sentenceBounds('Done.\tNext step', 6)).toEqual([5, 15]);
    expect(sentenceBounds('Next step.\tDone', 0)).toEqual([0, 10]);
    expect(sentenceBounds('Done.\u00a0Later step', 6)).toEqual([5, 16]);
    expect(sentenceBounds('Later step!\u00a0Done', 0)).toEqual([0, 11]);
  });

  it('a mark at the very end of the note ends the sentence there', () => {
    expect(sentenceBounds('Call done.', 0)).toEqual([0, 10]);
    expect(sentenceBounds('Was it sent?', 4)).toEqual([0, 12]);
  });

  it('stops at the line breaks around it (LF, CR, CR LF)', () => {
    expect(sentenceBounds('Line one\nLine two. More', 14)).toEqual([9, 18]);
    expect(sentenceBounds('Line one\nLine two. More', 5)).toEqual([0, 8]);
    expect(sentenceBounds('First one\r\nSecond one', 13)).toEqual([11, 21]);
    expect(sentenceBounds('Row one.\rRow two', 2)).toEqual([0, 8]);
    expect(sentenceBounds('Row one.\r\nRow two', 12)).toEqual([10, 17]);
  });

  it('reaches no further than max characters either side', () => {
    expect(sentenceBounds('abcdef. x', 0, 6)).toEqual([0, 6]);
    expect(sentenceBounds('x. abcdef', 8, 6)).toEqual([2, 9]);
    expect(sentenceBounds('zz. abc def ghi', 12, 5)).toEqual([7, 15]);
  });
});
