// ambiguous-date: CTM Assist's advice after SOP K.1.a (every reviewer must understand the note):
// a numeric date that reads as month/day and as day/month. What the caseworker sees, exactly.
import { describe, expect, it } from 'vitest';
import { ruleProvenance } from '../../../lib/lint/provenance';
import { ambiguousDate } from '../../../lib/lint/rules/ambiguous-date';

const dates = (text: string) => ambiguousDate(text, {}).map((f) => text.slice(f.start, f.end));

describe('ambiguous-date (after SOP K.1.a)', () => {
  it('names the date as written and both readings, as info without a fix', () => {
    expect(ambiguousDate('Called on 12/03/26 about the refill.', {})).toEqual([
      {
        rule: 'ambiguous-date',
        severity: 'info',
        message:
          '"12/03/26" could be read as month 12 day 3 or day 12 month 3: write MM/DD/YYYY with a four-digit year, or the month\'s name (CTM Assist suggests; SOP K.1.a asks that every reviewer understand the note).',
        start: 10,
        end: 18,
      },
    ]);
    expect(ruleProvenance('ambiguous-date')).toEqual({ kind: 'ctm-assist', reason: 'a date a reviewer could read two ways (after K.1.a)' });
  });

  it('notes a date whose first or second part is 12 (December or the 12th)', () => {
    expect(dates('Mailed 3/12/26 and 12/3.')).toEqual(['3/12/26', '12/3']);
  });

  it('leaves dates that read one way: a part over 12, or both parts the same', () => {
    expect(dates('Mailed 13/03/26, 03/13/26, 3/31, 31/3 and 4/4/26.')).toEqual([]);
  });

  it('leaves ISO dates and dates with the month named', () => {
    expect(dates('Mailed 2026-03-04, March 4 and 4 March 2026.')).toEqual([]);
  });
});
