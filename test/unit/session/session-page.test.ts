/** The panel session (lib/session/transition.ts): page reads, failures, collapse, the clock, the end. */
import { describe, expect, it } from 'vitest';
import { panelContent } from '../../../lib/session/panel-content';
import { initialSessionState } from '../../../lib/session/session-state';
import { backgroundContext, firstRead, fixture, laterRead, startSession, withFacts } from './session-driver';

const UNREACHABLE = 'CTM Assist’s background worker did not answer; reload the page to track this case.';

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

  it('docks and says by name that the page could not be read when the very first read fails, with no complaint named and nothing reported', () => {
    const session = startSession();
    expect(session.send({ type: 'pageReadFailed', name: 'TypeError' }).map((e) => e.type)).toEqual(['dock', 'draw']);
    expect(session.shown()).toEqual({ collapsed: false, complaintId: undefined, body: { kind: 'readFailure', name: 'TypeError' } });
    expect(session.reports()).toEqual([]);
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

describe('before a complaint page is read', () => {
  it('shows nothing: the clock and the toggle draw no panel', () => {
    const session = startSession();
    expect(session.send({ type: 'clockTicked' })).toEqual([]);
    expect(session.send({ type: 'collapseToggled' })).toEqual([]);
  });

  it('the panel would be empty', () => {
    expect(panelContent(initialSessionState())).toEqual({ collapsed: false, complaintId: undefined, body: { kind: 'empty' } });
  });

  it('a tick, pick, path or settled note changes, saves and reports nothing', () => {
    const session = startSession();
    expect(session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true })).toEqual([]);
    expect(session.send({ type: 'scenarioPicked', letter: 'H' })).toEqual([]);
    expect(session.send({ type: 'branchConfirmed', branch: 'critical' })).toEqual([]);
    expect(session.send({ type: 'noteSettled', text: 'Called the pharmacy.' })).toEqual([]);
    // The first read shows the case as the page has it.
    session.send(firstRead(fixture('scenario-d.html')));
    expect(session.shownCase().evaluation.active).toBe('D');
    expect(session.stepState('D.1.b')).toBe('todo');
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

  it('gives no warning next to the close control for a case set to close whose scenario lets it close (SOP E)', () => {
    const session = startSession();
    session.send(firstRead(withFacts(fixture('scenario-e.html'), { resolutionDate: '2026-12-03' })));
    expect(session.shownCase().evaluation.active).toBe('E');
    expect(session.shown().keepOpenInline).toBeUndefined();
  });

  it('asks before saving by the page read at that moment, without the pick made for the complaint shown before', () => {
    const session = startSession();
    const open = withFacts(fixture('summary-dl.html'), { resolutionDate: undefined, disposition: 'open' });
    session.send(firstRead(open));
    // The caseworker works this complaint as E, which may close.
    session.send({ type: 'scenarioPicked', letter: 'E' });
    expect(session.saveQuestion(fixture('summary-dl.html'))).toBeUndefined();
    // The form now shows another complaint, set to close: its own scenario (A, keep open) decides.
    expect(session.saveQuestion(withFacts(fixture('summary-dl.html'), { complaintId: '4100999' }))).toMatch(/^The SOP says do NOT close this case in CTM \(Scenario A/);
  });

  it('asks before the form is saved while the page, read at that moment, is set to close a keep-open case', () => {
    const session = startSession();
    session.send(firstRead(withFacts(fixture('summary-dl.html'), { resolutionDate: undefined, disposition: 'open' })));
    expect(session.saveQuestion(withFacts(fixture('summary-dl.html'), { resolutionDate: undefined, disposition: 'open' }))).toBeUndefined();
    expect(session.saveQuestion(fixture('summary-dl.html'))).toMatch(/^The SOP says do NOT close this case in CTM \(Scenario A.*Submit anyway\?$/);
  });
});

describe('a panel taken away and brought back', () => {
  it('asks the background again after a failed report, even though a retry was waiting when the panel went', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    expect(session.answerReport({ problem: UNREACHABLE }).filter((e) => e.type === 'retryReportIn')).toHaveLength(1);
    session.send({ type: 'pageNotCase' }); // the shell drops the retry timer with the panel

    session.send(firstRead(withFacts(fixture('scenario-d.html'), { complaintId: '4100999' })));
    expect(session.answerReport({ problem: UNREACHABLE }).find((e) => e.type === 'retryReportIn')).toEqual({ type: 'retryReportIn', ms: 2_000 });
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
