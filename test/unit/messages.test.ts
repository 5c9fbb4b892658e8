import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sanitizePageUrl } from '../../lib/messages';
import { CaseSeenSchema } from '../../lib/message-schemas';
import { pickScenario, progressFor, setTick } from '../../lib/store/case-progress';

describe('what the content script may send', () => {
  it('keeps only numeric query values of the page URL: no names or identifiers in storage', () => {
    expect(sanitizePageUrl('https://hpms.cms.gov/ctm/PlanResolution.aspx?ComplaintID=4012345&bene=Pat%20Example&hicn=123456789A'))
      .toBe('https://hpms.cms.gov/ctm/PlanResolution.aspx?ComplaintID=4012345');
    expect(sanitizePageUrl('not a url')).toBe('');
  });

  it.each([
    ['https://hpms.cms.gov/ctm/scenario-a.html?ComplaintID=4100101&phone=4105550100&dob=03121947', 'https://hpms.cms.gov/ctm/scenario-a.html?ComplaintID=4100101'],
    ['https://hpms.cms.gov/ctm/x.aspx?complaint_id=4100101&ssn=123456789', 'https://hpms.cms.gov/ctm/x.aspx?complaint_id=4100101'],
    ['https://hpms.cms.gov/ctm/x.aspx?Complaint-Number=4100101&mbi=1EG4TE5MK73', 'https://hpms.cms.gov/ctm/x.aspx?Complaint-Number=4100101'],
    ['https://hpms.cms.gov/ctm?id=123&x=1', 'https://hpms.cms.gov/ctm?id=123'],
    ['https://hpms.cms.gov/ctm?CTMID=42&zip=21244#dob=1947', 'https://hpms.cms.gov/ctm?CTMID=42'],
    ['https://hpms.cms.gov/ctm?ComplaintID=Pat%20Example', 'https://hpms.cms.gov/ctm'],
    ['https://hpms.cms.gov/ctm?ComplaintID=4105550100123', 'https://hpms.cms.gov/ctm'],
    ['https://hpms.cms.gov/ctm?phone=4105550100&dob=03121947&hicn=123456789&page=2', 'https://hpms.cms.gov/ctm'],
    ['https://user:secret@hpms.cms.gov/ctm?ComplaintID=1', 'https://hpms.cms.gov/ctm?ComplaintID=1'],
  ])('keeps only the parameters that identify the complaint page: %s', (href, kept) => {
    expect(sanitizePageUrl(href)).toBe(kept);
  });

  it('drops any key that is not a PHI-free fact before it can be stored', () => {
    const parsed = CaseSeenSchema.parse({
      facts: { complaintId: '4012345', issueLevel: 'urgent', beneficiaryName: 'Pat Example', hicn: '123456789A' },
      pageUrl: 'https://hpms.cms.gov/x',
      summary: 'narrative',
    });
    expect(JSON.stringify(parsed)).not.toMatch(/Pat Example|123456789A|narrative/);
    expect(parsed.facts).toEqual({ complaintId: '4012345', issueLevel: 'urgent' });
  });

  it('rejects facts that break the schema', () => {
    expect(CaseSeenSchema.safeParse({ facts: { complaintId: 'abc' }, pageUrl: '' }).success).toBe(false);
  });
});

describe('checklist progress per complaint ID', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers ticks and the pick per complaint, and forgets an unticked step', async () => {
    await setTick('4012345', 'E.2', true);
    await pickScenario('4012345', 'E');
    await setTick('4019876', 'A.1.b', true);
    expect(await progressFor('4012345')).toMatchObject({ picked: 'E', ticks: { 'E.2': true } });
    await setTick('4012345', 'E.2', false);
    expect((await progressFor('4012345')).ticks).toEqual({});
    await pickScenario('4012345', null);
    expect((await progressFor('4012345')).picked).toBeUndefined();
    expect((await progressFor('4019876')).ticks).toEqual({ 'A.1.b': true });
  });

  it('loses nothing when many ticks arrive at once', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => setTick('1', `K.${i + 1}`, true)));
    expect(Object.keys((await progressFor('1')).ticks)).toHaveLength(40);
  });

  it('keeps unreadable progress aside and reports it', async () => {
    await fakeBrowser.storage.local.set({ caseProgress: { '1': { ticks: 'garbage' } } });
    const progress = await progressFor('1');
    expect(progress.problem).toMatch(/kept aside/);
    expect((await fakeBrowser.storage.local.get('caseProgress.unreadable'))['caseProgress.unreadable']).toMatchObject([{ data: { '1': { ticks: 'garbage' } } }]);
  });
});

describe('case links', () => {
  it('open only on the HPMS host', async () => {
    const { isHpmsUrl } = await import('../../lib/hpms-url');
    expect(isHpmsUrl('https://hpms.cms.gov/ctm/PlanResolution.aspx?ComplaintID=1')).toBe(true);
    expect(isHpmsUrl('https://hpms.cms.gov.evil.example/x')).toBe(false);
    expect(isHpmsUrl('javascript:alert(1)')).toBe(false);
    expect(isHpmsUrl('')).toBe(false);
  });

  it('do not open from a damaged stored link that is not a URL at all', async () => {
    const { isHpmsUrl } = await import('../../lib/hpms-url');
    expect(isHpmsUrl('hpms.cms.gov/ctm/PlanResolution.aspx?ComplaintID=1')).toBe(false);
    expect(isHpmsUrl('https://')).toBe(false);
    expect(isHpmsUrl(undefined)).toBe(false);
  });
});
