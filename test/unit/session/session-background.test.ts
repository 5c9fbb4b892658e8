/** The panel session (lib/session/transition.ts): the background's answers, late, failed or never. */
import { describe, expect, it } from 'vitest';
import type { PanelDeadline } from '../../../lib/messages';
import { backgroundContext, firstRead, fixture, laterRead, startSession, withFacts } from './session-driver';

const due = (reason: string): PanelDeadline => ({ ok: false, reason });
const UNREACHABLE = 'CTM Assist’s background worker did not answer; reload the page to track this case.';

describe('settings and the due moment from the background', () => {
  it('settings arriving after the first draw move the suggestion and the note’s findings', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-b.html')));
    // First paint: the default settings. The summary names H5678, which is not known as the plan's own.
    expect(session.shownCase().evaluation.active).toBe('A');

    const effects = session.answerReport(backgroundContext({ settings: { schemaVersion: 1, organization: 'Plan A', contracts: ['H5678'] } }));
    // H5678 is one of the plan's own contracts: another contract of the same plan (B).
    expect(session.shownCase().evaluation.active).toBe('B');
    expect(session.shownCase().context?.settings.organization).toBe('Plan A');
    expect(session.shownCase().evaluation.lint.ownContracts).toEqual(['H5678']);
    expect(effects.map((e) => e.type)).toEqual(['draw', 'relintNote']);
  });

  it('the background’s due moment replaces the one from the page, and its problems show', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.answerReport(backgroundContext({ deadline: due('from the background'), settingsProblem: 'The plan settings could not be read.' }));
    expect(session.shownCase().context?.deadline).toEqual(due('from the background'));
    expect(session.shownCase().problems).toEqual(['The plan settings could not be read.']);
  });

  it('the saved progress comes with the answer', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.answerReport(backgroundContext({ progress: { ticks: { 'D.1.b': true }, picked: 'H' } }));
    expect(session.shownCase().evaluation.active).toBe('H');
  });
});

describe('answers that come late', () => {
  it('an answer about the complaint the page showed before brings its settings, not its progress, due moment or tracking problem', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send(laterRead(withFacts(fixture('scenario-d.html'), { complaintId: '4100999' })));
    expect(session.reports().map((r) => r.facts.complaintId)).toEqual(['4100404', '4100999']);

    session.answerReport(
      backgroundContext({
        settings: { schemaVersion: 1, organization: 'Plan A' },
        progress: { ticks: { 'D.1.b': true }, picked: 'H' },
        deadline: due('4100404'),
        trackingProblem: 'Complaint 4100404 could not be tracked.',
      }),
    );
    const shown = session.shownCase();
    expect(session.shown().complaintId).toBe('4100999');
    expect(shown.evaluation.active).toBe('D');
    expect(session.stepState('D.1.b')).toBe('todo');
    expect(shown.context?.deadline).toBeUndefined(); // the page's own due moment shows
    expect(shown.problems).toEqual([]);
    expect(shown.context?.settings.organization).toBe('Plan A');

    session.answerReport(backgroundContext({ deadline: due('4100999') }));
    expect(session.shownCase().context?.deadline).toEqual(due('4100999'));
  });

  it('an answer older than the one shown is dropped, a failed one too', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send(laterRead(withFacts(fixture('scenario-d.html'), { assignedDate: '2026-12-01' })));
    const [older, newer] = session.reports();

    session.answerReport(backgroundContext({ deadline: due('assigned 12/01') }), newer);
    session.answerReport(backgroundContext({ deadline: due('as first read') }), older);
    expect(session.shownCase().context?.deadline).toEqual(due('assigned 12/01'));
    expect(session.answerReport({ problem: UNREACHABLE }, older)).toEqual([]);
    expect(session.shownCase().problems).toEqual([]);
  });

  it('a report still on its way is not sent again when the answer to an older one comes first', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send(laterRead(withFacts(fixture('scenario-d.html'), { assignedDate: '2026-12-01' })));
    const [older] = session.reports();
    session.answerReport(backgroundContext(), older);

    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    expect(session.reports()).toHaveLength(2);
  });
});

describe('a background that does not answer', () => {
  it('is asked again after 1, 2, 4, 8 and 16 s, then no more, and the panel says so', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    const waits: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const effects = session.answerReport({ problem: UNREACHABLE });
      expect(session.shownCase().problems).toEqual([UNREACHABLE]);
      const retry = effects.find((e) => e.type === 'retryReportIn');
      if (!retry) break;
      waits.push(retry.ms);
      const again = session.send({ type: 'reportRetryDue' });
      expect(again.map((e) => e.type)).toEqual(['report']);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    expect(session.reports()).toHaveLength(6);
    // The caseworker still works the case from the page.
    expect(session.shownCase().evaluation.active).toBe('D');
  });

  it('keeps one retry waiting at a time, and starts counting again after an answer', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    expect(session.answerReport({ problem: UNREACHABLE }).filter((e) => e.type === 'retryReportIn')).toHaveLength(1);
    // The page changed meanwhile: a new report, which fails too; the retry already waiting covers it.
    session.send(laterRead(withFacts(fixture('scenario-d.html'), { assignedDate: '2026-12-01' })));
    expect(session.answerReport({ problem: UNREACHABLE }).filter((e) => e.type === 'retryReportIn')).toEqual([]);

    session.send({ type: 'reportRetryDue' });
    session.answerReport(backgroundContext());
    expect(session.shownCase().problems).toEqual([]);

    session.send(laterRead(withFacts(fixture('scenario-d.html'), { assignedDate: '2026-12-02' })));
    expect(session.answerReport({ problem: UNREACHABLE }).find((e) => e.type === 'retryReportIn')).toEqual({ type: 'retryReportIn', ms: 1_000 });
  });

  it('an answer without the policy yet shows, and the page asks again until the full answer comes', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    const provisional = session.answerReport(backgroundContext({ policyPending: true, deadline: due('without the policy') }));
    expect(session.shownCase().context?.deadline).toEqual(due('without the policy'));
    expect(provisional.find((e) => e.type === 'retryReportIn')).toEqual({ type: 'retryReportIn', ms: 1_000 });

    session.send({ type: 'reportRetryDue' });
    expect(session.reports()).toHaveLength(2);
    const full = session.answerReport(backgroundContext({ policyKeys: ['timeZone'], deadline: due('with the policy') }));
    expect(full.filter((e) => e.type === 'retryReportIn')).toEqual([]);
    expect(session.shownCase().context?.deadline).toEqual(due('with the policy'));

    session.send(laterRead(fixture('scenario-d.html')));
    expect(session.reports()).toHaveLength(2);
  });
});
