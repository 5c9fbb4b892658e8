/** The panel session (lib/session/transition.ts): the caseworker's pick, ticks and path, and their saves. */
import { describe, expect, it } from 'vitest';
import { backgroundContext, firstRead, fixture, laterRead, startSession, withFacts } from './session-driver';

describe('ticks and picks', () => {
  it('shows a tick at once and saves it under the complaint', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    expect(session.stepState('D.1.b')).toBe('done');
    expect(session.saves().map((s) => s.save)).toEqual([{ kind: 'tick', complaintId: '4100404', stepId: 'D.1.b', done: true }]);
    // A tick is not news for the tracked case: no report.
    expect(session.reports()).toHaveLength(1);

    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: false });
    expect(session.stepState('D.1.b')).toBe('todo');
  });

  it('works a picked scenario at once, reports it and saves the pick', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    const effects = session.send({ type: 'scenarioPicked', letter: 'H' });
    expect(session.shownCase().evaluation.active).toBe('H');
    expect(effects.map((e) => e.type)).toEqual(['draw', 'report', 'save']);
    expect(session.reports()[1]?.scenario).toBe('H');
    expect(session.saves()[0]?.save).toEqual({ kind: 'pick', complaintId: '4100404', letter: 'H' });
  });

  it('keeps ticks and picks on the page, unsaved, when the page has no usable complaint ID', () => {
    const session = startSession();
    session.send(firstRead(withFacts(fixture('scenario-d.html'), { complaintId: undefined })));
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    session.send({ type: 'scenarioPicked', letter: 'H' });
    expect(session.shownCase().evaluation.active).toBe('H');
    expect(session.saves()).toEqual([]);
  });

  it('shows the saved progress the background answers with', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    session.answerSave({ ticks: { 'D.1.b': true, 'D.5': true } });
    expect(session.stepState('D.5')).toBe('done');
  });

  it('does not report the case again once a tick is saved: a tick is not news for the tracked case', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.answerReport(backgroundContext());
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    session.answerSave({ ticks: { 'D.1.b': true } });
    expect(session.stepState('D.1.b')).toBe('done');
    expect(session.reports()).toHaveLength(1);
  });

  it('says in the panel when a save failed, and keeps the tick on the page', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    session.answerSave({ problem: 'CTM Assist could not save: the browser’s storage is full.' });
    expect(session.shownCase().problems).toEqual(['CTM Assist could not save: the browser’s storage is full.']);
    expect(session.stepState('D.1.b')).toBe('done');
  });
});

