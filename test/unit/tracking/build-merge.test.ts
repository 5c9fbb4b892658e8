import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../lib/case';
import { trackedCaseFrom } from '../../../lib/tracking/build';
import { markDone, mergeTrackedCase, undoDone } from '../../../lib/tracking/merge';
import { TrackedCase } from '../../../lib/tracking/tracked-case';

const T0 = Date.parse('2026-06-01T12:00:00Z');
const url = 'https://hpms.cms.gov/ctm/resolution?id=555';
const facts: CaseFacts = {
  complaintId: '555',
  contractNumber: 'S1234',
  issueLevel: 'urgent',
  assignedDate: '2026-06-01',
  category: 'Pricing/Co-Insurance',
};

function seen(facts: CaseFacts, at: number, scenario?: TrackedCase['scenario']) {
  const tc = trackedCaseFrom(facts, { pageUrl: url, now: at, planContracts: ['S1234'], ...(scenario ? { scenario } : {}) });
  if (!tc) throw new Error('not tracked');
  return tc;
}

describe('trackedCaseFrom', () => {
  it('builds a valid, PHI-free record from the page facts', () => {
    const tc = seen(facts, T0);
    expect(TrackedCase.safeParse(tc).success).toBe(true);
    expect(tc).toMatchObject({ complaintId: '555', clock: 'running', status: 'open', firstSeen: '2026-06-01T12:00:00.000Z' });
    expect(Object.keys(tc)).not.toContain('caseworker');
  });
  it('keeps the caseworker shown on the complaint (plan staff, for SOP F.4.b and G.5.b.iii), never a value holding an identifier', () => {
    const tc = seen({ ...facts, caseworker: 'Pat Kim' }, T0);
    expect(tc.caseworker).toBe('Pat Kim');
    expect(TrackedCase.safeParse(tc).success).toBe(true);
    expect(seen({ ...facts, caseworker: 'Pat Kim 1EG4-TE5-MK73' }, T0).caseworker).toBeUndefined();
    expect(seen({ ...facts, caseworker: 'x'.repeat(201) }, T0).caseworker).toBeUndefined();
    // A later visit that shows none keeps the name already seen; one that shows another takes it.
    expect(mergeTrackedCase(tc, seen(facts, T0 + 1000)).caseworker).toBe('Pat Kim');
    expect(mergeTrackedCase(tc, seen({ ...facts, caseworker: 'Robin Fox' }, T0 + 1000)).caseworker).toBe('Robin Fox');
  });
  it('stores the page URL with its complaint ID parameter only, whatever the sender sent', () => {
    const hostile = 'https://hpms.cms.gov/ctm/scenario-a.html?ComplaintID=555&phone=4105550100&dob=03121947';
    expect(trackedCaseFrom(facts, { pageUrl: hostile, now: T0 })?.pageUrl).toBe('https://hpms.cms.gov/ctm/scenario-a.html?ComplaintID=555');
  });
  it('does not track a page without a complaint ID', () => {
    expect(trackedCaseFrom({ issueLevel: 'urgent' }, { pageUrl: url, now: T0 })).toBeUndefined();
  });
  it('starts paused when a category reassignment is already requested (SOP I.4)', () => {
    const tc = seen({ ...facts, reassignmentRequested: true, reassignmentReason: 'category' }, T0);
    expect(tc.clock).toBe('paused');
    expect(tc.pauses).toEqual([{ from: '2026-06-01T12:00:00.000Z' }]);
  });
  // The SOP states the pause for I and J only (I.4, J.4); D.4 says only that the RO agrees or
  // disagrees, with time stamps, as A.3 and C.3 do. CTM Assist does not infer a pause for D.
  it('keeps the clock running for a case worked as D, though it checks the same category indicator (SOP D.4 states no pause; I.4 does)', () => {
    const requested = { ...facts, reassignmentRequested: true, reassignmentReason: 'category' as const };
    expect(seen(requested, T0, 'D')).toMatchObject({ clock: 'running', pauses: [] });
    expect(seen(requested, T0, 'I').clock).toBe('paused');
    const merged = mergeTrackedCase(seen(facts, T0, 'D'), seen(requested, T0 + 1000, 'D'));
    expect(merged).toMatchObject({ clock: 'running', pauses: [] });
  });
});

describe('leaving the list', () => {
  const closed = { ...facts, resolutionDate: '2026-06-03', disposition: 'resolved' as const };
  it('a case closed as resolved leaves the list with its clock stopped (SOP E.1, F.1 note)', () => {
    expect(seen(closed, T0, 'E')).toMatchObject({ status: 'closed', clock: 'stopped' });
  });
  it('stays open when its scenario says do not close (SOP A.3, I.4, L.5)', () => {
    for (const s of ['A', 'I', 'L'] as const) expect(seen(closed, T0, s).status).toBe('open');
  });
  it('leaves the plan when reassigned to "CMS Issue" (SOP C.4) or another contract (SOP A.4)', () => {
    expect(seen({ ...facts, contractNumber: 'CMS' }, T0).status).toBe('left-plan');
    expect(seen({ ...facts, contractNumber: 'H9999' }, T0)).toMatchObject({ status: 'left-plan', clock: 'stopped' });
  });
  it('stays when the contract is "Other" or "Unknown" (SOP key 12, 17: the plan still works it)', () => {
    expect(seen({ ...facts, contractNumber: 'OTHER' }, T0).status).toBe('open');
  });
});

