import { describe, expect, it } from 'vitest';
import { checklistFor } from '../../../lib/checklist/checklist';
import { keepOpenMessage, keepOpenViolated } from '../../../lib/checklist/closing';
import { roDisagreed } from '../../../lib/checklist/ro-disagreed';
import { CASE_LETTERS } from '../../../lib/sop';
import { branchChoice } from '../../../lib/sop/case-scenarios';
import type { RdBranch } from '../../../lib/sop';
import { open, states, step } from './helpers';

const rd = { category: 'Retroactive Disenrollment' };
/** The caseworker's confirmed path, as evaluateCase passes it. */
const confirmed = (branch: RdBranch) => branchChoice('G', { facts: { ...open, ...rd }, confirmed: branch });

describe('checklist G: retroactive disenrollment', () => {
  it('SOP G.4: undecided, both paths are listed and G.4 is todo', () => {
    const s = states('G', { facts: rd });
    expect(s['G.4']).toBe('todo');
    expect(Object.keys(s)).toEqual(expect.arrayContaining(['G.5.a', 'G.6.a']));
  });

  it('SOP G.4: once the caseworker confirms critical, only G.5 is listed and G.4 says so', () => {
    const steps = checklistFor('G', { facts: { ...open, ...rd, issueLevel: 'immediate-need' }, pageErrors: [], ticks: {}, branch: confirmed('critical') });
    expect(steps.map((s) => s.id)).not.toContain('G.6.a');
    expect(steps.find((s) => s.id === 'G.4')).toMatchObject({ state: 'done', why: 'You confirmed: critical RD (G.5)' });
  });

  it('SOP G.5.a, G.5.c: critical — indicator CMS issue, "CRITICAL RD", referral to the home RO, case open', () => {
    const s = states('G', {
      facts: { ...rd, reassignmentRequested: true, reassignmentReason: 'cms-issue' },
      currentEntry: 'CRITICAL RD. Case and all development referred to home RO for processing.',
      branch: confirmed('critical'),
    });
    expect(s).toMatchObject({ 'G.4': 'done', 'G.4.a': 'done', 'G.5.a': 'done', 'G.5.c': 'done', 'G.5.d': 'done' });
    expect(s['G.6.a']).toBeUndefined();
  });

  it('SOP G.5.a: the phrase without the indicator is still todo', () => {
    expect(step('G', 'G.5.a', { facts: { ...rd, reassignmentRequested: false }, currentEntry: 'CRITICAL RD' })).toMatchObject({ state: 'todo', source: 'page' });
    // With no indicator on the page, the caseworker's tick decides; the phrase still must be there.
    expect(step('G', 'G.5.a', { facts: rd, currentEntry: 'CRITICAL RD', ticks: { 'G.5.a': true } })).toMatchObject({ state: 'done', source: 'manual' });
    expect(step('G', 'G.5.a', { facts: rd, currentEntry: 'Referred to home RO', ticks: { 'G.5.a': true } })).toMatchObject({ state: 'todo', source: 'page' });
  });

  it('SOP G.6.a: non-critical — "referred to IntegriGuard" while open is done; only G.6 is listed', () => {
    const s = states('G', { facts: rd, currentEntry: 'Valid RD. Case referred to IntegriGuard 3/3 with all development.', branch: confirmed('non-critical') });
    expect(s).toMatchObject({ 'G.4': 'done', 'G.6.a': 'done', 'G.6.b': 'todo' });
    expect(s['G.5.a']).toBeUndefined();
  });

  it('SOP G.6.a: closing a non-critical RD before IntegriGuard resolves it is blocked', () => {
    expect(states('G', { facts: { ...rd, resolutionDate: '2026-03-03' }, currentEntry: 'referred to IntegriGuard' })['G.6.a']).toBe('blocked');
  });
});

describe('checklist H: enrollment exception', () => {
  it('SOP H.1.a, H.1.b, H.2, H.3', () => {
    expect(states('H')).toEqual({ 'H.1': 'todo', 'H.1.a': 'todo', 'H.1.b': 'todo', 'H.2': 'todo', 'H.3': 'done', 'H.4': 'todo' });
    expect(states('H', { currentEntry: 'EE Complaint. Validated SEP request.', facts: { reassignmentRequested: true, reassignmentReason: 'cms-issue' } })).toMatchObject({
      'H.1': 'done', 'H.1.a': 'done', 'H.1.b': 'done', 'H.2': 'done', 'H.3': 'done',
    });
  });

  it('SOP H.2: checked as another plan is the wrong reason', () => {
    expect(step('H', 'H.2', { facts: { reassignmentRequested: true, reassignmentReason: 'another-plan' } }).state).toBe('todo');
  });
});

