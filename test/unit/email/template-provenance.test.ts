/**
 * Where each email and its subject come from, as the email card says it: the SOP item that
 * prescribes the email ("SOP F.4"), the SOP's exact subject words, or CTM Assist's own subject
 * and why. The cited items are checked against the SOP: each is a step of the email's scenario,
 * and each subject called the SOP's words is quoted in that step of the SOP text.
 *
 * The module is imported afresh before each test (not at the top of the file): the item table and
 * the templates are built at import, and only a table built under the test that checks it is
 * counted by the mutation run (Stryker's ignoreStatic).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { provenanceText, SCENARIOS } from '../../../lib/sop';
import { normalise, SOP_TEXT } from '../sop/sop-text';

let templates: typeof import('../../../lib/email/templates');

beforeEach(async () => {
  vi.resetModules();
  templates = await import('../../../lib/email/templates');
});

describe('the SOP item each email cites', () => {
  it('is F.4, G.5.b, G.6, M.2, N.4 and P.2, in the table the panel reads before it loads the templates', () => {
    expect(templates.TEMPLATE_SOP).toEqual({
      'F-will-not-close': 'F.4',
      'G-critical-rd': 'G.5.b',
      'G-integriguard': 'G.6',
      'M-access-request': 'M.2',
      'N-access-follow-up': 'N.4',
      'P-general-inquiry': 'P.2',
    });
    const { TEMPLATE_IDS, TEMPLATES } = templates;
    expect(TEMPLATE_IDS.map((id) => TEMPLATES[id].sop)).toEqual(['F.4', 'G.5.b', 'G.6', 'M.2', 'N.4', 'P.2']);
  });

  it('is a step of the email’s own scenario, and that scenario lists the email', () => {
    const { TEMPLATE_IDS, TEMPLATES } = templates;
    const found = TEMPLATE_IDS.filter((id) => {
      const scenario = SCENARIOS[TEMPLATES[id].scenario];
      return scenario.steps.some((step) => step.id === TEMPLATES[id].sop) && scenario.emails.includes(id);
    });
    expect(found).toEqual([...TEMPLATE_IDS]);
  });

  it('shows on the card as "SOP <item>", no template claiming another source', () => {
    const { TEMPLATE_IDS, TEMPLATES, templateProvenance } = templates;
    expect(TEMPLATE_IDS.map((id) => provenanceText(templateProvenance(TEMPLATES[id])))).toEqual([
      'SOP F.4',
      'SOP G.5.b',
      'SOP G.6',
      'SOP M.2',
      'SOP N.4',
      'SOP P.2',
    ]);
  });

  it('gives way to a template’s own provenance when it has one', () => {
    const own = { kind: 'ctm-assist', reason: 'a test template' } as const;
    expect(templates.templateProvenance({ ...templates.TEMPLATES['P-general-inquiry'], provenance: own })).toEqual(own);
  });
});

describe('where the subject comes from', () => {
  it('the SOP’s exact words for F and critical G (SOP F.4, G.5.b); ours for the others, naming the complaint or the plan', () => {
    const { TEMPLATE_IDS, TEMPLATES, subjectProvenance } = templates;
    expect(TEMPLATE_IDS.map((id) => subjectProvenance(TEMPLATES[id]))).toEqual([
      { kind: 'sop', item: 'F.4' },
      { kind: 'sop', item: 'G.5.b' },
      { kind: 'ctm-assist', reason: 'the SOP fixes no subject for this email; ours names the complaint' },
      { kind: 'ctm-assist', reason: 'the SOP fixes no subject for this email; ours names the plan' },
      { kind: 'ctm-assist', reason: 'the SOP fixes no subject for this email; ours names the plan' },
      { kind: 'ctm-assist', reason: 'the SOP fixes no subject for this email; ours names the plan' },
    ]);
  });

  it('called the SOP’s words only where the cited SOP step quotes that subject line (SOP F.4, G.5.b)', () => {
    const { TEMPLATE_IDS, TEMPLATES } = templates;
    const fromSop = TEMPLATE_IDS.filter((id) => TEMPLATES[id].subjectFromSop);
    expect(fromSop).toEqual(['F-will-not-close', 'G-critical-rd']);
    for (const id of fromSop) {
      const { subject, sop, scenario } = TEMPLATES[id];
      const step = SCENARIOS[scenario].steps.find((s) => s.id === sop);
      expect(step?.cite).toContain(`The email subject line should state, “${subject}`);
      expect(SOP_TEXT).toContain(normalise(`The email subject line should state, “${subject}`));
    }
  });
});

describe('the fixed CMS addresses', () => {
  it('are the ones the SOP gives: CTMACCESS for access requests (SOP M.2), CTM for follow-ups and questions (SOP N.3, P.1)', () => {
    const { TEMPLATES } = templates;
    const addresses = (['M-access-request', 'N-access-follow-up', 'P-general-inquiry'] as const).map((id) => TEMPLATES[id].to);
    expect(addresses).toEqual([{ address: 'CTMACCESS@cms.hhs.gov' }, { address: 'CTM@cms.hhs.gov' }, { address: 'CTM@cms.hhs.gov' }]);
    expect(SOP_TEXT).toContain('Medicare Compliance Officer via email to CTMACCESS@cms.hhs.gov');
    expect(SOP_TEXT).toContain('Plan A sends notification to CMS at CTM@cms.hhs.gov');
    expect(SOP_TEXT).toContain('Plan A sends inquiry to CMS at CTM@cms.hhs.gov');
  });
});
