/**
 * The PHI-free part of a complaint read from the page (lib/case.ts): only the facts may be stored
 * or messaged; the beneficiary's identifiers and narrative stay in `phi`.
 */
import { describe, expect, it } from 'vitest';
import { caseFacts, type CaseSnapshot, type Phi } from '../../lib/case';

const snapshot: CaseSnapshot = {
  facts: { complaintId: '4012345', contractNumber: 'S1234', issueLevel: 'urgent' },
  pageErrors: [],
  phi: { name: 'Jane Sample' as Phi, summary: 'Sample narrative, not a real complaint.' as Phi },
  missing: [],
  malformed: [],
  conflicts: [],
};

describe('the facts that may leave the page', () => {
  it('are the page facts alone, without the beneficiary data', () => {
    expect(caseFacts(snapshot)).toEqual({ complaintId: '4012345', contractNumber: 'S1234', issueLevel: 'urgent' });
  });

  it('are a copy: changing them leaves the snapshot as read', () => {
    const facts = caseFacts(snapshot);
    facts.complaintId = '4099999';
    expect(snapshot.facts.complaintId).toBe('4012345');
  });
});
