/**
 * The reason the checklist shows under each step (Checklist.tsx prints `why`): what the page
 * shows, or what the caseworker still has to do. A wrong or empty reason sends them to the wrong
 * field, so each is checked as it reads.
 */
import { describe, expect, it } from 'vitest';
import { step } from './helpers';

describe('checklist: the reason shown under each step', () => {
  it('a required phrase: asks for it word for word, then says the note has it', () => {
    expect(step('D', 'D.1.a').why).toBe('Write "CTM Case Not Part D" in the Current Entry');
    expect(step('D', 'D.1.a', { currentEntry: 'CTM Case Not Part D' }).why).toBe('The Current Entry says "CTM Case Not Part D"');
  });

  it('the pertinent notes: asks for them, then says the note has them', () => {
    expect(step('C', 'C.1')).toMatchObject({ state: 'todo', why: 'Write the pertinent notes in the Current Entry' });
    expect(step('C', 'C.1', { currentEntry: 'Needs CMS to correct the LIS status.' })).toMatchObject({ state: 'done', why: 'The Current Entry has notes' });
  });

  it('the note length: an empty note says so; otherwise the count as submitted against the 4,000 limit', () => {
    const rules = { 'K.1.a': true, 'K.1.b': true, 'K.1.c': true, 'K.1.d': true, 'K.1.e': true };
    expect(step('K', 'K.1', { currentEntry: '  \n ', ticks: rules })).toMatchObject({ state: 'todo', why: 'The Current Entry is empty' });
    expect(step('K', 'K.1', { currentEntry: 'Called\nmember.', ticks: rules })).toMatchObject({ state: 'done', why: '15 of 4000 characters' });
    expect(step('K', 'K.1', { currentEntry: 'x'.repeat(4000), ticks: rules })).toMatchObject({ state: 'done', why: '4000 of 4000 characters' });
    expect(step('K', 'K.1', { currentEntry: 'x'.repeat(4001), ticks: rules })).toMatchObject({
      state: 'todo',
      why: '4001 characters as submitted; the limit is 4000',
    });
  });

  it('a note that must mention something: says what, then that it does', () => {
    expect(step('F', 'F.3.a')).toMatchObject({ state: 'todo', why: 'Mention the lead RO in the Current Entry' });
    expect(step('F', 'F.3.a', { currentEntry: 'Asked the lead RO to close it.' })).toMatchObject({ state: 'done', why: 'The Current Entry mentions the lead RO' });
  });

  it('the other plan: a contract other than the case’s own is named; the case’s own contract alone leaves it to the tick', () => {
    expect(step('A', 'A.1.a', { currentEntry: 'Enrolled in H9876 and S5555.' })).toMatchObject({ state: 'done', why: 'The Current Entry names H9876, S5555' });
    expect(step('A', 'A.1.a', { currentEntry: 'Our contract S1234 only.' })).toMatchObject({
      state: 'todo',
      source: 'manual',
      why: 'Name the plan or its contract number in the Current Entry, if known',
    });
  });

  it('the caseworker: without one on the complaint the tick decides; with one, the note must name them', () => {
    expect(step('F', 'F.3.c', { facts: { caseworker: undefined } })).toMatchObject({ source: 'manual', why: 'Write the caseworker shown on the complaint' });
    expect(step('F', 'F.3.c', { facts: { caseworker: undefined }, ticks: { 'F.3.c': true } }).state).toBe('done');
    expect(step('F', 'F.3.c', { currentEntry: 'Caseworker Jordan Lee.' })).toMatchObject({ state: 'done', why: 'The Current Entry names the caseworker' });
  });

  it('the reassignment indicator: unread, unchecked, checked without a reason, and checked with the right reason', () => {
    const wanted = 'Check the reassignment indicator: ';
    const unread = step('A', 'A.2', { facts: { reassignmentRequested: undefined } });
    expect(unread).toMatchObject({ source: 'manual', state: 'todo' });
    expect(unread.why).toMatch(new RegExp(`^${wanted}`));
    expect(step('A', 'A.2', { facts: { reassignmentRequested: undefined }, ticks: { 'A.2': true } }).state).toBe('done');
    const unchecked = step('A', 'A.2', { facts: { reassignmentRequested: false }, ticks: { 'A.2': true } });
    expect(unchecked).toMatchObject({ source: 'page', state: 'todo' });
    expect(unchecked.why).toMatch(new RegExp(`^${wanted}`));
    const noReason = step('A', 'A.2', { facts: { reassignmentRequested: true, reassignmentReason: undefined } });
    expect(noReason).toMatchObject({ source: 'manual', state: 'todo' });
    expect(noReason.why).toMatch(/^The indicator is checked; make sure the reason is: /);
    const right = step('A', 'A.2', { facts: { reassignmentRequested: true, reassignmentReason: 'another-plan' } });
    expect(right).toMatchObject({ source: 'page', state: 'done' });
    expect(right.why).toMatch(/^The indicator is checked: /);
  });

  it('the requested category and issue level: asks for a choice, then names it', () => {
    expect(step('D', 'D.3').why).toBe('Choose a Requested Complaint Category');
    expect(step('D', 'D.3', { facts: { requestedCategory: 'MA Benefits' } }).why).toBe('Requested category: MA Benefits');
    const facts = { issueLevel: 'immediate-need' as const };
    expect(step('J', 'J.3', { facts })).toMatchObject({ state: 'todo', why: 'Choose a Requested Issue Level' });
    expect(step('J', 'J.3', { facts: { ...facts, requestedIssueLevel: 'immediate-need' } }).why).toBe('The requested issue level is the same as the current one');
    expect(step('J', 'J.3', { facts: { ...facts, requestedIssueLevel: 'urgent' } })).toMatchObject({ state: 'done', why: 'Requested issue level: urgent' });
  });

  it('the resolution date and category: names what the page shows, or what is missing', () => {
    expect(step('F', 'F.1.a').why).toBe('No resolution date is entered');
    expect(step('F', 'F.1.a', { facts: { resolutionDate: '2026-03-02' } }).why).toBe('Resolution date 2026-03-02');
    expect(step('F', 'F.2.a', { facts: { category: '   ' } })).toMatchObject({ state: 'todo', why: 'No complaint category is assigned: see Scenario I' });
    expect(step('F', 'F.2.a').why).toBe('Category: Pricing');
  });

  it('closing as resolved: asks for the date first, then a resolved or closed disposition', () => {
    const notes = { currentEntry: 'Claim reprocessed 3/1.' };
    expect(step('E', 'E.1', notes).why).toBe('Enter the resolution date to close the case');
    expect(step('E', 'E.1', { ...notes, facts: { resolutionDate: '2026-03-02', disposition: 'unresolved' } }).why).toBe('Report the disposition as resolved');
    for (const disposition of ['resolved', 'closed', undefined] as const) {
      expect(step('E', 'E.1', { ...notes, facts: { resolutionDate: '2026-03-02', disposition } })).toMatchObject({
        state: 'done',
        why: 'The Current Entry has notes; Resolution date entered; disposition resolved',
      });
    }
  });

  it('keep open: says what sets the case to close, and that the case is still open otherwise', () => {
    expect(step('C', 'C.3').why).toBe('The case is still open');
    expect(step('C', 'C.3', { facts: { resolutionDate: '2026-03-02' } }).why).toBe(
      'The page is set to close this case (a resolution date is entered); the SOP says do NOT close it',
    );
    expect(step('C', 'C.3', { facts: { disposition: 'resolved' } }).why).toContain('(the disposition is Resolved)');
    expect(step('C', 'C.3', { facts: { disposition: 'closed' } }).why).toContain('(the disposition is Closed)');
  });
});

