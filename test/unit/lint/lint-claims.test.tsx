/**
 * Lint messages say only what the SOP (or CTM Assist, labelled as such) says. SOP K.1 asks for
 * a note "up to 4,000 characters" and says nothing about what CTM does with a longer one; what
 * we know besides is that browsers submit each line break as two characters (CR LF).
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { NoteMeter } from '../../../components/note/NoteMeter';
import { findingsOf } from './helpers';
import { usePreactRoot } from '../preact-root';

const mounted = usePreactRoot();

describe('the length findings say what we know (SOP K.1)', () => {
  const tooLong = findingsOf('note-too-long', `${'x'.repeat(3000)}\n${'x'.repeat(1000)}`)[0];

  it('cites K.1\'s 4,000 characters and that browsers submit a line break as two', () => {
    expect(tooLong?.message).toContain('4,000');
    expect(tooLong?.message).toContain('SOP K.1');
    expect(tooLong?.message).toMatch(/browsers? submits? each line break as two/i);
  });

  it('claims nothing about what CTM does with a longer note', () => {
    expect(tooLong?.message).not.toMatch(/refuse|cut|reject|truncat|CTM will/i);
    const near = findingsOf('note-near-limit', 'x'.repeat(3700))[0];
    expect(near?.message).not.toMatch(/refuse|cut|reject|truncat|CTM will/i);
  });

  it('the meter over the limit says by how much, not that CTM refuses or cuts', () => {
    render(<NoteMeter count={4010} limit={4000} maxLength={4000} />, mounted.el);
    const text = mounted.el.textContent ?? '';
    expect(text).toContain('10 over');
    expect(text).not.toMatch(/refuse|cut|CTM counts|too long for CTM/i);
    expect(text).toMatch(/browsers? submits? each line break as 2|line break.*as 2/i);
  });
});

describe('lint messages cite the SOP only where it says so', () => {
  it('ambiguous-date is CTM Assist advice, not an SOP rule (SOP K.1.a asks only that reviewers understand)', () => {
    const [finding] = findingsOf('ambiguous-date', 'Called the member on 03/04 about the refill.');
    expect(finding?.message).toContain('CTM Assist');
    expect(finding?.message).not.toMatch(/\(SOP K\.1\.a\)\.?$/);
  });

  it('reply-code keeps K.1.e\'s "when appropriate"', () => {
    const [finding] = findingsOf('reply-code', 'The enrollment transaction was rejected.');
    expect(finding?.message).toContain('when appropriate');
    expect(finding?.message).toContain('K.1.e');
  });

  it('abbreviation cites K.1.c for what it says: minimize abbreviations', () => {
    const [finding] = findingsOf('abbreviation', 'Spoke with bene about the refill on 03/04/2026.');
    expect(finding?.message).toMatch(/minimi[sz]e (?:the use of )?(?:word )?abbreviations/i);
    expect(finding?.message).toContain('K.1.c');
  });
});
