/** Values as HPMS pages show them, and what the panel must take them to mean. */
import { describe, expect, it } from 'vitest';
import { normalizeContract, normalizeDate, normalizeDisposition, normalizeIssueLevel, normalizeText, normalizeYesNo } from '../../../lib/page/normalize-value';

describe('values the panel must not misread', () => {
  it.each(['Not Resolved', 'Closed - Not Resolved', 'not  resolved'])('"%s" is unresolved, never resolved', (raw) => {
    expect(normalizeDisposition(raw)).toEqual({ value: 'unresolved' });
  });

  it.each([['Closed', 'closed'], ['Close', 'closed'], ['Pending', 'open'], ['In Progress', 'open'], ['Withdraw', 'withdrawn']])(
    'disposition "%s" reads as %s',
    (raw, value) => expect(normalizeDisposition(raw)).toEqual({ value }),
  );

  it('an unknown disposition is reported, not guessed', () => {
    expect(normalizeDisposition('Escalated')).toEqual({ error: '"Escalated" is not a disposition (Resolved, Unresolved, Withdrawn)' });
  });

  it.each([['unchecked', 'no'], ['off', 'no'], ['0', 'no'], ['false', 'no'], ['checked', 'yes'], ['on', 'yes'], ['1', 'yes']])(
    'a check box shown as "%s" reads as %s',
    (raw, value) => expect(normalizeYesNo(raw)).toEqual({ value }),
  );

  it.each([['11-02-2026', '2026-11-02'], ['1-5-2027', '2027-01-05'], ['Tuesday, Nov. 3, 2026', '2026-11-03'], ['2026-11-02 15:15', '2026-11-02']])(
    'the date %s reads as %s',
    (raw, iso) => expect(normalizeDate(raw)).toEqual({ value: iso }),
  );

  it.each(['N/A', 'n/a', '-- Select --', 'Please select', 'Choose one', '(none selected)', '---'])('"%s" is a blank field, not a value', (raw) => {
    expect(normalizeText(raw)).toEqual({});
    expect(normalizeDate(raw)).toEqual({});
    expect(normalizeContract(raw)).toEqual({});
  });

  it.each(['Standard', 'Routine', 'Not applicable', 'No Issue Level'])('issue level "%s" means none', (raw) => {
    expect(normalizeIssueLevel(raw)).toEqual({ value: 'none' });
  });

  it('a placeholder word inside a real value is kept', () => {
    expect(normalizeText('Choice Health')).toEqual({ value: 'Choice Health' });
    expect(normalizeText('N/A Pharmacy')).toEqual({ value: 'N/A Pharmacy' });
  });
});
