/**
 * Drives the pure panel session (lib/session/) the way its shell does, and says what the panel
 * would show and what would be sent: the tests read those, not the state's fields.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaseSnapshot } from '../../../lib/case';
import type { CaseContext, CaseProgress } from '../../../lib/messages';
import { readCase, withCurrentEntry } from '../../../lib/page/read-case';
import { initialSessionState, type PanelContent, type SessionEffect, type SessionEvent } from '../../../lib/session/session-state';
import { saveQuestion, transition } from '../../../lib/session/transition';
import { parseHtml } from '../parse-html';

const env = { withCurrentEntry };
const snapshots = new Map<string, CaseSnapshot>();

/** A complaint fixture as the page reader gets it (test/fixtures/ctm/). */
export function fixture(file: string): CaseSnapshot {
  let snapshot = snapshots.get(file);
  if (!snapshot) {
    const doc = parseHtml(readFileSync(resolve(__dirname, '../../fixtures/ctm', file), 'utf8'));
    const read = readCase(doc.body);
    if (!read.recognized) throw new Error(`${file} is not a complaint page`);
    snapshot = read.snapshot;
    snapshots.set(file, snapshot);
  }
  return snapshot;
}

/** The same page showing another complaint, or other facts. */
export function withFacts(snapshot: CaseSnapshot, facts: Partial<CaseSnapshot['facts']>): CaseSnapshot {
  return { ...snapshot, facts: { ...snapshot.facts, ...facts } };
}

/** A read of a page whose note box the session has not seen. */
export function firstRead(snapshot: CaseSnapshot): SessionEvent {
  return { type: 'pageRead', snapshot, note: { box: 'new', text: snapshot.currentEntry ?? '' } };
}

/** A later read of the same page and note box. */
export function laterRead(snapshot: CaseSnapshot): SessionEvent {
  return { type: 'pageRead', snapshot, note: { box: 'same' } };
}

export function backgroundContext(context: Partial<CaseContext> = {}): CaseContext {
  return { settings: { schemaVersion: 1 }, progress: { ticks: {} }, ...context };
}

type Report = Extract<SessionEffect, { type: 'report' }>;
type Save = Extract<SessionEffect, { type: 'save' }>;

export function startSession() {
  let state = initialSessionState();
  const effects: SessionEffect[] = [];
  let answeredReports = 0;
  let answeredSaves = 0;

  const session = {
    /** Feeds one event; returns the effects it asked for. */
    send(event: SessionEvent): SessionEffect[] {
      const step = transition(state, event, env);
      state = step.state;
      effects.push(...step.effects);
      return step.effects;
    },
    /** What the panel shows now (its last draw). */
    shown(): PanelContent {
      const draws = effects.filter((e): e is Extract<SessionEffect, { type: 'draw' }> => e.type === 'draw');
      const last = draws[draws.length - 1];
      if (!last) throw new Error('the panel was never drawn');
      return last.panel;
    },
    /** The case as the panel shows it; fails when it shows something else. */
    shownCase() {
      const { body } = session.shown();
      if (body.kind !== 'case') throw new Error(`the panel shows ${body.kind}`);
      return body;
    },
    stepState(stepId: string) {
      return session.shownCase().evaluation.steps.find((s) => s.id === stepId)?.state;
    },
    reports: (): Report[] => effects.filter((e): e is Report => e.type === 'report'),
    saves: (): Save[] => effects.filter((e): e is Save => e.type === 'save'),
    effectsOf: (type: SessionEffect['type']) => effects.filter((e) => e.type === type),
    /** Answers the oldest report not answered yet (or the one given). */
    answerReport(answer: CaseContext | { problem: string }, report = session.reports()[answeredReports++]): SessionEffect[] {
      if (!report) throw new Error('no report to answer');
      return session.send({ type: 'reportAnswered', sent: report.sent, answer: 'problem' in answer ? { ok: false, problem: answer.problem } : { ok: true, value: answer } });
    },
    /** Answers the oldest save not answered yet (or the one given). */
    answerSave(answer: CaseProgress | { problem: string }, save = session.saves()[answeredSaves++]): SessionEffect[] {
      if (!save) throw new Error('no save to answer');
      return session.send({ type: 'saveAnswered', save: save.save, answer: 'problem' in answer ? { ok: false, problem: answer.problem } : { ok: true, value: answer } });
    },
    saveQuestion: (snapshot: CaseSnapshot) => saveQuestion(state, snapshot, env),
  };
  return session;
}
