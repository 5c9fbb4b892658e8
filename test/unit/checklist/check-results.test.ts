/**
 * What each kind of page check says on its own: the exact state (done / todo / blocked, or none
 * when the caseworker's tick decides) and the reason printed next to the step. A step with one
 * check would still look right if a check returned no valid state (the roll-up falls back to
 * done), so each check's own answer is checked here as the panel receives it.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../../lib/case';
import { stepState } from '../../../lib/checklist/checklist';
import { evaluateCheck, type CheckContext } from '../../../lib/checklist/checks';
import { branchChoice, CASE_SCENARIO_MAP } from '../../../lib/sop/case-scenarios';
import type { SopStep, StepCheck } from '../../../lib/sop/types';
import { open, step } from './helpers';

function ctx(over: Partial<CheckContext> & { facts?: Partial<CaseFacts> } = {}): CheckContext {
  return { pageErrors: [], ticks: {}, phrases: [], ...over, facts: { ...open, ...over.facts } };
}

const rd = { category: 'Retroactive Disenrollment' };

describe('a check on its own: the state and the reason the caseworker reads', () => {
  it('SOP K.1: a note within the 4,000-character limit is done, counted as submitted', () => {
    const check: StepCheck = { kind: 'note-length', max: 4000 };
    expect(evaluateCheck(check, ctx({ currentEntry: 'Called\nmember.' }))).toEqual({ state: 'done', why: '15 of 4000 characters' });
    expect(evaluateCheck(check, ctx({ currentEntry: 'x'.repeat(4001) }))).toEqual({ state: 'todo', why: '4001 characters as submitted; the limit is 4000' });
  });

  it('SOP F.3.a: a note mentioning the lead RO is done; without it, todo asking for it', () => {
    const check: StepCheck = { kind: 'note-mentions', pattern: /\blead\s+RO\b/i, what: 'the lead RO' };
    expect(evaluateCheck(check, ctx({ currentEntry: 'Asked the lead RO to close it.' }))).toEqual({ state: 'done', why: 'The Current Entry mentions the lead RO' });
    expect(evaluateCheck(check, ctx({ currentEntry: 'Asked the RO.' }))).toEqual({ state: 'todo', why: 'Mention the lead RO in the Current Entry' });
  });

  it('SOP A.1.a: a note naming another contract is done; the case’s own contract alone leaves it to the tick', () => {
    const check: StepCheck = { kind: 'note-names-contract' };
    expect(evaluateCheck(check, ctx({ currentEntry: 'Enrolled in H9876.' }))).toEqual({ state: 'done', why: 'The Current Entry names H9876' });
    expect(evaluateCheck(check, ctx({ currentEntry: 'Our contract S1234 only.' }))).toEqual({
      why: 'Name the plan or its contract number in the Current Entry, if known',
    });
  });

  it('SOP F.3.c: a note naming the caseworker is done; otherwise todo naming who to write', () => {
    const check: StepCheck = { kind: 'note-names-caseworker' };
    expect(evaluateCheck(check, ctx({ currentEntry: 'Caseworker Jordan Lee.' }))).toEqual({ state: 'done', why: 'The Current Entry names the caseworker' });
    expect(evaluateCheck(check, ctx({ currentEntry: 'Caseworker unknown.' }))).toEqual({
      state: 'todo',
      why: 'Write the caseworker shown on the complaint (Jordan Lee)',
    });
  });

  it('SOP D.3: a requested category chosen is done and named; none chosen is todo', () => {
    const check: StepCheck = { kind: 'requested-category' };
    expect(evaluateCheck(check, ctx({ facts: { requestedCategory: 'MA Benefits' } }))).toEqual({ state: 'done', why: 'Requested category: MA Benefits' });
    expect(evaluateCheck(check, ctx())).toEqual({ state: 'todo', why: 'Choose a Requested Complaint Category' });
  });

  it('SOP J.3: a requested issue level other than the current one is done and named', () => {
    const check: StepCheck = { kind: 'requested-issue-level' };
    const facts = { issueLevel: 'immediate-need' as const };
    expect(evaluateCheck(check, ctx({ facts: { ...facts, requestedIssueLevel: 'urgent' } }))).toEqual({ state: 'done', why: 'Requested issue level: urgent' });
    expect(evaluateCheck(check, ctx({ facts: { ...facts, requestedIssueLevel: 'immediate-need' } }))).toEqual({
      state: 'todo',
      why: 'The requested issue level is the same as the current one',
    });
  });

  it('SOP F.1.a: a resolution date entered is done and shown; none is todo', () => {
    const check: StepCheck = { kind: 'resolution-date' };
    expect(evaluateCheck(check, ctx({ facts: { resolutionDate: '2026-03-02' } }))).toEqual({ state: 'done', why: 'Resolution date 2026-03-02' });
    expect(evaluateCheck(check, ctx())).toEqual({ state: 'todo', why: 'No resolution date is entered' });
  });

  it('SOP F.2.a: a category assigned is done and shown; a blank or missing one is todo, pointing to Scenario I', () => {
    const check: StepCheck = { kind: 'category-assigned' };
    const missing = { state: 'todo', why: 'No complaint category is assigned: see Scenario I' };
    expect(evaluateCheck(check, ctx())).toEqual({ state: 'done', why: 'Category: Pricing' });
    expect(evaluateCheck(check, ctx({ facts: { category: '  ' } }))).toEqual(missing);
    expect(evaluateCheck(check, ctx({ facts: { category: undefined } }))).toEqual(missing);
  });

  it('SOP A.3: the case still open is done; a resolution date blocks it', () => {
    const check: StepCheck = { kind: 'keep-open' };
    expect(evaluateCheck(check, ctx())).toEqual({ state: 'done', why: 'The case is still open' });
    expect(evaluateCheck(check, ctx({ facts: { resolutionDate: '2026-03-02' } }))).toEqual({
      state: 'blocked',
      why: 'The page is set to close this case (a resolution date is entered); the SOP says do NOT close it',
    });
  });
});

describe('SOP G.4: the critical / non-critical path of an RD case', () => {
  const check: StepCheck = { kind: 'rd-branch' };

  it('the path the caseworker confirmed is done, naming it and its SOP item', () => {
    const critical = branchChoice('G', { facts: { ...open, ...rd }, confirmed: 'critical' });
    const nonCritical = branchChoice('G', { facts: { ...open, ...rd }, confirmed: 'non-critical' });
    expect(evaluateCheck(check, ctx({ branch: critical }))).toEqual({ state: 'done', why: 'You confirmed: critical RD (G.5)' });
    expect(evaluateCheck(check, ctx({ branch: nonCritical }))).toEqual({ state: 'done', why: 'You confirmed: non-critical RD (G.6)' });
  });

  it('before a path is confirmed it is todo, offering both paths with their SOP items (a suggestion confirms nothing)', () => {
    const suggested = branchChoice('G', { facts: { ...open, ...rd } });
    expect(suggested.suggestion).toBeDefined();
    expect(evaluateCheck(check, ctx({ branch: suggested }))).toEqual({
      state: 'todo',
      why: 'Confirm critical RD (G.5) or non-critical RD (G.6) below',
    });
  });

  it('without any paths to offer it is todo, asking to decide the path', () => {
    const decide = { state: 'todo', why: 'Decide which path the case takes' };
    expect(evaluateCheck(check, ctx())).toEqual(decide);
    expect(evaluateCheck(check, ctx({ branch: {} }))).toEqual(decide);
  });
});

describe('a step with several checks: the state and the reason shown', () => {
  /** G.5.c as in the SOP data, with its checks in the opposite order (to-do mention before keep-open). */
  function reorderedG5c(): SopStep {
    const g5c = CASE_SCENARIO_MAP.G.steps.find((s) => s.id === 'G.5.c');
    if (!g5c?.checks) throw new Error('no step G.5.c with checks');
    return { ...g5c, checks: [...g5c.checks].reverse() };
  }
  const critical = { branch: { confirmed: 'critical' as const, paths: [] } };

  it('SOP G.5.c: the case kept open but the home RO not mentioned is todo with the missing mention', () => {
    expect(step('G', 'G.5.c', critical)).toMatchObject({ state: 'todo', source: 'page', why: 'Mention the referral to the home RO in the Current Entry' });
  });

  it('SOP G.5.c: a blocking check shows its reason even when a to-do check comes before it', () => {
    const reordered = reorderedG5c();
    expect(reordered.checks?.map((c) => c.kind)).toEqual(['note-mentions', 'keep-open']);
    const s = stepState(reordered, ctx({ ...critical, facts: { resolutionDate: '2026-03-02' } }));
    expect(s).toMatchObject({
      state: 'blocked',
      source: 'page',
      why: 'The page is set to close this case (a resolution date is entered); the SOP says do NOT close it',
    });
  });

  it('SOP G.5.c: both checks done shows both reasons in the order of the checks', () => {
    const reordered = reorderedG5c();
    const s = stepState(reordered, ctx({ ...critical, currentEntry: 'Referred to the home RO.', facts: { resolutionDate: undefined } }));
    expect(s).toMatchObject({ state: 'done', source: 'page', why: 'The Current Entry mentions the referral to the home RO; The case is still open' });
  });
});
