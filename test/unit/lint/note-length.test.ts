import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers';

describe('note-too-long and note-near-limit (SOP K.1: up to 4,000 characters)', () => {
  it('passes a note of exactly 4,000 characters as submitted', () => {
    expect(findingsOf('note-too-long', 'x'.repeat(4000))).toEqual([]);
    expect(findingsOf('note-too-long', `${'x'.repeat(3998)}\n`)).toEqual([]);
  });

  it('flags 3,990 characters with 20 line breaks (4,010 submitted) as an error from where it stops fitting', () => {
    const text = [...Array.from({ length: 20 }, () => 'x'.repeat(189)), 'x'.repeat(190)].join('\n');
    expect(text.length).toBe(3990);
    const [finding] = findingsOf('note-too-long', text);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toMatch(/^Over 4,000 characters as submitted \(each line break counts 2/);
    // The message is the same one character later: the meter, not the finding, shows the count.
    expect(findingsOf('note-too-long', `${text}x`)[0]?.message).toBe(finding?.message);
    expect(finding?.end).toBe(text.length);
    expect(finding?.start).toBeGreaterThan(3900);
    expect(finding?.fix).toBeUndefined();
  });

  it('counts CR LF and LF the same', () => {
    const lf = `${'x'.repeat(3998)}\na`;
    expect(findingsOf('note-too-long', lf)).toHaveLength(1);
    expect(findingsOf('note-too-long', lf.replace('\n', '\r\n'))).toHaveLength(1);
  });

  it('counts an emoji as 2', () => {
    expect(findingsOf('note-too-long', `${'x'.repeat(3998)}😀`)).toEqual([]);
    expect(findingsOf('note-too-long', `${'x'.repeat(3999)}😀`)).toHaveLength(1);
  });

  it('says the note is close to the limit from 90 % (info), not before', () => {
    expect(findingsOf('note-near-limit', 'x'.repeat(3599))).toEqual([]);
    const [near] = findingsOf('note-near-limit', 'x'.repeat(3600));
    expect(near).toMatchObject({ severity: 'info' });
    expect(near?.message).toMatch(/^Close to the 4,000-character limit as submitted/);
    expect(findingsOf('note-near-limit', 'x'.repeat(4001))).toEqual([]);
  });
});
