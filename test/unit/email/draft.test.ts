import { describe, expect, it } from 'vitest';
import { draftPopupEmail } from '../../../lib/email/popup-draft';
import { draftEmail, planContracts } from '../../../lib/email/draft';
import { scanForPhi } from '../../../lib/email/phi-guard';
import { TEMPLATE_IDS, TEMPLATES } from '../../../lib/email/templates';
import type { Settings } from '../../../lib/settings';
import { SAMPLE_SETTINGS } from '../../fixtures/settings';

const settings: Settings = SAMPLE_SETTINGS;
const oneCase = [{ complaintId: '123456789', caseworker: 'Pat Kim', contractNumber: 'S1234' }];
const extra = {
  userName: 'Sam Rivera',
  hpmsId: 'SRIV1',
  userPhone: '410-555-0100',
  complianceOfficer: 'Alex Chen',
  receiptConfirmedOn: '2026-11-09',
  question: 'How do we see reassigned cases?',
  facts: 'Seen since 11/02/2026.',
};

describe('templates', () => {
  it('cite their SOP items', () => {
    expect(TEMPLATE_IDS.map((id) => TEMPLATES[id].sop)).toEqual(['F.4', 'G.5.b', 'G.6', 'M.2', 'N.4', 'P.2']);
  });
});

describe('F-will-not-close (SOP F.4)', () => {
  it('goes to the lead RO with the SOP subject, every complaint ID, the caseworkers shown and the plan', () => {
    const d = draftEmail('F-will-not-close', {
      settings,
      cases: [...oneCase, { complaintId: '234567890', caseworker: 'Robin Fox', contractNumber: 'H5678' }],
    });
    expect(d.to).toBe('lead-ro@example.gov');
    expect(d.subject).toBe('CTM Case Resolved But Will Not Close');
    expect(d.body).toContain('Complaint ID 123456789, caseworker in CTM: Pat Kim');
    expect(d.body).toContain('Complaint ID 234567890, caseworker in CTM: Robin Fox');
    expect(d.body).toContain('Plan: Acme Health Plan, contract S1234, H5678');
    expect(d.missing).toEqual([]);
    expect(d.complaintIds).toEqual(['123456789', '234567890']);
  });
  it('uses the case’s contract when it is the plan’s own, else all the plan’s contracts', () => {
    expect(planContracts(settings, [{ contractNumber: 'h5678' }])).toEqual(['H5678']);
    expect(planContracts(settings, [{ contractNumber: 'OTHER' }])).toEqual(['S1234', 'H5678']);
    expect(planContracts(settings, [{ contractNumber: 'S9999' }])).toEqual(['S1234', 'H5678']);
  });
  it('SOP F.4.b: leaves a visible gap, never the user’s own name, when the page shows no caseworker', () => {
    const d = draftEmail('F-will-not-close', { settings, cases: [{ complaintId: '1' }] });
    expect(d.body).toContain('Complaint ID 1, caseworker in CTM: [caseworker name]');
    expect(d.body).not.toContain('caseworker in CTM: Jordan Lee');
    expect(d.missing).toEqual([
      { key: 'caseworker', label: 'Caseworker shown on the complaint in CTM (not known): type it in the body', source: 'page', gap: '[caseworker name]' },
    ]);
    // The user's own name still signs the email: that is true.
    expect(d.body.endsWith('Jordan Lee\nAcme Health Plan')).toBe(true);
  });
  it('SOP F.1, F.2: says the resolution date is entered and the category assigned only when the page showed them', () => {
    const both = { complaintId: '1', caseworker: 'Pat Kim', resolutionDate: '2026-11-02', category: 'Enrollment' };
    expect(draftEmail('F-will-not-close', { settings, cases: [both] }).body).toContain('The resolution date is entered and the complaint category is assigned.');
    const neither = draftEmail('F-will-not-close', { settings, cases: [{ complaintId: '1', caseworker: 'Pat Kim' }] }).body;
    expect(neither).not.toMatch(/resolution date|category/i);
    const dateOnly = draftEmail('F-will-not-close', { settings, cases: [{ ...both, category: undefined }] }).body;
    expect(dateOnly).toContain('The resolution date is entered.');
    expect(dateOnly).not.toMatch(/category/i);
    // Several cases: only what every one of them showed.
    const mixed = draftEmail('F-will-not-close', { settings, cases: [both, { complaintId: '2', caseworker: 'Pat Kim', category: 'Enrollment' }] }).body;
    expect(mixed).toContain('The complaint category is assigned.');
    expect(mixed).not.toMatch(/resolution date/i);
  });
  it('lists missing settings and never leaves them silently blank', () => {
    const d = draftEmail('F-will-not-close', { settings: { schemaVersion: 1 }, cases: [{ complaintId: '1' }] });
    expect(d.missing.map((m) => [m.key, m.source])).toEqual([
      ['mailboxes.leadRegionalOffice', 'settings'],
      ['organization', 'settings'],
      ['contracts', 'settings'],
      ['caseworker', 'page'],
    ]);
    expect(d.to).toBe('');
    expect(d.body).toContain('Plan: [Plan name], contract [Contract number]');
    expect(d.body).toContain('caseworker in CTM: [caseworker name]');
  });
  it('says when the page gave no complaint ID', () => {
    expect(draftEmail('F-will-not-close', { settings, cases: [] }).missing).toEqual([
      { key: 'complaintId', label: 'Complaint ID (not read from the page)', source: 'page' },
    ]);
  });
});

