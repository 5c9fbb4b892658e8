/** The panel session (lib/session/transition.ts): page reads, failures, collapse, the clock, the end. */
import { describe, expect, it } from 'vitest';
import { backgroundContext, firstRead, fixture, laterRead, startSession, withFacts } from './session-driver';

describe('a page read', () => {
  it('docks and draws the case from the page before the background answers, and reports its facts once', () => {
    const session = startSession();
    const effects = session.send(firstRead(fixture('scenario-d.html')));
    expect(effects.map((e) => e.type)).toEqual(['dock', 'draw', 'report']);
    const shown = session.shownCase();
    expect(session.shown().complaintId).toBe('4100404');
    expect(shown.evaluation.active).toBe('D');
    // No answer yet: the due moment comes from the page (data-due-from="page").
    expect(shown.context?.deadline).toBeUndefined();
    expect(session.reports()).toHaveLength(1);
    expect(session.reports()[0]).toMatchObject({ facts: { complaintId: '4100404' }, scenario: 'D', unusable: [] });

    session.send(laterRead(fixture('scenario-d.html')));
    expect(session.reports()).toHaveLength(1);
  });

  it('reports again when a tracked fact changes', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.answerReport(backgroundContext());
    session.send(laterRead(withFacts(fixture('scenario-d.html'), { assignedDate: '2026-12-01' })));
    expect(session.reports()).toHaveLength(2);
    expect(session.reports()[1]?.facts.assignedDate).toBe('2026-12-01');
  });

  it('takes the panel away when the page is no longer a complaint page, and brings it back with the next one', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    expect(session.send({ type: 'pageNotCase' }).map((e) => e.type)).toEqual(['tearDown']);
    // Nothing is drawn while the panel is away.
    expect(session.send({ type: 'clockTicked' })).toEqual([]);
    expect(session.answerReport(backgroundContext()).filter((e) => e.type === 'draw')).toEqual([]);

    const back = session.send(firstRead(fixture('scenario-d.html')));
    expect(back.map((e) => e.type)).toContain('dock');
    expect(session.shownCase().evaluation.active).toBe('D');
  });

  it('says by name that the page could not be read, and shows the case again after a good read', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'pageReadFailed', name: 'TypeError' });
    expect(session.shown().body).toEqual({ kind: 'readFailure', name: 'TypeError' });
    expect(session.shown().keepOpenInline).toBeUndefined();

    session.send(laterRead(fixture('scenario-d.html')));
    expect(session.shownCase().evaluation.active).toBe('D');
  });

  it('says by name that the case could not be drawn, until a fresh read tries again', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'failed', name: 'RangeError' });
    expect(session.shown().body).toEqual({ kind: 'broken', name: 'RangeError' });
    // A background answer does not hide the failure…
    session.answerReport(backgroundContext());
    expect(session.shown().body.kind).toBe('broken');
    // …a fresh read of the page tries again.
    session.send(laterRead(fixture('scenario-d.html')));
    expect(session.shown().body.kind).toBe('case');
  });
});

describe('the panel around the case', () => {
  it('collapses and opens again on the toggle', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    expect(session.shown().collapsed).toBe(false);
    session.send({ type: 'collapseToggled' });
    expect(session.shown().collapsed).toBe(true);
    // A page read while collapsed keeps it collapsed.
    session.send(laterRead(fixture('scenario-d.html')));
    expect(session.shown().collapsed).toBe(true);
    session.send({ type: 'collapseToggled' });
    expect(session.shown().collapsed).toBe(false);
  });

  it('redraws every minute so the due moment counts down', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    expect(session.send({ type: 'clockTicked' }).map((e) => e.type)).toEqual(['draw']);
  });

  it('warns next to the close control while the SOP says leave the case open, and not while the page cannot be read', () => {
    const session = startSession();
    session.send(firstRead(fixture('summary-dl.html')));
    expect(session.shown().keepOpenInline).toMatch(/^Do not close: a resolution date is entered, but SOP Scenario A \(A\.3\) says leave this case open/);
    session.send({ type: 'pageReadFailed', name: 'TypeError' });
    expect(session.shown().keepOpenInline).toBeUndefined();
    session.send(laterRead(withFacts(fixture('summary-dl.html'), { resolutionDate: undefined, disposition: 'open' })));
    expect(session.shown().keepOpenInline).toBeUndefined();
  });

  it('asks before the form is saved while the page, read at that moment, is set to close a keep-open case', () => {
    const session = startSession();
    session.send(firstRead(withFacts(fixture('summary-dl.html'), { resolutionDate: undefined, disposition: 'open' })));
    expect(session.saveQuestion(withFacts(fixture('summary-dl.html'), { resolutionDate: undefined, disposition: 'open' }))).toBeUndefined();
    expect(session.saveQuestion(fixture('summary-dl.html'))).toMatch(/^The SOP says do NOT close this case in CTM \(Scenario A.*Submit anyway\?$/);
  });
});

describe('the end of the session', () => {
  it('tears down once, and nothing that comes later draws, sends or schedules anything', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    expect(session.send({ type: 'invalidated' }).map((e) => e.type)).toEqual(['tearDown']);

    expect(session.answerReport({ problem: 'no answer' })).toEqual([]);
    expect(session.answerSave({ ticks: {} })).toEqual([]);
    expect(session.send({ type: 'reportRetryDue' })).toEqual([]);
    expect(session.send({ type: 'noteSettled', text: 'Called the beneficiary.' })).toEqual([]);
    expect(session.send(laterRead(fixture('scenario-d.html')))).toEqual([]);
    expect(session.send({ type: 'invalidated' })).toEqual([]);
  });
});
