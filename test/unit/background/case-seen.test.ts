/**
 * The background's answer to a page report (caseSeen) over fakeBrowser storage: a page with a
 * tracked fact shown twice is not tracked, and a page without a usable complaint ID still gets
 * the settings its emails need; a page's earlier report answered after its later one does not
 * undo what the caseworker typed in between.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCaseSeen } from '../../../entrypoints/background/case-messages';
import { TRACKED_FACT_KEYS, type CaseFacts } from '../../../lib/case';
import { loadTrackedCases } from '../../../lib/store/tracked-cases';
import { readArchive } from '../../../lib/store/tracked-cases-archive';
import { trackedCaseFrom } from '../../../lib/tracking/build';
import { SAMPLE_SETTINGS } from '../../fixtures/settings';

const FACTS: CaseFacts = { complaintId: '4012345', assignedDate: '2026-11-02', issueLevel: 'urgent', contractNumber: 'S1234' };
const PAGE = 'https://hpms.cms.gov/hpms/ctm/case.html';

beforeEach(async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ settings: SAMPLE_SETTINGS });
});

const tracked = async () => (await loadTrackedCases()).cases.map((c) => c.complaintId);

describe('caseSeen', () => {
  it('tracks a page read cleanly and answers with its due moment', async () => {
    const answer = await handleCaseSeen({ facts: FACTS, pageUrl: PAGE, unusable: [] });
    expect(await tracked()).toEqual(['4012345']);
    expect(answer.deadline).toMatchObject({ ok: true });
  });

  it('does not track a page that shows two values for a tracked fact, and gives no due moment', async () => {
    const { issueLevel: _, ...withoutLevel } = FACTS;
    const answer = await handleCaseSeen({ facts: withoutLevel, pageUrl: PAGE, unusable: ['issueLevel'] });
    expect(await tracked()).toEqual([]);
    expect(answer.deadline).toBeUndefined();
    expect(answer.settings.organization).toBe('Acme Health Plan');
    expect(answer.progress).toEqual({ ticks: {} });
  });

  it('keeps a resolution typed on the page when the report sent before it is handled after it (a slow first storage read)', async () => {
    // The page reports the case open, then again once the caseworker typed the resolution date and
    // chose Resolved, both in the same millisecond. The first report's settings read is held until
    // the second has been saved.
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-11-03T15:00:00Z'));
    const local = fakeBrowser.storage.local;
    const realGet = local.get.bind(local);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    vi.spyOn(local, 'get').mockImplementation(async (keys) => {
      calls += 1;
      if (calls === 1) await held;
      return realGet(keys);
    });
    const open = handleCaseSeen({ facts: FACTS, pageUrl: PAGE, unusable: [] });
    const resolved = { ...FACTS, resolutionDate: '2026-11-03', disposition: 'resolved' } satisfies CaseFacts;
    await handleCaseSeen({ facts: resolved, pageUrl: PAGE, unusable: [] });
    release();
    await open;
    vi.restoreAllMocks();
    const { archive } = await readArchive();
    expect(Object.values(archive).map((c) => [c.complaintId, c.resolutionDate, c.status])).toEqual([['4012345', '2026-11-03', 'closed']]);
    expect(await tracked()).toEqual([]);
  });

  it('a page without a complaint ID gets the settings, and is not tracked', async () => {
    const { complaintId: _, ...withoutId } = FACTS;
    const answer = await handleCaseSeen({ facts: withoutId, pageUrl: PAGE, unusable: [] });
    expect(answer.settings.mailboxes).toEqual(SAMPLE_SETTINGS.mailboxes);
    expect(await tracked()).toEqual([]);
  });
});

describe('TRACKED_FACT_KEYS', () => {
  it('are exactly the facts a tracked case keeps, with the complaint ID, besides the caseworker shown (kept for the emails, SOP F.4.b)', () => {
    const every: CaseFacts = {
      complaintId: '1', contractNumber: 'S1234', issueLevel: 'urgent', receivedDate: '2026-01-01', assignedDate: '2026-01-02',
      resolutionDate: '2026-01-03', category: 'c', subcategory: 's', disposition: 'open', cisControlled: 'no',
      pressOrHillInterest: 'no', reassignmentRequested: true, reassignmentReason: 'category', requestedIssueLevel: 'none',
      caseworker: 'Pat Kim', requestedCategory: 'r',
    };
    const kept = Object.keys(trackedCaseFrom(every, { pageUrl: PAGE, now: 0 })!).filter((key) => key in every);
    // The caseworker is not a tracked fact: two on the page do not stop tracking, the email asks instead.
    expect([...kept].sort()).toEqual([...TRACKED_FACT_KEYS, 'caseworker'].sort());
  });
});