describe('G emails (SOP G.5.b, G.6)', () => {
  it('G.5.b: critical RD goes to the home region Part D box with the SOP subject', () => {
    const d = draftEmail('G-critical-rd', { settings, cases: oneCase, extra: { facts: 'Immediate Need per 1-800-MEDICARE.' } });
    expect(d.to).toBe('region-partd@example.gov');
    expect(d.subject).toBe('CRITICAL RD, in CTM');
    expect(d.body).toContain('Complaint ID 123456789, caseworker in CTM: Pat Kim');
    expect(d.body).toContain('Plan: Acme Health Plan, contract S1234');
    expect(d.body).toContain('Other relevant information: Immediate Need per 1-800-MEDICARE.');
  });
  it('G.5.b: drops the optional facts line when there are none', () => {
    const d = draftEmail('G-critical-rd', { settings, cases: oneCase });
    expect(d.body).not.toContain('Other relevant information');
    expect(d.body).not.toMatch(/\n\n\n/);
  });
  it('G.6: non-critical RD goes to the retroactive processing referral address', () => {
    const d = draftEmail('G-integriguard', { settings, cases: oneCase });
    expect(d.to).toBe('rd-referrals@example.com');
    expect(d.subject).toBe('Non-critical RD referral, CTM complaint 123456789');
    expect(d.missing).toEqual([]);
    const none = draftEmail('G-integriguard', { settings: { ...settings, mailboxes: {} }, cases: oneCase });
    expect(none.missing.map((m) => m.key)).toEqual(['mailboxes.integriguard']);
  });
});

