/**
 * The emails as the caseworker sees them on the email card and in the popup forms: title, To,
 * From, subject, the fields to type in, every body line, the card's note, and the statements the
 * F email makes about what the page showed. Each expected value is the literal text, field by
 * field, with a count so a template cannot go missing unnoticed.
 *
 * The module is imported afresh before each test (not at the top of the file): the template table
 * is built at import, and only a table built under the test that checks it is counted by the
 * mutation run (Stryker's ignoreStatic).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

let templates: typeof import('../../../lib/email/templates');

beforeEach(async () => {
  vi.resetModules();
  templates = await import('../../../lib/email/templates');
});

const NO_PHI_HINT = 'No beneficiary name, HICN/MBI, SSN or date of birth: this goes by plain email.';

describe('the email templates', () => {
  it('are the six emails of scenarios F, G, M, N and P, each under its own id and scenario letter', () => {
    const { TEMPLATE_IDS, TEMPLATES } = templates;
    expect(TEMPLATE_IDS).toEqual([
      'F-will-not-close',
      'G-critical-rd',
      'G-integriguard',
      'M-access-request',
      'N-access-follow-up',
      'P-general-inquiry',
    ]);
    expect(Object.keys(TEMPLATES)).toEqual([...TEMPLATE_IDS]);
    expect(TEMPLATE_IDS.map((id) => [TEMPLATES[id].id, TEMPLATES[id].scenario])).toEqual([
      ['F-will-not-close', 'F'],
      ['G-critical-rd', 'G'],
      ['G-integriguard', 'G'],
      ['M-access-request', 'M'],
      ['N-access-follow-up', 'N'],
      ['P-general-inquiry', 'P'],
    ]);
  });

  it('offer the three emails that need no open complaint in the toolbar popup (SOP M, N, P)', () => {
    expect(templates.POPUP_TEMPLATES).toEqual(['M-access-request', 'N-access-follow-up', 'P-general-inquiry']);
  });

  it('show a title saying what the email is for', () => {
    const { TEMPLATE_IDS, TEMPLATES } = templates;
    expect(TEMPLATE_IDS.map((id) => TEMPLATES[id].title)).toEqual([
      'Resolved but will not close: tell the lead RO',
      'Critical RD: refer to the home region',
      'Non-critical RD: refer to IntegriGuard',
      'Request CTM access (Medicare Compliance Officer)',
      'CTM access still not available: write to CMS',
      'General CTM question to CMS',
    ]);
  });

  it('go to the mailbox the SOP names: the plan’s RO mailboxes from the options, or the fixed CMS address (SOP F.4, G.5.b, G.6.b, M.2, N.3, P.1)', () => {
    const { TEMPLATE_IDS, TEMPLATES } = templates;
    expect(TEMPLATE_IDS.map((id) => TEMPLATES[id].to)).toEqual([
      { mailbox: 'leadRegionalOffice', label: 'Lead RO mailbox' },
      { mailbox: 'homeRegionPartD', label: 'Home region Part D complaint mailbox' },
      { mailbox: 'integriguard', label: 'Retroactive processing (IntegriGuard) referral address' },
      { address: 'CTMACCESS@cms.hhs.gov' },
      { address: 'CTM@cms.hhs.gov' },
      { address: 'CTM@cms.hhs.gov' },
    ]);
  });

  it('name a sender only for the access request, which the Medicare Compliance Officer sends (SOP M.2)', () => {
    const { TEMPLATE_IDS, TEMPLATES } = templates;
    expect(TEMPLATE_IDS.map((id) => TEMPLATES[id].from)).toEqual([
      undefined,
      undefined,
      undefined,
      "the organization's Medicare Compliance Officer",
      undefined,
      undefined,
    ]);
  });

  it('use the SOP’s subject word for word where it fixes one (SOP F.4, G.5.b), else a subject naming the complaint or the plan', () => {
    const { TEMPLATE_IDS, TEMPLATES } = templates;
    expect(TEMPLATE_IDS.map((id) => [TEMPLATES[id].subject, TEMPLATES[id].subjectFromSop])).toEqual([
      ['CTM Case Resolved But Will Not Close', true],
      ['CRITICAL RD, in CTM', true],
      ['Non-critical RD referral, CTM complaint {complaintIds}', false],
      ['CTM Access Request: {organization} ({contracts})', false],
      ['CTM access not available after 6 business days: {organization} ({contracts})', false],
      ['CTM question: {organization} ({contracts})', false],
    ]);
  });

  it('need the open complaints (IDs and caseworker) only for the case emails of F and G', () => {
    const { TEMPLATE_IDS, TEMPLATES } = templates;
    expect(TEMPLATE_IDS.map((id) => TEMPLATES[id].needsCases)).toEqual([true, true, true, false, false, false]);
  });
});

describe('what the user types in', () => {
  it('F takes nothing typed: the page gives the complaint IDs and caseworkers (SOP F.4)', () => {
    expect(templates.TEMPLATES['F-will-not-close'].fields).toEqual([]);
  });

  it('G critical: optional other relevant information, with the no-PHI reminder (SOP G.5.b.iv)', () => {
    expect(templates.TEMPLATES['G-critical-rd'].fields).toEqual([
      { key: 'facts', label: 'Other relevant information', required: false, multiline: true, hint: NO_PHI_HINT },
    ]);
  });

  it('G non-critical: optional case development, with the no-PHI reminder (SOP G.6.a, G.6.b)', () => {
    expect(templates.TEMPLATES['G-integriguard'].fields).toEqual([
      { key: 'facts', label: 'Case development and relevant facts', required: false, multiline: true, hint: NO_PHI_HINT },
    ]);
  });

  it('M: the user’s name and HPMS ID (needed first, SOP M.1) and the sender are required; the user’s own work contact is optional and about the plan, not a beneficiary', () => {
    expect(templates.TEMPLATES['M-access-request'].fields).toEqual([
      { key: 'userName', label: "User's name", required: true },
      { key: 'hpmsId', label: "User's HPMS ID", required: true, hint: 'SOP M.1: the user needs an HPMS ID first (see O).' },
      { key: 'userEmail', label: "User's email", required: false, aboutThePlan: true },
      { key: 'userPhone', label: "User's work phone", required: false, aboutThePlan: true },
      { key: 'complianceOfficer', label: 'Medicare Compliance Officer (sender)', required: true },
    ]);
  });

  it('N: the user’s name and HPMS ID (SOP N.4.b) and the date CMS confirmed receipt (SOP N.1, N.2), all required', () => {
    expect(templates.TEMPLATES['N-access-follow-up'].fields).toEqual([
      { key: 'userName', label: "User's name", required: true },
      { key: 'hpmsId', label: "User's HPMS ID", required: true },
      { key: 'receiptConfirmedOn', label: 'Date CMS confirmed receipt of the request', required: true, type: 'date' },
    ]);
  });

  it('P: the question is required; pertinent information and complaint IDs are optional (SOP P.2.b, P.2.c, P.2.d)', () => {
    expect(templates.TEMPLATES['P-general-inquiry'].fields).toEqual([
      { key: 'question', label: 'The question or issue', required: true, multiline: true, hint: NO_PHI_HINT },
      { key: 'facts', label: 'Pertinent information', required: false, multiline: true, hint: NO_PHI_HINT },
      { key: 'complaintIds', label: 'Complaint ID(s), if the matter is complaint-specific', required: false },
    ]);
  });
});

describe('the body, line by line ("?" lines drop out when empty)', () => {
  it('F: the complaints are resolved but will not close; the complaint list with caseworkers and the plan follow (SOP F.4.a–c)', () => {
    expect(templates.TEMPLATES['F-will-not-close'].body).toEqual([
      'Hello,',
      '',
      'The CTM complaint(s) below are resolved, but CTM will not close or save them. Please evaluate.',
      '?{shownOnPage}',
      '',
      '{caseList}',
      '',
      'Plan: {organization}, contract {contracts}',
      '',
      'Thank you,',
      '{signature}',
    ]);
  });

  it('G critical: referred to the home RO with the case left open, reassignment requested as a CMS issue (SOP G.5.a–c)', () => {
    expect(templates.TEMPLATES['G-critical-rd'].body).toEqual([
      'Hello,',
      '',
      'The retroactive disenrollment below is critical. The plan has requested reassignment (CMS issue) and left the case open in CTM; the case and all development are referred to the home Regional Office for processing.',
      '',
      '{caseList}',
      '',
      'Plan: {organization}, contract {contracts}',
      '',
      '?Other relevant information: {extra.facts}',
      '',
      'Thank you,',
      '{signature}',
    ]);
  });

  it('G non-critical: referred for processing, open until IntegriGuard notifies the plan (SOP G.6.a, G.6.d); identifiers go by the secure channel', () => {
    expect(templates.TEMPLATES['G-integriguard'].body).toEqual([
      'Hello,',
      '',
      'The plan refers the valid, non-critical retroactive disenrollment below for processing. The case stays open in CTM until you notify the plan of the resolution.',
      '',
      '{caseList}',
      '',
      'Plan: {organization}, contract {contracts}',
      '',
      '?Case development: {extra.facts}',
      '',
      'The beneficiary identifiers are not in this email; we send them by our secure channel.',
      '',
      'Thank you,',
      '{signature}',
    ]);
  });

  it('M: the Medicare Compliance Officer requests access with the form attached and signs as such (SOP M.2)', () => {
    expect(templates.TEMPLATES['M-access-request'].body).toEqual([
      'Hello,',
      '',
      'As Medicare Compliance Officer of {organization}, I request CTM access for the user below. The completed CTM access request form is attached.',
      '',
      'Organization: {organization}',
      'Contract(s): {contracts}',
      "User's name: {extra.userName}",
      'HPMS ID: {extra.hpmsId}',
      '?Email: {extra.userEmail}',
      '?Phone: {extra.userPhone}',
      '',
      'Thank you,',
      '{extra.complianceOfficer}',
      'Medicare Compliance Officer, {organization}',
    ]);
  });

  it('N: a valid request, receipt confirmed, six business days passed; the plan and the user’s name and HPMS ID (SOP N.2, N.4.a, N.4.b)', () => {
    expect(templates.TEMPLATES['N-access-follow-up'].body).toEqual([
      'Hello,',
      '',
      'We submitted a valid CTM access request, and CMS confirmed receipt on {extra.receiptConfirmedOn}. Six business days have passed and the user still has no CTM access.',
      '',
      'Plan: {organization}, contract {contracts}',
      "User's name: {extra.userName}",
      'HPMS ID: {extra.hpmsId}',
      '',
      'Thank you,',
      '{signature}',
    ]);
  });

  it('P: the plan, the question, pertinent information and complaint IDs when given (SOP P.2.a–d)', () => {
    expect(templates.TEMPLATES['P-general-inquiry'].body).toEqual([
      'Hello,',
      '',
      'Plan: {organization}, contract {contracts}',
      '',
      'Question: {extra.question}',
      '',
      '?Pertinent information: {extra.facts}',
      '',
      '?Complaint ID(s): {complaintIds}',
      '',
      'Thank you,',
      '{signature}',
    ]);
  });
});

describe('the card around the email', () => {
  it('notes what the user still has to do outside the email: secure channel for identifiers (G non-critical), the form and sender (SOP M.2)', () => {
    const { TEMPLATE_IDS, TEMPLATES } = templates;
    expect(TEMPLATE_IDS.map((id) => TEMPLATES[id].note)).toEqual([
      undefined,
      undefined,
      'Beneficiary identifiers must not go by plain email: send them by your secure channel.',
      'SOP M.2: attach the completed CTM access request form, and send from the Medicare Compliance Officer’s mailbox.',
      undefined,
      undefined,
    ]);
  });

  it('F says only what the page showed: resolution date and category, best first (SOP F.1, F.2)', () => {
    const { TEMPLATE_IDS, TEMPLATES } = templates;
    expect(TEMPLATES['F-will-not-close'].shownOnPage).toEqual([
      { needs: ['resolutionDate', 'category'], text: 'The resolution date is entered and the complaint category is assigned.' },
      { needs: ['resolutionDate'], text: 'The resolution date is entered.' },
      { needs: ['category'], text: 'The complaint category is assigned.' },
    ]);
    expect(TEMPLATE_IDS.filter((id) => TEMPLATES[id].shownOnPage !== undefined)).toEqual(['F-will-not-close']);
  });
});