describe('mergeTrackedCase (upsert)', () => {
  it('starts a pause when the category request appears and ends it when CMS acts (SOP I.4)', () => {
    const a = seen(facts, T0);
    const b = mergeTrackedCase(a, seen({ ...facts, reassignmentRequested: true, reassignmentReason: 'category' }, T0 + 1000));
    expect(b.clock).toBe('paused');
    const c = mergeTrackedCase(b, seen({ ...facts, reassignmentRequested: true, reassignmentReason: 'category' }, T0 + 2000));
    expect(c.pauses).toHaveLength(1);
    const d = mergeTrackedCase(c, seen({ ...facts, category: 'Enrollment' }, T0 + 86_400_000));
    expect(d.clock).toBe('running');
    expect(d.pauses).toEqual([{ from: new Date(T0 + 1000).toISOString(), to: new Date(T0 + 86_400_000).toISOString() }]);
  });

  it('keeps first seen and takes the new issue level (SOP J: recalculated from the same date)', () => {
    const a = seen({ ...facts, issueLevel: 'immediate-need' }, T0);
    const b = mergeTrackedCase(a, seen({ ...facts, issueLevel: 'urgent' }, T0 + 5000));
    expect(b).toMatchObject({ issueLevel: 'urgent', firstSeen: a.firstSeen, lastSeen: new Date(T0 + 5000).toISOString() });
  });

  it('ignores an older report arriving late from another tab', () => {
    const newer = seen({ ...facts, issueLevel: 'urgent' }, T0 + 5000);
    const older = seen({ ...facts, issueLevel: 'immediate-need' }, T0);
    const merged = mergeTrackedCase(newer, older);
    expect(merged.issueLevel).toBe('urgent');
    expect(merged.firstSeen).toBe(older.firstSeen);
  });

  it('records when a reassignment request was first seen, for the RO wait (SOP A.3)', () => {
    const req = { ...facts, reassignmentRequested: true, reassignmentReason: 'another-plan' as const };
    const a = mergeTrackedCase(seen(facts, T0), seen(req, T0 + 1000));
    const b = mergeTrackedCase(a, seen(req, T0 + 9000));
    expect(b.reassignmentRequestedAt).toBe(new Date(T0 + 1000).toISOString());
    expect(b.clock).toBe('running');
  });

  it('keeps the done mark across page visits until undone', () => {
    const done = markDone(seen(facts, T0));
    expect(done.status).toBe('done');
    const again = mergeTrackedCase(done, seen(facts, T0 + 1000));
    expect(again.status).toBe('done');
    expect(undoDone(again).status).toBe('open');
  });
});

describe('the record built from a page: exactly the facts the page showed', () => {
  const base = {
    complaintId: '555',
    clock: 'running',
    pauses: [],
    status: 'open',
    doneByUser: false,
    pageUrl: url,
    firstSeen: '2026-06-01T12:00:00.000Z',
    lastSeen: '2026-06-01T12:00:00.000Z',
  };

  it('a page with only an ID: no other keys, not even empty ones', () => {
    expect(trackedCaseFrom({ complaintId: '555' }, { pageUrl: url, now: T0 })).toStrictEqual(base);
  });

  it('the PHI-free facts, the worked scenario and zero contact attempts recorded so far (SOP E note)', () => {
    const tc = trackedCaseFrom({ ...facts, subcategory: 'Other' }, { pageUrl: url, now: T0, scenario: 'E', contactAttempts: 0 });
    expect(tc).toStrictEqual({
      ...base,
      contractNumber: 'S1234',
      issueLevel: 'urgent',
      assignedDate: '2026-06-01',
      category: 'Pricing/Co-Insurance',
      subcategory: 'Other',
      scenario: 'E',
      contactAttempts: 0,
    });
  });

  it('a requested reassignment: the request, its reason and when it was first seen, for the RO wait (SOP A.3)', () => {
    const tc = trackedCaseFrom({ complaintId: '555', reassignmentRequested: true, reassignmentReason: 'another-plan' }, { pageUrl: url, now: T0 });
    expect(tc).toStrictEqual({ ...base, reassignmentRequested: true, reassignmentReason: 'another-plan', reassignmentRequestedAt: '2026-06-01T12:00:00.000Z' });
    const unticked = trackedCaseFrom({ complaintId: '555', reassignmentRequested: false }, { pageUrl: url, now: T0 });
    expect(unticked).toStrictEqual({ ...base, reassignmentRequested: false });
  });

  it('the RD path confirmed in the panel and when (SOP G.5, G.6)', () => {
    const tc = trackedCaseFrom({ complaintId: '555' }, { pageUrl: url, now: T0, scenario: 'G', branch: { branch: 'non-critical', at: T0 - 3_600_000 } });
    expect(tc).toStrictEqual({ ...base, scenario: 'G', branch: 'non-critical', branchSince: '2026-06-01T11:00:00.000Z' });
  });

  it('category and subcategory cut to the 200 characters the record holds', () => {
    const tc = trackedCaseFrom({ complaintId: '555', category: 'c'.repeat(250), subcategory: 's'.repeat(201) }, { pageUrl: url, now: T0 });
    expect(tc?.category).toBe('c'.repeat(200));
    expect(tc?.subcategory).toBe('s'.repeat(200));
    expect(TrackedCase.safeParse(tc).success).toBe(true);
  });

  it('the caseworker\'s name without surrounding spaces, kept up to 200 characters', () => {
    expect(seen({ ...facts, caseworker: '  Pat Kim  ' }, T0).caseworker).toBe('Pat Kim');
    const long = 'Pat '.repeat(50).trim() + 'ty'; // 201 characters
    expect(seen({ ...facts, caseworker: long.slice(0, 200) }, T0).caseworker).toBe(long.slice(0, 200));
    expect(seen({ ...facts, caseworker: '   ' }, T0).caseworker).toBeUndefined();
  });
});