describe('saves and answers that cross', () => {
  it('a save answering after a newer tick does not undo the newer tick', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    session.send({ type: 'stepTicked', stepId: 'D.5', done: true });

    session.answerSave({ ticks: { 'D.1.b': true } });
    expect(session.stepState('D.5')).toBe('done');

    session.answerSave({ ticks: { 'D.1.b': true, 'D.5': true } });
    expect(session.stepState('D.1.b')).toBe('done');
    expect(session.stepState('D.5')).toBe('done');
  });

  it('a report answer with the progress from before a tick does not undo the tick while it is being saved', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });

    session.answerReport(backgroundContext({ progress: { ticks: {} } }));
    expect(session.stepState('D.1.b')).toBe('done');
    session.answerSave({ ticks: { 'D.1.b': true } });
    expect(session.stepState('D.1.b')).toBe('done');
  });

  it('a report sent before a pick, answered after the pick was saved, does not undo the pick', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'scenarioPicked', letter: 'I' });
    expect(session.shownCase().evaluation.active).toBe('I');

    session.answerSave({ picked: 'I', ticks: {} });
    // The first report's answer: the background read the progress before the pick was saved.
    session.answerReport(backgroundContext({ progress: { ticks: {} } }), session.reports()[0]);
    expect(session.shownCase().evaluation.active).toBe('I');
    expect(session.stepState('I.2')).toBe('todo');
  });

  it('of two ticks on their way, the first one’s answer leaves the second for the report answers to come', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.answerReport(backgroundContext());
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    session.send({ type: 'stepTicked', stepId: 'D.5', done: true });
    session.send(laterRead(withFacts(fixture('scenario-d.html'), { assignedDate: '2026-12-01' })));

    session.answerSave({ ticks: { 'D.1.b': true } });
    // The background read the progress before the second tick was stored; that save is still on its way.
    session.answerReport(backgroundContext({ progress: { ticks: { 'D.1.b': true } } }));
    expect(session.stepState('D.5')).toBe('done');
  });

  it('a report sent after a tick, answered with the progress from before it while its save is on its way, does not undo the tick', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.answerReport(backgroundContext());
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    session.send(laterRead(withFacts(fixture('scenario-d.html'), { assignedDate: '2026-12-01' })));

    session.answerReport(backgroundContext({ progress: { ticks: {} } }));
    expect(session.stepState('D.1.b')).toBe('done');
  });

  it('a report sent after the saves were answered shows the progress the background has', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.answerReport(backgroundContext());
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    session.answerSave({ ticks: { 'D.1.b': true } });
    session.send(laterRead(withFacts(fixture('scenario-d.html'), { assignedDate: '2026-12-01' })));

    // Ticked in another tab meanwhile.
    session.answerReport(backgroundContext({ progress: { ticks: { 'D.1.b': true, 'D.5': true } } }));
    expect(session.stepState('D.5')).toBe('done');
  });

  it('a late answer about the complaint shown before leaves the ticks on a page without a complaint ID', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send(laterRead(withFacts(fixture('scenario-d.html'), { complaintId: undefined })));
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });

    session.answerReport(backgroundContext({ progress: { ticks: {} } }));
    expect(session.stepState('D.1.b')).toBe('done');
  });

  it('the answer to the report of a page without a complaint ID leaves its ticks, which are kept only there', () => {
    const session = startSession();
    session.send(firstRead(withFacts(fixture('scenario-d.html'), { complaintId: undefined })));
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });

    session.answerReport(backgroundContext({ progress: { ticks: {} } }));
    expect(session.stepState('D.1.b')).toBe('done');
  });

  it('a save answered after the page moved to another complaint leaves that complaint alone', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });

    session.send(laterRead(withFacts(fixture('scenario-d.html'), { complaintId: '4100999' })));
    expect(session.shown().complaintId).toBe('4100999');
    expect(session.stepState('D.1.b')).toBe('todo');

    session.answerSave({ ticks: { 'D.1.b': true } });
    expect(session.stepState('D.1.b')).toBe('todo');
  });
});

describe('the path of a branched scenario (G)', () => {
  it('is saved before the report that carries it, shown at once, and reported again once saved', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-g.html')));
    session.answerReport(backgroundContext());

    const effects = session.send({ type: 'branchConfirmed', branch: 'critical' });
    expect(effects.map((e) => e.type)).toEqual(['save', 'draw', 'report']);
    expect(session.saves()[0]?.save).toEqual({ kind: 'branch', complaintId: '4100808', branch: 'critical' });
    expect(session.shownCase().evaluation.branch.confirmed).toBe('critical');
    session.answerReport(backgroundContext({ progress: { ticks: {}, branch: 'critical' } }));

    // The background copies the saved path to the tracked case when the page reports again.
    session.answerSave({ ticks: {}, branch: 'critical', branchAt: 1 });
    expect(session.reports()).toHaveLength(3);
    expect(session.shownCase().evaluation.branch.confirmed).toBe('critical');
  });

  it('is shown but not saved on a page without a complaint ID', () => {
    const session = startSession();
    session.send(firstRead(withFacts(fixture('scenario-g.html'), { complaintId: undefined })));
    session.send({ type: 'branchConfirmed', branch: 'critical' });
    expect(session.shownCase().evaluation.branch.confirmed).toBe('critical');
    expect(session.saves()).toEqual([]);
  });

  it('is withdrawn at once, and CTM Assist’s suggestion shows again', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-g.html')));
    session.send({ type: 'branchConfirmed', branch: 'non-critical' });
    expect(session.shownCase().evaluation.branch.confirmed).toBe('non-critical');
    session.send({ type: 'branchConfirmed', branch: null });
    expect(session.shownCase().evaluation.branch.confirmed).toBeUndefined();
    expect(session.saves().map((s) => s.save)).toEqual([
      { kind: 'branch', complaintId: '4100808', branch: 'non-critical' },
      { kind: 'branch', complaintId: '4100808', branch: null },
    ]);
  });
});
