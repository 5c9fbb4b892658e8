/**
 * What a draft lists as missing: each item names the value, why it is missing and where the
 * caseworker fixes it (options page, CTM page or the form). Nothing is left blank silently.
 */
import { describe, expect, it } from 'vitest';
import { draftEmail } from '../../../lib/email/draft';
import type { Settings } from '../../../lib/settings';
import { SAMPLE_SETTINGS } from '../../fixtures/settings';

describe('what a draft lists as missing', () => {
  it('settings: the mailbox, the plan name and the contract, each to fix on the options page', () => {
    const d = draftEmail('F-will-not-close', { settings: { schemaVersion: 1 }, cases: [{ complaintId: '1', caseworker: 'Pat Kim' }] });
    expect(d.missing).toEqual([
      { key: 'mailboxes.leadRegionalOffice', label: 'Lead RO mailbox', source: 'settings' },
      { key: 'organization', label: 'Plan name (organization)', source: 'settings' },
      { key: 'contracts', label: 'Contract number', source: 'settings' },
    ]);
  });

  it('a plan name of only spaces is missing, and shows as a gap', () => {
    const settings: Settings = { ...SAMPLE_SETTINGS, organization: '   ' };
    const d = draftEmail('F-will-not-close', { settings, cases: [{ complaintId: '1', caseworker: 'Pat Kim' }] });
    expect(d.missing).toEqual([{ key: 'organization', label: 'Plan name (organization)', source: 'settings' }]);
    expect(d.body).toContain('\nPlan: [Plan name], contract S1234, H5678\n');
  });

  it('SOP F.4: one case of several without a complaint ID is enough to list it', () => {
    const d = draftEmail('F-will-not-close', { settings: SAMPLE_SETTINGS, cases: [{ complaintId: '1', caseworker: 'Pat Kim' }, { caseworker: 'Robin Fox' }] });
    expect(d.missing).toEqual([{ key: 'complaintId', label: 'Complaint ID (not read from the page)', source: 'page' }]);
  });

  it('SOP F.4: a complaint ID of only spaces is missing, with the reason the page gave', () => {
    const d = draftEmail('F-will-not-close', {
      settings: SAMPLE_SETTINGS,
      cases: [{ complaintId: '  ', caseworker: 'Pat Kim', complaintIdProblem: 'two different values on the page' }],
    });
    expect(d.missing).toEqual([{ key: 'complaintId', label: 'Complaint ID (two different values on the page)', source: 'page' }]);
  });

  it('SOP F.4: gives the reason of the case that lacks the ID, not of another case', () => {
    const d = draftEmail('F-will-not-close', {
      settings: SAMPLE_SETTINGS,
      cases: [
        { complaintId: '1', caseworker: 'Pat Kim', complaintIdProblem: 'was unreadable' },
        { caseworker: 'Robin Fox' },
        { caseworker: 'Robin Fox', complaintIdProblem: 'could not be read' },
      ],
    });
    expect(d.missing).toEqual([{ key: 'complaintId', label: 'Complaint ID (could not be read)', source: 'page' }]);
  });

  it('SOP F.4.b: a caseworker of only spaces is missing, with a gap in the body to type over', () => {
    const d = draftEmail('F-will-not-close', { settings: SAMPLE_SETTINGS, cases: [{ complaintId: '1', caseworker: '  ' }] });
    expect(d.missing).toEqual([
      { key: 'caseworker', label: 'Caseworker shown on the complaint in CTM (not known): type it in the body', source: 'page', gap: '[caseworker name]' },
    ]);
    expect(d.body).toContain('\nComplaint ID 1, caseworker in CTM: [caseworker name]\n');
  });

  it('SOP F.4.b: gives the reason of the case whose caseworker is unknown, not of another case', () => {
    const d = draftEmail('F-will-not-close', {
      settings: SAMPLE_SETTINGS,
      cases: [
        { complaintId: '1', caseworker: 'Pat Kim', caseworkerProblem: 'was unreadable' },
        { complaintId: '2' },
        { complaintId: '3', caseworker: ' ', caseworkerProblem: 'two different names on the page' },
      ],
    });
    expect(d.missing).toEqual([
      {
        key: 'caseworker',
        label: 'Caseworker shown on the complaint in CTM (two different names on the page): type it in the body',
        source: 'page',
        gap: '[caseworker name]',
      },
    ]);
  });

  it('SOP P.2: a required field holding only spaces is missing, to fill in the form', () => {
    const d = draftEmail('P-general-inquiry', { settings: SAMPLE_SETTINGS, cases: [], extra: { question: '   ' } });
    expect(d.missing).toEqual([{ key: 'extra.question', label: 'The question or issue', source: 'input' }]);
    expect(d.body).toContain('\nQuestion: [The question or issue]\n');
  });
});
