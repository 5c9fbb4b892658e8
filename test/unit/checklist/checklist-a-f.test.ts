import { describe, expect, it } from 'vitest';
import { states, step } from './helpers';

describe('checklist A: another plan', () => {
  it('SOP A.1–A.3: a fresh case has everything to do except staying open', () => {
    expect(states('A')).toEqual({ 'A.1': 'todo', 'A.1.a': 'todo', 'A.1.b': 'todo', 'A.2': 'todo', 'A.3': 'done', 'A.4': 'todo' });
  });

  it('SOP A.1.a, A.1.b, A.2: the note names the other contract and the indicator is checked', () => {
    const s = states('A', {
      currentEntry: 'Member is enrolled in H9876 (Other Health Plan) since 1/1.',
      facts: { reassignmentRequested: true, reassignmentReason: 'another-plan' },
    });
    expect(s).toMatchObject({ 'A.1': 'done', 'A.1.a': 'done', 'A.1.b': 'done', 'A.2': 'done', 'A.3': 'done' });
  });

  it('SOP A.1.a: a plan named in words needs a tick (the page cannot tell); the tick counts', () => {
    const input = { currentEntry: 'Belongs to Other Health Plan.' };
    expect(step('A', 'A.1.a', input)).toMatchObject({ state: 'todo', source: 'manual' });
    expect(step('A', 'A.1.a', { ...input, ticks: { 'A.1.a': true } })).toMatchObject({ state: 'done', source: 'manual' });
  });

  it('SOP A.2: the indicator checked with the wrong reason is todo, saying why', () => {
    const s = step('A', 'A.2', { facts: { reassignmentRequested: true, reassignmentReason: 'cms-issue' } });
    expect(s.state).toBe('todo');
    expect(s.why).toContain('CMS issue');
    expect(s.why).toContain('belongs to another plan');
  });

  it('SOP A.3: a resolution date blocks "do not close", and a tick cannot override it', () => {
    expect(step('A', 'A.3', { facts: { resolutionDate: '2026-03-01' }, ticks: { 'A.3': true } })).toMatchObject({ state: 'blocked', source: 'page' });
  });

  it('SOP A.4: watching the Note to Plan is ticked by hand', () => {
    expect(step('A', 'A.4', { ticks: { 'A.4': true } })).toMatchObject({ state: 'done', source: 'manual' });
  });
});

describe('checklist B: subsidiary', () => {
  it('SOP B.1–B.3: follows the note and the indicator', () => {
    expect(states('B')).toMatchObject({ 'B.1': 'todo', 'B.2': 'todo', 'B.3': 'done' });
    expect(states('B', { currentEntry: 'Subsidiary contract H5678.', facts: { reassignmentRequested: true, reassignmentReason: 'another-plan' } })).toMatchObject({
      'B.1': 'done', 'B.1.a': 'done', 'B.1.b': 'done', 'B.2': 'done', 'B.3': 'done',
    });
  });

  it('SOP B.3: a resolved disposition blocks it', () => {
    expect(states('B', { facts: { disposition: 'resolved' } })['B.3']).toBe('blocked');
  });
});

describe('checklist C: CMS issue', () => {
  it('SOP C.1–C.3', () => {
    expect(states('C')).toEqual({ 'C.1': 'todo', 'C.2': 'todo', 'C.3': 'done', 'C.4': 'todo' });
    expect(states('C', { currentEntry: 'Plan cannot resolve: needs CMS to correct the LIS status.', facts: { reassignmentRequested: true, reassignmentReason: 'cms-issue' } })).toMatchObject({
      'C.1': 'done', 'C.2': 'done', 'C.3': 'done',
    });
  });

  it('SOP C.3: closed disposition blocks it', () => {
    expect(states('C', { facts: { disposition: 'closed' } })['C.3']).toBe('blocked');
  });
});

describe('checklist D: not Part D', () => {
  it('SOP D.1.a: the phrase alone does not count as the pertinent notes (D.1.c)', () => {
    expect(states('D', { currentEntry: 'CTM Case Not Part D' })).toMatchObject({ 'D.1.a': 'done', 'D.1.c': 'todo', 'D.1': 'todo' });
  });

  it('SOP D.1–D.4: phrase (any case and spacing), notes, indicator, requested category', () => {
    const s = states('D', {
      currentEntry: 'ctm case  not\npart d. Recommend category: Part C Benefits. Member asks about a hospital bill.',
      facts: { reassignmentRequested: true, reassignmentReason: 'category', requestedCategory: 'MA Benefits' },
      ticks: { 'D.1.b': true },
    });
    expect(s).toMatchObject({ 'D.1': 'done', 'D.1.a': 'done', 'D.1.b': 'done', 'D.1.c': 'done', 'D.2': 'done', 'D.3': 'done', 'D.4': 'done' });
  });

  it('SOP D.3: no requested category yet is todo', () => {
    expect(step('D', 'D.3')).toMatchObject({ state: 'todo', source: 'page' });
  });

  it('SOP D.2: checked as issue level is the wrong reason', () => {
    expect(step('D', 'D.2', { facts: { reassignmentRequested: true, reassignmentReason: 'issue-level' } }).state).toBe('todo');
  });
});

describe('checklist E: resolved, beneficiary not notified', () => {
  it('SOP E.1: needs notes, a resolution date and a resolved disposition', () => {
    expect(states('E')).toEqual({ 'E.1': 'todo', 'E.2': 'todo' });
    expect(states('E', { currentEntry: 'Claim reprocessed 3/1; member called 3/2.', facts: { resolutionDate: '2026-03-02', disposition: 'resolved' } })['E.1']).toBe('done');
  });

  it('SOP E.1: an unresolved disposition is todo even with a date', () => {
    expect(step('E', 'E.1', { currentEntry: 'Notes.', facts: { resolutionDate: '2026-03-02', disposition: 'unresolved' } }).why).toContain('resolved');
  });

  it('SOP E.2: notifying the beneficiary is ticked by hand', () => {
    expect(step('E', 'E.2', { ticks: { 'E.2': true } })).toMatchObject({ state: 'done', source: 'manual' });
  });
});

describe('checklist F: will not close', () => {
  it('SOP F.1, F.2: resolution date and category come from the page', () => {
    expect(states('F', { facts: { category: '' } })).toMatchObject({ 'F.1': 'todo', 'F.1.a': 'todo', 'F.2': 'todo', 'F.2.a': 'todo' });
    expect(states('F', { facts: { resolutionDate: '2026-03-02' } })).toMatchObject({ 'F.1': 'done', 'F.1.a': 'done', 'F.1.b': 'done', 'F.2': 'done' });
  });

  it('SOP F.3.a–c: the note asks the lead RO, says resolved, and names the caseworker', () => {
    const s = states('F', { currentEntry: 'Disposition resolved 3/2; needs help from the lead RO to close. Caseworker: Jordan Lee.' });
    expect(s).toMatchObject({ 'F.3': 'done', 'F.3.a': 'done', 'F.3.b': 'done', 'F.3.c': 'done' });
    expect(step('F', 'F.3.c', { currentEntry: 'lead RO, resolved' }).why).toContain('Jordan Lee');
  });

  it('SOP F.4: the email and its contents are ticked by hand', () => {
    expect(states('F', { ticks: { 'F.4.a': true, 'F.4.b': true, 'F.4.c': true } })).toMatchObject({ 'F.4': 'done', 'F.4.a': 'done' });
    expect(step('F', 'F.4').source).toBe('substeps');
  });
});
