import { describe, expect, it } from 'vitest';
import {
  createEditStore,
  describeDraftChanges,
  diffLines,
  keepEdit,
  recordEdit,
  viewOfEdit,
} from '../../../lib/email/draft-edit';

const withoutSettings = 'Hello,\n\nComplaint ID 4100606, caseworker in CTM: Jordan Lee\n\nPlan: [Plan name], contract [Contract number]\n\nThank you,\n[Your name]';
const withSettings = 'Hello,\n\nComplaint ID 4100606, caseworker in CTM: Jordan Lee\n\nPlan: Acme Health Plan, contract S1234\n\nThank you,\nRiley Supervisor';
const mine = `${withoutSettings}\n\nP.S. The member called twice.`;

describe('an email edit against its draft', () => {
  it('shows the draft while the caseworker has not typed', () => {
    expect(viewOfEdit(undefined, withSettings)).toEqual({ body: withSettings, edited: false });
  });

  it('shows the caseworker’s text while the draft is the one they edited', () => {
    const edit = recordEdit(undefined, withoutSettings, mine);
    expect(viewOfEdit(edit, withoutSettings)).toEqual({ body: mine, edited: true });
  });

  it('late settings load: keeps the caseworker’s text and says which draft lines changed', () => {
    const edit = recordEdit(undefined, withoutSettings, mine);
    const view = viewOfEdit(edit, withSettings);
    expect(view.body).toBe(mine);
    expect(describeDraftChanges(view.draftChanges!)).toEqual([
      'Line 5 now reads “Plan: Acme Health Plan, contract S1234” (was “Plan: [Plan name], contract [Contract number]”).',
      'Line 8 now reads “Riley Supervisor” (was “[Your name]”).',
    ]);
  });

  it('the caseworker on the page changes: the edit is kept, the changed line named', () => {
    const before = withSettings;
    const after = withSettings.replace('Jordan Lee', 'Pat Kim');
    const view = viewOfEdit(recordEdit(undefined, before, `${before}\nThanks!`), after);
    expect(view.body).toBe(`${before}\nThanks!`);
    expect(describeDraftChanges(view.draftChanges!)).toEqual([
      'Line 3 now reads “Complaint ID 4100606, caseworker in CTM: Pat Kim” (was “Complaint ID 4100606, caseworker in CTM: Jordan Lee”).',
    ]);
  });

  it('typing more while the change is unanswered keeps the question open', () => {
    const edit = recordEdit(undefined, withoutSettings, mine);
    const more = recordEdit(edit, withSettings, `${mine}!`);
    expect(viewOfEdit(more, withSettings)).toMatchObject({ body: `${mine}!`, edited: true });
    expect(viewOfEdit(more, withSettings).draftChanges).toHaveLength(2);
  });

  it('“Keep mine” keeps the text and ends the question until the draft changes again', () => {
    const kept = keepEdit(recordEdit(undefined, withoutSettings, mine)!, withSettings);
    expect(viewOfEdit(kept, withSettings)).toEqual({ body: mine, edited: true });
    const again = viewOfEdit(kept, withSettings.replace('S1234', 'H5678'));
    expect(again.body).toBe(mine);
    expect(describeDraftChanges(again.draftChanges!)).toEqual([
      'Line 5 now reads “Plan: Acme Health Plan, contract H5678” (was “Plan: Acme Health Plan, contract S1234”).',
    ]);
  });

  it('an edit typed back to the very draft is no edit: the draft is followed again', () => {
    const edit = recordEdit(recordEdit(undefined, withoutSettings, mine), withoutSettings, withoutSettings);
    expect(edit).toBeUndefined();
    expect(viewOfEdit(edit, withSettings)).toEqual({ body: withSettings, edited: false });
  });

  it('a draft that changes to what the caseworker wrote asks nothing', () => {
    const edit = recordEdit(undefined, withoutSettings, withSettings);
    expect(viewOfEdit(edit, withSettings)).toEqual({ body: withSettings, edited: false });
  });

  it('text typed to read as the new draft, while its change is unanswered, stays the caseworker’s when the draft changes again', () => {
    const edit = recordEdit(undefined, withoutSettings, mine);
    const typedAsNew = recordEdit(edit, withSettings, withSettings);
    expect(typedAsNew).toEqual({ base: withoutSettings, text: withSettings });
    const later = withSettings.replace('S1234', 'H5678');
    expect(viewOfEdit(typedAsNew, later)).toMatchObject({ body: withSettings, edited: true });
  });

  it('“Keep mine” with the caseworker’s text equal to the new draft leaves no edit', () => {
    expect(keepEdit({ base: withoutSettings, text: withSettings }, withSettings)).toBeUndefined();
  });

  it('a draft that changes back to the one edited asks nothing', () => {
    const edit = recordEdit(undefined, withoutSettings, mine);
    expect(viewOfEdit(edit, withoutSettings).draftChanges).toBeUndefined();
  });
});

