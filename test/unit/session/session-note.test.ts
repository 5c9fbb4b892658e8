/** The panel session (lib/session/transition.ts): the note text's one way in. */
import { describe, expect, it } from 'vitest';
import { firstRead, fixture, laterRead, startSession } from './session-driver';

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
});
