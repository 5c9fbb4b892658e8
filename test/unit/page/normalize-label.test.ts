/** Label text as pages print it, matched to the field it names (labelKey uses normalizeLabel). */
import { describe, expect, it } from 'vitest';
import { labelKey } from '../../../lib/page/find-fields';

describe('labels as pages print them', () => {
  it.each([
    ['full-width letters', 'Ｃａｓｅｗｏｒｋｅｒ', 'caseworker'],
    ['non-breaking spaces', 'Complaint\u00a0ID', 'complaintId'],
    ['narrow no-break spaces', 'Date\u202fReceived', 'receivedDate'],
    ['a required-field asterisk', '*Caseworker', 'caseworker'],
    ['a date hint with spaced slashes', 'Resolution Date (MM / DD / YYYY)', 'resolutionDate'],
    ['a date hint with dashes', 'Date Received (m-d-yy)', 'receivedDate'],
    ['an ISO date hint', 'Date of Birth (YYYY-MM-DD)', 'dateOfBirth'],
    ['a question mark and colon', 'Is This Complaint Controlled in CIS?:', 'cisControlled'],
    ['colons before the label', ':: Caseworker', 'caseworker'],
  ])('%s: %s', (_name, text, key) => {
    expect(labelKey(text)).toBe(key);
  });

  it.each([
    ['a required-field asterisk', 'Resolution*Date', 'resolutionDate'],
    ['a date hint', 'Date(mm/dd/yyyy)Received', 'receivedDate'],
  ])('%s glued between two words still separates them: %s', (_name, text, key) => {
    expect(labelKey(text)).toBe(key);
  });

  it('is not fooled by a label inside longer text', () => {
    expect(labelKey('Caseworker notes')).toBeUndefined();
  });
});
