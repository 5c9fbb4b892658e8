/**
 * A page whose complaint ID, or a fact the deadline needs, cannot be used: what the panel says,
 * what the email drafts say, and what the background is told. Pages are read by the real reader.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { draftEmail } from '../../lib/email/draft';
import { readCase } from '../../lib/page/read-case';
import { factProblem, unusableFacts } from '../../lib/unusable-facts';
import { SAMPLE_SETTINGS } from '../fixtures/settings';
import { parseHtml } from './parse-html';

const WEBFORMS = readFileSync(resolve(__dirname, '../fixtures/ctm/webforms-table.html'), 'utf8');
const HEAD_ROW = '<tr><td colspan="4" class="SectionHead">Complaint Information</td></tr>';

function page(edit: (html: string) => string) {
  const { snapshot } = readCase(parseHtml(edit(WEBFORMS)).body);
  return snapshot;
}
const rowsAbove = (rows: string) => (html: string) => html.replace(HEAD_ROW, rows + HEAD_ROW);

function fDraft(snapshot: ReturnType<typeof page>) {
  const problems = unusableFacts(snapshot).draftProblems;
  const { facts } = snapshot;
  return draftEmail('F-will-not-close', {
    settings: SAMPLE_SETTINGS,
    cases: [{ complaintId: facts.complaintId, caseworker: facts.caseworker, contractNumber: facts.contractNumber, complaintIdProblem: problems.complaintId, caseworkerProblem: problems.caseworker }],
  });
}

describe('a page read cleanly', () => {
  it('has nothing unusable', () => {
    const snapshot = page((html) => html);
    expect(unusableFacts(snapshot)).toEqual({ untracked: [], draftProblems: {} });
    expect(fDraft(snapshot).missing).toEqual([]);
  });
});

describe('two complaint IDs on the page', () => {
  const snapshot = page(rowsAbove('<tr><td>Complaint ID: 4199999</td></tr>'));

  it('the panel says so once, naming both, and shows no due moment', () => {
    const unusable = unusableFacts(snapshot);
    expect(unusable.complaintIdNotice).toBe(
      'The page shows different complaint IDs (4199999 and 4012345), so neither is used. This case is not tracked, it has no due moment here, and ticks and picks on this page are not saved.',
    );
    expect(unusable.deadlineReason).toBe('the page shows different complaint IDs, so this case is not tracked');
  });

  it('the email lacks only the ID, and says the ID conflicts; neither ID is in it', () => {
    const draft = fDraft(snapshot);
    expect(draft.missing).toEqual([
      { key: 'complaintId', label: 'Complaint ID (the page shows different complaint IDs: 4199999 and 4012345)', source: 'page' },
    ]);
    expect(`${draft.subject}\n${draft.body}`).not.toMatch(/4199999|4012345/);
  });
});

describe('a complaint ID that cannot be read', () => {
  const snapshot = page((html) => html.replace('>4012345<', '>40123O5<'));

  it('the panel says the one true thing: the ID could not be read, and why', () => {
    const unusable = unusableFacts(snapshot);
    expect(unusable.complaintIdNotice).toBe(
      'The complaint ID could not be read: "40123O5" is not a complaint ID (digits). This case is not tracked, it has no due moment here, and ticks and picks on this page are not saved.',
    );
    expect(unusable.deadlineReason).toBe('the complaint ID could not be read, so this case is not tracked');
  });

  it('the email lacks only the ID: with settings loaded, no mailbox or organization is reported missing', () => {
    expect(fDraft(snapshot).missing).toEqual([{ key: 'complaintId', label: 'Complaint ID (could not be read from the page)', source: 'page' }]);
  });

  it('with a zero-width space the ID is read as shown, and nothing is unusable', () => {
    const zw = page((html) => html.replace('>4012345<', '>4012\u200B345<'));
    expect(zw.facts.complaintId).toBe('4012345');
    expect(unusableFacts(zw).complaintIdNotice).toBeUndefined();
    expect(fDraft(zw).body).toContain('Complaint ID 4012345,');
  });
});

describe('a conflict in a fact the deadline or tracking needs', () => {
  it('issue level: no due moment, named; the background is told not to track', () => {
    const unusable = unusableFacts(page(rowsAbove('<tr><td>Issue Level: Urgent</td></tr>')));
    expect(unusable.deadlineReason).toBe('the page shows different values for Issue Level');
    expect(unusable.untracked).toEqual(['issueLevel']);
    expect(unusable.complaintIdNotice).toBeUndefined();
  });

  it('two of them are both named', () => {
    const unusable = unusableFacts(page(rowsAbove('<tr><td>Issue Level: Urgent</td></tr><tr><td>Date Assigned to Plan: 11/09/2026</td></tr>')));
    expect(unusable.deadlineReason).toBe('the page shows different values for Issue Level and Date Assigned to Plan');
  });
});

describe('an unreadable fact the due moment is computed from', () => {
  it('issue level: no due moment (not the no-level budget), and not tracked from this page', () => {
    const unusable = unusableFacts(page((html) => html.replace('>Immediate Need<', '>Immediately<')));
    expect(unusable.deadlineReason).toBe('the page’s Issue Level could not be read');
    expect(unusable.untracked).toEqual(['issueLevel']);
  });

  it('received date, assignment date and issue level: all three named (the due moment is computed from each)', async () => {
    // The list of those facts is built at load: a fresh module lets mutation testing check it here.
    vi.resetModules();
    const fresh = await import('../../lib/unusable-facts');
    const snapshot = page((html) =>
      html.replace('>11/2/2026<', '>11/31/2026<').replace('>11/02/2026 3:15 PM<', '>11/31/2026<').replace('>Immediate Need<', '>Immediately<'),
    );
    const unusable = fresh.unusableFacts(snapshot);
    expect(unusable.deadlineReason).toBe('the page’s Date Received, Date Assigned to Plan and Issue Level could not be read');
    expect(unusable.untracked).toEqual(['receivedDate', 'assignedDate', 'issueLevel']);
  });

  it('assignment date, beside an issue level shown twice: both reasons', () => {
    const snapshot = page((html) => rowsAbove('<tr><td>Issue Level: Urgent</td></tr>')(html.replace('>11/02/2026 3:15 PM<', '>11/31/2026<')));
    const unusable = unusableFacts(snapshot);
    expect(unusable.deadlineReason).toBe('the page shows different values for Issue Level; the page’s Date Assigned to Plan could not be read');
    expect(unusable.untracked).toEqual(['issueLevel', 'assignedDate']);
  });

  it('a resolution date being typed does not stop tracking (it does not move the due moment)', () => {
    const unusable = unusableFacts(page((html) => html.replace('maxlength="10" id="ctl00_ContentPlaceHolder1_txtResolutionDate"', 'maxlength="10" value="11/0" id="ctl00_ContentPlaceHolder1_txtResolutionDate"')));
    expect(unusable).toEqual({ untracked: [], draftProblems: {} });
  });
});

describe('two caseworkers on the page', () => {
  const snapshot = page(rowsAbove('<tr><td>Caseworker: Casey Doe</td></tr>'));

  it('the email names neither, and not the user’s own name in their place', () => {
    const draft = fDraft(snapshot);
    expect(draft.missing).toEqual([
      {
        key: 'caseworker',
        label: 'Caseworker shown on the complaint in CTM (the page shows different caseworkers: Casey Doe and Jordan Lee): type it in the body',
        source: 'page',
        gap: '[caseworker name]',
      },
    ]);
    expect(draft.body).toContain('caseworker in CTM: [caseworker name]');
  });

  it('the case is still tracked and has its due moment: the caseworker is not a tracked fact', () => {
    const unusable = unusableFacts(snapshot);
    expect(unusable.untracked).toEqual([]);
    expect(unusable.deadlineReason).toBeUndefined();
  });
});

describe('three values of one fact on the page', () => {
  const snapshot = page(rowsAbove('<tr><td>Complaint ID: 4199999</td></tr><tr><td>Complaint ID: 4188888</td></tr>'));

  it('the panel names all three, the last after "and"', () => {
    expect(unusableFacts(snapshot).complaintIdNotice).toBe(
      'The page shows different complaint IDs (4199999, 4188888 and 4012345), so neither is used. This case is not tracked, it has no due moment here, and ticks and picks on this page are not saved.',
    );
  });

  it('the complaint ID is not listed among the tracked facts that stop tracking: its own notice says so', () => {
    expect(unusableFacts(snapshot).untracked).toEqual([]);
  });
});

describe('why a fact is missing from the facts', () => {
  it('an unreadable complaint ID is told as unreadable, with the reason', () => {
    const snapshot = page((html) => html.replace('>4012345<', '>40123O5<'));
    expect(factProblem(snapshot, 'complaintId')).toEqual({ kind: 'malformed', reason: '"40123O5" is not a complaint ID (digits)' });
  });

  it('two values are told as a conflict, with both values', () => {
    const snapshot = page(rowsAbove('<tr><td>Complaint ID: 4199999</td></tr>'));
    expect(factProblem(snapshot, 'complaintId')).toEqual({ kind: 'conflict', values: ['4199999', '4012345'] });
  });
});
