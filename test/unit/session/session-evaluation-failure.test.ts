/**
 * The panel session (lib/session/transition.ts) when the SOP evaluation throws. No page makes the
 * real evaluation fail, so lib/evaluate-case.ts is wrapped: it throws while `failure.error` is set.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backgroundContext, firstRead, fixture, laterRead, startSession, withFacts } from './session-driver';

const failure = vi.hoisted(() => ({ error: undefined as unknown }));

vi.mock('../../../lib/evaluate-case', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/evaluate-case')>();
  return {
    ...real,
    evaluateCase: (...args: Parameters<typeof real.evaluateCase>) => {
      if (failure.error !== undefined) throw failure.error;
      return real.evaluateCase(...args);
    },
  };
});

afterEach(() => {
  failure.error = undefined;
});

const assigned = (date: string) => withFacts(fixture('scenario-d.html'), { assignedDate: date });

describe('an evaluation that fails', () => {
  it('is shown by its name and logged quietly; something thrown that is not an Error shows as "error"', () => {
    const session = startSession();
    failure.error = new RangeError('quotes the page');
    const effects = session.send(firstRead(fixture('scenario-d.html')));
    expect(session.shown().body).toEqual({ kind: 'broken', name: 'RangeError' });
    expect(effects.map((e) => e.type)).toEqual(['dock', 'logQuietly', 'draw']);

    failure.error = 'a string';
    session.send(laterRead(fixture('scenario-d.html')));
    expect(session.shown().body).toEqual({ kind: 'broken', name: 'error' });
  });

  it('reports nothing: not the new facts with the last good evaluation, after a read, a tick or a settled note', () => {
    const session = startSession();
    session.send(firstRead(assigned('2026-12-01')));
    expect(session.reports()).toHaveLength(1);

    failure.error = new TypeError('x');
    session.send(laterRead(assigned('2026-12-02')));
    session.send({ type: 'stepTicked', stepId: 'D.1.b', done: true });
    session.send({ type: 'noteSettled', text: 'Called the pharmacy.' });
    expect(session.reports()).toHaveLength(1);
    expect(session.shown().body.kind).toBe('broken');

    // Once the evaluation works again, the read reports the new facts.
    failure.error = undefined;
    session.send(laterRead(assigned('2026-12-02')));
    expect(session.reports().map((r) => r.facts.assignedDate)).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('does not have the note checked again when the background answers', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    failure.error = new TypeError('x');
    const effects = session.answerReport(backgroundContext());
    expect(effects.map((e) => e.type)).toEqual(['logQuietly', 'draw']);
  });

  it('on the first read, followed by a page that cannot be read, shows that failure and reports nothing', () => {
    const session = startSession();
    failure.error = new TypeError('x');
    session.send(firstRead(fixture('scenario-d.html')));
    failure.error = undefined;
    expect(session.send({ type: 'pageReadFailed', name: 'SyntaxError' }).map((e) => e.type)).toEqual(['dock', 'draw']);
    expect(session.shown().body).toEqual({ kind: 'readFailure', name: 'SyntaxError' });
    expect(session.reports()).toEqual([]);
  });
});
