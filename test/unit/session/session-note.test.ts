/** The panel session (lib/session/transition.ts): the note text's one way in. */
import { describe, expect, it } from 'vitest';
import { EE_PHRASE } from '../../../lib/sop/scenarios/h';
import { firstRead, fixture, laterRead, startSession, withFacts } from './session-driver';

const TYPED = 'Spoke with the pharmacy about the claim on 12/01/2026.';

describe('the note', () => {
  it('moves the checklist once typing settles, and is never sent to the background', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    expect(session.stepState('D.1.c')).toBe('todo');

    session.send({ type: 'noteSettled', text: TYPED });
    expect(session.stepState('D.1.c')).toBe('done');
    expect(session.reports()).toHaveLength(1);
    expect(JSON.stringify(session.reports())).not.toContain('pharmacy');
  });

  it('keeps what the caseworker typed when a partial postback brings a page read with older note text', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'noteSettled', text: TYPED });

    // Another part of the form re-rendered; the read still carries the note as it was (empty).
    session.send(laterRead({ ...fixture('scenario-d.html'), currentEntry: '' }));
    expect(session.stepState('D.1.c')).toBe('done');
    expect(session.shownCase().snapshot.currentEntry).toBe(TYPED);

    // Clearing the note counts, through the note.
    session.send({ type: 'noteSettled', text: '' });
    expect(session.stepState('D.1.c')).toBe('todo');
  });

  it('takes the text of a note box the form re-rendered: that box is the note from then on', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'noteSettled', text: TYPED });

    session.send({ type: 'pageRead', snapshot: fixture('scenario-d.html'), note: { box: 'new', text: '' } });
    expect(session.stepState('D.1.c')).toBe('todo');
  });

  it('goes by the page as read on the read that finds a note box, and lays the box text over only later reads of that same box', () => {
    const session = startSession();
    session.send({ type: 'pageRead', snapshot: { ...fixture('scenario-d.html'), currentEntry: 'Note as the page reads it.' }, note: { box: 'new', text: TYPED } });
    expect(session.shownCase().snapshot.currentEntry).toBe('Note as the page reads it.');

    session.send(laterRead({ ...fixture('scenario-d.html'), currentEntry: '' }));
    expect(session.shownCase().snapshot.currentEntry).toBe(TYPED);
  });

  it('says the note cannot be checked on a page without a note box, and goes by the text the page shows', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'noteSettled', text: TYPED });

    session.send({ type: 'pageRead', snapshot: { ...fixture('scenario-d.html'), currentEntry: 'Notes shown as text.' }, note: { box: 'none' } });
    expect(session.shownCase().hasNoteBox).toBe(false);
    expect(session.shownCase().snapshot.currentEntry).toBe('Notes shown as text.');
  });

  it('says a note too long to check is too long, and checks it again once it is short enough', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'noteSettled', text: 'x'.repeat(20_001) });
    expect(session.shownCase().snapshot.malformed.map((m) => m.key)).toContain('currentEntry');
    expect(session.stepState('D.1.c')).toBe('todo');

    session.send({ type: 'noteSettled', text: TYPED });
    expect(session.shownCase().snapshot.malformed.map((m) => m.key)).not.toContain('currentEntry');
    expect(session.stepState('D.1.c')).toBe('done');
  });

  it('keeps the text that was in the note box when the panel came, when a later read carries it stale', () => {
    const session = startSession();
    session.send({ type: 'pageRead', snapshot: { ...fixture('scenario-d.html'), currentEntry: TYPED }, note: { box: 'new', text: TYPED } });
    session.send(laterRead({ ...fixture('scenario-d.html'), currentEntry: '' }));
    expect(session.shownCase().snapshot.currentEntry).toBe(TYPED);
    expect(session.stepState('D.1.c')).toBe('done');
  });

  it('forgets the typed text once the page shows no note box: the note box read after that goes by the page', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-d.html')));
    session.send({ type: 'noteSettled', text: TYPED });
    session.send({ type: 'pageRead', snapshot: { ...fixture('scenario-d.html'), currentEntry: '' }, note: { box: 'none' } });

    const page = { ...fixture('scenario-d.html'), currentEntry: 'Notes as the page has them.' };
    session.send(laterRead(page));
    expect(session.shownCase().snapshot.currentEntry).toBe('Notes as the page has them.');
    expect(session.saveQuestion(page)).toBeUndefined();
  });

  it('a note that names another scenario moves the case to it and reports the new scenario (SOP H.1.a)', () => {
    const session = startSession();
    session.send(firstRead(fixture('scenario-e.html')));
    expect(session.shownCase().evaluation.active).toBe('E');

    const effects = session.send({ type: 'noteSettled', text: `Logged as ${EE_PHRASE}.` });
    expect(session.shownCase().evaluation.active).toBe('H');
    expect(effects.map((e) => e.type)).toEqual(['draw', 'report']);
    expect(session.reports()[1]?.scenario).toBe('H');
  });
});

describe('the question before the form is saved', () => {
  const closing = withFacts(fixture('scenario-e.html'), { resolutionDate: '2026-12-03' });

  it('goes by the note as typed, not as the page read at that moment has it (SOP H keep open)', () => {
    const session = startSession();
    session.send(firstRead(closing));
    expect(session.saveQuestion(closing)).toBeUndefined();
    session.send({ type: 'noteSettled', text: `Logged as ${EE_PHRASE}.` });
    // The read at the save moment still carries the note as the page first had it.
    expect(session.saveQuestion(closing)).toMatch(/^The SOP says do NOT close this case in CTM \(Scenario H/);
  });

  it('goes by the page’s own note text on a page without a note box', () => {
    const session = startSession();
    const noted = { ...closing, currentEntry: `Logged as ${EE_PHRASE}.` };
    session.send({ type: 'pageRead', snapshot: noted, note: { box: 'none' } });
    expect(session.saveQuestion(noted)).toMatch(/^The SOP says do NOT close this case in CTM \(Scenario H/);
    expect(session.saveQuestion(closing)).toBeUndefined();
  });
});
