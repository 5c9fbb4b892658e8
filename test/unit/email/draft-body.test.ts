/**
 * The draft body exactly as the caseworker sees it: every line, the gaps left for what is missing,
 * and no stray spaces or blank lines from the settings, the page or the form.
 */
import { describe, expect, it } from 'vitest';
import { draftEmail } from '../../../lib/email/draft';
import type { Settings } from '../../../lib/settings';
import { SAMPLE_SETTINGS } from '../../fixtures/settings';

const F_INTRO = 'The CTM complaint(s) below are resolved, but CTM will not close or save them. Please evaluate.';
const G_INTRO =
  'The retroactive disenrollment below is critical. The plan has requested reassignment (CMS issue) and left the case open in CTM; the case and all development are referred to the home Regional Office for processing.';
const IG_INTRO =
  'The plan refers the valid, non-critical retroactive disenrollment below for processing. The case stays open in CTM until you notify the plan of the resolution.';

describe('the draft body, line by line', () => {
  it('SOP F.4: one line per complaint under the request, then the plan and the signature', () => {
    const d = draftEmail('F-will-not-close', {
      settings: SAMPLE_SETTINGS,
      cases: [
        { complaintId: '123456789', caseworker: 'Pat Kim', contractNumber: 'S1234' },
        { complaintId: '234567890', caseworker: 'Robin Fox', contractNumber: 'H5678' },
      ],
    });
    expect(d.body).toBe(
      [
        'Hello,',
        '',
        F_INTRO,
        '',
        'Complaint ID 123456789, caseworker in CTM: Pat Kim',
        'Complaint ID 234567890, caseworker in CTM: Robin Fox',
        '',
        'Plan: Acme Health Plan, contract S1234, H5678',
        '',
        'Thank you,',
        'Jordan Lee',
        'Acme Health Plan',
      ].join('\n'),
    );
  });

  it('SOP G.5.b: without facts the optional line goes and one blank line stays between plan and thanks', () => {
    const d = draftEmail('G-critical-rd', { settings: SAMPLE_SETTINGS, cases: [{ complaintId: '123456789', caseworker: 'Pat Kim', contractNumber: 'S1234' }] });
    expect(d.body).toBe(
      [
        'Hello,',
        '',
        G_INTRO,
        '',
        'Complaint ID 123456789, caseworker in CTM: Pat Kim',
        '',
        'Plan: Acme Health Plan, contract S1234',
        '',
        'Thank you,',
        'Jordan Lee',
        'Acme Health Plan',
      ].join('\n'),
    );
  });

  it('SOP G.5.b: typed facts show on their line without the optional mark or the spaces around them', () => {
    const d = draftEmail('G-critical-rd', {
      settings: SAMPLE_SETTINGS,
      cases: [{ complaintId: '123456789', caseworker: 'Pat Kim', contractNumber: 'S1234' }],
      extra: { facts: '  Immediate Need per 1-800-MEDICARE.  ' },
    });
    expect(d.body.split('\n').slice(6, 10)).toEqual(['Plan: Acme Health Plan, contract S1234', '', 'Other relevant information: Immediate Need per 1-800-MEDICARE.', '']);
  });

  it('takes the spaces off values read from the page and the settings', () => {
    const settings: Settings = { ...SAMPLE_SETTINGS, organization: '  Acme Health Plan  ', caseworker: ' Jordan Lee ' };
    const d = draftEmail('F-will-not-close', { settings, cases: [{ complaintId: ' 123456789 ', caseworker: ' Pat Kim ', contractNumber: 'S1234' }] });
    expect(d.body.split('\n').slice(4)).toEqual([
      'Complaint ID 123456789, caseworker in CTM: Pat Kim',
      '',
      'Plan: Acme Health Plan, contract S1234',
      '',
      'Thank you,',
      'Jordan Lee',
      'Acme Health Plan',
    ]);
    expect(d.complaintIds).toEqual(['123456789']);
    expect(d.otherNames).toEqual(['Pat Kim', 'Jordan Lee', 'Acme Health Plan']);
  });

  it('SOP F.4: a case without a complaint ID keeps its line, with a gap where the ID goes', () => {
    const d = draftEmail('F-will-not-close', { settings: SAMPLE_SETTINGS, cases: [{ caseworker: 'Pat Kim' }, { complaintId: '   ', caseworker: 'Robin Fox' }] });
    expect(d.body.split('\n').slice(4, 6)).toEqual([
      'Complaint ID [Complaint ID], caseworker in CTM: Pat Kim',
      'Complaint ID [Complaint ID], caseworker in CTM: Robin Fox',
    ]);
  });

  it('SOP F.4: with no case read, the body says nothing about the page and leaves the complaint list as a gap', () => {
    const d = draftEmail('F-will-not-close', { settings: SAMPLE_SETTINGS, cases: [] });
    expect(d.body).toBe(
      ['Hello,', '', F_INTRO, '', '[Complaint ID]', '', 'Plan: Acme Health Plan, contract S1234, H5678', '', 'Thank you,', 'Jordan Lee', 'Acme Health Plan'].join('\n'),
    );
  });

  it('SOP F.1, F.2: a resolution date of only spaces is not claimed as entered', () => {
    const d = draftEmail('F-will-not-close', {
      settings: SAMPLE_SETTINGS,
      cases: [{ complaintId: '1', caseworker: 'Pat Kim', resolutionDate: '   ', category: 'Enrollment' }],
    });
    expect(d.body.split('\n').slice(2, 5)).toEqual([F_INTRO, 'The complaint category is assigned.', '']);
  });

  it('SOP G.6: with no settings and no case, every gap is named in brackets, the signature too', () => {
    const d = draftEmail('G-integriguard', { settings: { schemaVersion: 1 }, cases: [] });
    expect(d.subject).toBe('Non-critical RD referral, CTM complaint [Complaint ID]');
    expect(d.body).toBe(
      [
        'Hello,',
        '',
        IG_INTRO,
        '',
        '[Complaint ID]',
        '',
        'Plan: [Plan name], contract [Contract number]',
        '',
        'The beneficiary identifiers are not in this email; we send them by our secure channel.',
        '',
        'Thank you,',
        '[Your name]',
      ].join('\n'),
    );
  });

  it('SOP P.2: takes the spaces off what the caseworker typed', () => {
    const d = draftEmail('P-general-inquiry', { settings: SAMPLE_SETTINGS, cases: [], extra: { question: '  Q?  ', facts: ' F. ' } });
    expect(d.body.split('\n').slice(4, 7)).toEqual(['Question: Q?', '', 'Pertinent information: F.']);
  });
});