describe('draft line differences', () => {
  it('names added and removed lines, and empty lines as such', () => {
    expect(describeDraftChanges(diffLines('a\nb\nc', 'a\nc\nd\n'))).toEqual([
      'A line was taken out: “b”.',
      'Line 3 is new: “d”.',
      'Line 4 is new: an empty line.',
    ]);
  });

  it('pairs a replaced block line by line, the surplus as added', () => {
    expect(diffLines('x\nold 1\ny', 'x\nnew 1\nnew 2\ny')).toEqual([
      { kind: 'changed', line: 2, was: 'old 1', now: 'new 1' },
      { kind: 'added', line: 3, now: 'new 2' },
    ]);
  });

  it('a line moved up reads as new at its new place and taken out at its old one', () => {
    expect(diffLines('x\ny', 'y\nx')).toEqual([
      { kind: 'added', line: 1, now: 'y' },
      { kind: 'removed', was: 'y' },
    ]);
  });

  it('a first line taken out is the only change named', () => {
    expect(diffLines('Hello,\nThank you,', 'Thank you,')).toEqual([{ kind: 'removed', was: 'Hello,' }]);
    expect(describeDraftChanges(diffLines('Hello,\nThank you,', 'Thank you,'))).toEqual(['A line was taken out: “Hello,”.']);
  });

  it('a first line put in is the only change named', () => {
    expect(diffLines('Thank you,', 'Hello,\nThank you,')).toEqual([{ kind: 'added', line: 1, now: 'Hello,' }]);
  });

  it('two lines taken out above the last: only those two are named', () => {
    expect(diffLines('Hello,\n\nThank you,', 'Thank you,')).toEqual([
      { kind: 'removed', was: 'Hello,' },
      { kind: 'removed', was: '' },
    ]);
  });

  it('a line emptied above an empty line reads as that line changed', () => {
    expect(diffLines('P.S. Call back today.\n', '\n')).toEqual([{ kind: 'changed', line: 1, was: 'P.S. Call back today.', now: '' }]);
  });

  it('keeps the unchanged lines between two changes out of the list', () => {
    expect(diffLines('a\nb\nc\nd\ne', 'a\nB\nc\nd\nE')).toEqual([
      { kind: 'changed', line: 2, was: 'b', now: 'B' },
      { kind: 'changed', line: 5, was: 'e', now: 'E' },
    ]);
  });

  it('calls a line of only spaces an empty line', () => {
    expect(describeDraftChanges([{ kind: 'removed', was: '   ' }, { kind: 'added', line: 2, now: '\t' }])).toEqual([
      'A line was taken out: an empty line.',
      'Line 2 is new: an empty line.',
    ]);
  });

  it('finds nothing between equal drafts', () => {
    expect(diffLines(withSettings, withSettings)).toEqual([]);
  });
});

describe('the edit store', () => {
  it('keeps an edit per key and forgets it when set to nothing', () => {
    const store = createEditStore();
    store.set('4100606\nF-will-not-close', { base: 'a', text: 'b' });
    expect(store.get('4100606\nF-will-not-close')).toEqual({ base: 'a', text: 'b' });
    expect(store.get('4100707\nF-will-not-close')).toBeUndefined();
    store.set('4100606\nF-will-not-close', undefined);
    expect(store.get('4100606\nF-will-not-close')).toBeUndefined();
  });
});