describe('checklist: a step with several checks, and a heading with sub-steps', () => {
  const critical = { branch: { confirmed: 'critical' as const, paths: [] } };

  it('a step with two checks shows the reason of the one still to do', () => {
    const indicatorOnly = step('G', 'G.5.a', { ...critical, facts: { reassignmentRequested: true, reassignmentReason: 'cms-issue' } });
    expect(indicatorOnly).toMatchObject({ state: 'todo', source: 'page', why: 'Write "CRITICAL RD" in the Current Entry' });
    const both = step('G', 'G.5.a', { ...critical, currentEntry: 'CRITICAL RD', facts: { reassignmentRequested: true, reassignmentReason: 'cms-issue' } });
    expect(both.state).toBe('done');
    expect(both.why).toMatch(/^The indicator is checked: .*; The Current Entry says "CRITICAL RD"$/);
  });

  it('a blocked check outranks a missing note: the step is blocked and says why', () => {
    const s = step('G', 'G.5.c', { ...critical, facts: { resolutionDate: '2026-03-02' } });
    expect(s).toMatchObject({ state: 'blocked', source: 'page' });
    expect(s.why).toContain('the SOP says do NOT close it');
  });

  it('a step the page can partly show waits for the tick when the shown part is done', () => {
    const s = step('A', 'A.1.a', { currentEntry: 'Our contract S1234 only.' });
    expect(s).toMatchObject({ state: 'todo', source: 'manual' });
    expect(step('A', 'A.1.a', { currentEntry: 'Our contract S1234 only.', ticks: { 'A.1.a': true } }).state).toBe('done');
  });

  it('a heading without checks is done only when every sub-step is, and shows no reason of its own', () => {
    const partly = step('F', 'F.4', { ticks: { 'F.4.a': true, 'F.4.b': true } });
    expect(partly).toMatchObject({ state: 'todo', source: 'substeps', why: undefined });
    expect(step('F', 'F.4', { ticks: { 'F.4': true } }).state).toBe('todo');
    expect(step('F', 'F.4', { ticks: { 'F.4.a': true, 'F.4.b': true, 'F.4.c': true } }).state).toBe('done');
  });

  it('a heading with its own check follows its worst sub-step: a blocked one blocks it', () => {
    const rules = { 'K.1.a': true, 'K.1.b': true, 'K.1.c': true, 'K.1.d': true, 'K.1.e': true };
    expect(step('K', 'K.1', { currentEntry: 'Called member.', ticks: { ...rules, 'K.1.c': false } }).state).toBe('todo');
    expect(step('K', 'K.1', { currentEntry: 'Called member.', ticks: rules }).state).toBe('done');
    expect(step('G', 'G.5', { ...critical, facts: { resolutionDate: '2026-03-02' } }).state).toBe('blocked');
  });

  it('steps are nested by their numbering', () => {
    expect(step('F', 'F.4').depth).toBe(0);
    expect(step('F', 'F.4.a').depth).toBe(1);
    expect(step('G', 'G.5.b.i', critical).depth).toBe(2);
  });
});