describe('checklist I: miscategorized', () => {
  it('SOP I.1–I.4', () => {
    expect(states('I')).toEqual({ 'I.1': 'todo', 'I.2': 'todo', 'I.3': 'todo', 'I.4': 'done', 'I.5': 'todo' });
    expect(states('I', { currentEntry: 'Complaint is about marketing.', facts: { reassignmentRequested: true, reassignmentReason: 'category', requestedCategory: 'Marketing' } })).toMatchObject({
      'I.1': 'done', 'I.2': 'done', 'I.3': 'done', 'I.4': 'done',
    });
  });

  it('SOP I.4: a resolution date blocks it', () => {
    expect(states('I', { facts: { resolutionDate: '2026-03-01' } })['I.4']).toBe('blocked');
  });
});

describe('checklist J: not really Immediate Need', () => {
  it('SOP J.1–J.4', () => {
    const facts = { issueLevel: 'immediate-need' as const };
    expect(states('J', { facts })).toEqual({ 'J.1': 'todo', 'J.2': 'todo', 'J.3': 'todo', 'J.4': 'done', 'J.5': 'todo' });
    expect(states('J', { currentEntry: 'Member has 10 days of supply.', facts: { ...facts, reassignmentRequested: true, reassignmentReason: 'issue-level', requestedIssueLevel: 'urgent' } })).toMatchObject({
      'J.1': 'done', 'J.2': 'done', 'J.3': 'done', 'J.4': 'done',
    });
  });

  it('SOP J.3: requesting the same level again is todo', () => {
    expect(step('J', 'J.3', { facts: { issueLevel: 'immediate-need', requestedIssueLevel: 'immediate-need' } }).state).toBe('todo');
  });
});

describe('checklist K: the plan response', () => {
  it('SOP K.1: up to 4,000 characters as submitted (a line break counts 2)', () => {
    const rules = { 'K.1.a': true, 'K.1.b': true, 'K.1.c': true, 'K.1.d': true, 'K.1.e': true };
    expect(step('K', 'K.1', { ticks: rules }).state).toBe('todo');
    expect(step('K', 'K.1', { currentEntry: 'Called member 3/2.', ticks: rules }).state).toBe('done');
    // K.1 also follows its rules K.1.a–e.
    expect(step('K', 'K.1', { currentEntry: 'Called member 3/2.' }).state).toBe('todo');
    const over = `${'x'.repeat(3000)}\n${'y'.repeat(999)}`; // 4,000 typed, 4,001 submitted
    expect(step('K', 'K.1', { currentEntry: over, ticks: rules })).toMatchObject({ state: 'todo', why: expect.stringContaining('4001') });
  });

  it('SOP K.1.a–K.3: the writing rules are ticked by hand', () => {
    expect(states('K', { currentEntry: 'x', ticks: { 'K.1.a': true, 'K.1.b': true, 'K.1.c': true, 'K.1.d': true, 'K.1.e': true } })).toMatchObject({ 'K.1': 'done', 'K.2': 'todo' });
  });
});

describe('checklist L: CIS or Congressional', () => {
  it('SOP L.2, L.4, L.5', () => {
    expect(states('L')).toEqual({ 'L.1': 'todo', 'L.2': 'todo', 'L.3': 'todo', 'L.4': 'todo', 'L.5': 'done', 'L.6': 'todo' });
    expect(states('L', { currentEntry: 'CIS or Congressional Resolution: called member and office 3/2.', facts: { reassignmentRequested: true, reassignmentReason: 'cms-issue' } })).toMatchObject({
      'L.2': 'done', 'L.4': 'done', 'L.5': 'done',
    });
  });

  it('SOP L.5: a resolved disposition blocks it', () => {
    expect(step('L', 'L.5', { facts: { disposition: 'resolved' } })).toMatchObject({ state: 'blocked', why: expect.stringContaining('do NOT close') });
  });
});

describe('keep-open guard', () => {
  // SOP A.3, B.3, C.3, D.4, G.5.c, H.3, I.4, J.4, L.5: do NOT close.
  it.each(CASE_LETTERS)('scenario %s: violated only when it says keep open and the page is set to close', (letter) => {
    const keep = ['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J', 'L'].includes(letter);
    expect(keepOpenViolated(letter, open)).toBe(false);
    expect(keepOpenViolated(letter, { ...open, resolutionDate: '2026-03-01' })).toBe(keep);
    expect(keepOpenViolated(letter, { ...open, disposition: 'resolved' })).toBe(keep);
    expect(keepOpenViolated(letter, { ...open, disposition: 'closed' })).toBe(keep);
    expect(keepOpenViolated(letter, { ...open, disposition: 'unresolved' })).toBe(false);
  });

  it('SOP L.5: the message cites the step; G says when closing is right (G.2, G.6.d)', () => {
    expect(keepOpenMessage('L')).toContain('L.5');
    expect(keepOpenMessage('G')).toContain('G.6.d');
  });
});

describe('roDisagreed (SOP A.4: the RO disagrees in the Note to Plan)', () => {
  it.each([
    ['RO disagrees with the plan reassignment request. Please continue casework.', true],
    ['Reassignment request denied by RO.', true],
    ['Request rejected: complaint belongs to your contract.', true],
    ['The regional office does not agree with the request.', true],
    ['Reassignment approved.', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (note, expected) => {
    expect(roDisagreed(note)).toBe(expected);
  });
});