describe('popup emails (SOP M.2, N.4, P.2)', () => {
  it('M.2: goes to CTMACCESS@cms.hhs.gov from the Medicare Compliance Officer with the form’s contents', () => {
    const d = draftEmail('M-access-request', { settings, cases: [], extra });
    expect(d.to).toBe('CTMACCESS@cms.hhs.gov');
    expect(d.body).toContain("User's name: Sam Rivera");
    expect(d.body).toContain('HPMS ID: SRIV1');
    expect(d.body).toContain('Alex Chen\nMedicare Compliance Officer, Acme Health Plan');
    expect(d.missing).toEqual([]);
    const empty = draftEmail('M-access-request', { settings, cases: [] });
    expect(empty.missing.map((m) => m.key)).toEqual(['extra.userName', 'extra.hpmsId', 'extra.complianceOfficer']);
    expect(empty.body).toContain("User's name: [User's name]");
  });
  it('N.4: plan name and contract, the user’s name and HPMS ID, to CTM@cms.hhs.gov', () => {
    const d = draftPopupEmail('N-access-follow-up', { settings, cases: [], extra, today: '2026-11-19' });
    expect(d.to).toBe('CTM@cms.hhs.gov');
    expect(d.body).toContain('Plan: Acme Health Plan, contract S1234, H5678');
    expect(d.body).toContain("User's name: Sam Rivera\nHPMS ID: SRIV1");
    expect(d.heldUntil).toBeUndefined();
  });
  it('N.2: is held until 6 business days have passed, saying from when', () => {
    const d = draftPopupEmail('N-access-follow-up', { settings, cases: [], extra, today: '2026-11-18' });
    expect(d.heldUntil?.date).toBe('2026-11-19');
    expect(d.heldUntil?.message).toContain('6 business days');
  });
  it('P.2: the question, pertinent facts, and complaint IDs only when complaint-specific', () => {
    const general = draftEmail('P-general-inquiry', { settings, cases: [], extra: { question: 'Q?', facts: 'F.' } });
    expect(general.to).toBe('CTM@cms.hhs.gov');
    expect(general.body).toContain('Question: Q?');
    expect(general.body).toContain('Pertinent information: F.');
    expect(general.body).not.toContain('Complaint ID');
    const specific = draftEmail('P-general-inquiry', { settings, cases: [], extra: { question: 'Q?', complaintIds: '111, 222' } });
    expect(specific.body).toContain('Complaint ID(s): 111, 222');
    expect(draftEmail('P-general-inquiry', { settings, cases: [] }).missing.map((m) => m.key)).toEqual(['extra.question']);
  });
});

describe('drafts never trip the PHI guard by themselves', () => {
  it('even when the beneficiary shares the caseworker’s surname', () => {
    const d = draftEmail('F-will-not-close', { settings, cases: oneCase });
    expect(d.otherNames).toEqual(['Pat Kim', 'Jordan Lee', 'Acme Health Plan']);
    expect(scanForPhi(d.body, { name: 'KIM, CHRIS' }, d)).toEqual([]);
  });
  it.each(TEMPLATE_IDS)('%s', (id) => {
    const d = draftEmail(id, { settings, cases: oneCase, extra, today: '2026-12-01' });
    const known = { name: 'Maria Gonzalez', hicn: '987654321A', dateOfBirth: '1950-01-02' };
    expect(scanForPhi(`${d.subject}\n${d.body}`, known, { complaintIds: d.complaintIds })).toEqual([]);
  });
});

describe('draftPopupEmail (SOP N.2 hold)', () => {
  const n = { userName: 'Sam Rivera', hpmsId: 'SRIV1' };
  it('holds the follow-up against the plan’s today when no today is given', () => {
    const d = draftPopupEmail('N-access-follow-up', { settings, cases: [], extra: { ...n, receiptConfirmedOn: '2999-01-04' } });
    expect((d.heldUntil?.date ?? '') > '2999-01-04').toBe(true);
  });
  it('lists an unreadable confirmation date as missing', () => {
    const d = draftPopupEmail('N-access-follow-up', { settings, cases: [], extra: { ...n, receiptConfirmedOn: '11/09/2026' }, today: '2026-12-01' });
    expect(d.missing.map((m) => m.key)).toEqual(['extra.receiptConfirmedOn']);
  });
  it('leaves other templates as draftEmail makes them', () => {
    const args = { settings, cases: oneCase, extra };
    expect(draftPopupEmail('P-general-inquiry', args)).toEqual(draftEmail('P-general-inquiry', args));
  });
});

describe('subjects are one line', () => {
  it('never carries a line break from a setting into the subject, shown or copied', () => {
    const settings = { ...SAMPLE_SETTINGS, organization: 'Acme\r\nBcc: evil@x.com' } as Settings;
    const d = draftPopupEmail('M-access-request', { settings, cases: [] });
    expect(d.subject).toBe('CTM Access Request: Acme Bcc: evil@x.com (S1234, H5678)');
  });
});
