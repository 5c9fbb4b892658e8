/**
 * The caseworker's edit of an email body, kept against the draft it started from. The draft can
 * change under an edit (settings load late or change, the page changes); the edit is then kept
 * and the change is described, for the caseworker to take the new draft or keep their text.
 * Edits live only in memory (`createEditStore`): the body can hold what PRIVACY.md forbids storing.
 */

export interface DraftEdit {
  /** The draft body the caseworker last saw (when they started, or chose to keep their text). */
  base: string;
  /** What the caseworker's body holds now. */
  text: string;
}

/** One line-level difference between the draft the edit started from and the new draft. */
export type DraftLineChange =
  | { kind: 'changed'; line: number; was: string; now: string }
  | { kind: 'added'; line: number; now: string }
  | { kind: 'removed'; was: string };

export interface EditView {
  /** The body to show: the caseworker's text when there is an edit, else the draft. */
  body: string;
  edited: boolean;
  /** Present when the draft changed since the caseworker last saw it. */
  draftChanges?: DraftLineChange[];
}

/** What the card shows for this draft body and the edit held for it (if any). */
export function viewOfEdit(edit: DraftEdit | undefined, draftBody: string): EditView {
  if (!edit) return { body: draftBody, edited: false };
  if (edit.base === draftBody || edit.text === draftBody) return { body: edit.text, edited: edit.text !== draftBody };
  return { body: edit.text, edited: true, draftChanges: diffLines(edit.base, draftBody) };
}

/**
 * The edit after the caseworker typed `text`. Undefined when nothing is left to keep: the text is
 * the draft itself and no change is waiting for their answer.
 */
export function recordEdit(edit: DraftEdit | undefined, draftBody: string, text: string): DraftEdit | undefined {
  const base = edit?.base ?? draftBody;
  if (text === draftBody && base === draftBody) return undefined;
  return { base, text };
}

/** "Keep mine": the caseworker has seen the new draft and keeps their own text. */
export function keepEdit(edit: DraftEdit, draftBody: string): DraftEdit | undefined {
  return recordEdit(undefined, draftBody, edit.text);
}

/** The changed lines, in words, e.g. `Line 4 now reads "…" (was "…").` */
export function describeDraftChanges(changes: DraftLineChange[]): string[] {
  return changes.map((change) => {
    if (change.kind === 'changed') return `Line ${change.line} now reads ${quote(change.now)} (was ${quote(change.was)}).`;
    if (change.kind === 'added') return `Line ${change.line} is new: ${quote(change.now)}.`;
    return `A line was taken out: ${quote(change.was)}.`;
  });
}

function quote(line: string): string {
  return line.trim() ? `“${line}”` : 'an empty line';
}

/**
 * Line differences from `before` to `after` (longest common subsequence; drafts are a few dozen
 * lines). A removal followed by an addition at the same place reads as one changed line.
 */
export function diffLines(before: string, after: string): DraftLineChange[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const changes: DraftLineChange[] = [];
  let removed: string[] = [];
  let added: { line: number; now: string }[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) changes.push({ kind: 'changed', line: added[k]!.line, was: removed[k]!, now: added[k]!.now });
    for (const was of removed.slice(paired)) changes.push({ kind: 'removed', was });
    for (const line of added.slice(paired)) changes.push({ kind: 'added', ...line });
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  // Stryker disable next-line EqualityOperator: a step past both ends matches nothing with nothing and adds no change
  while (i < a.length || j < b.length) {
    // Past the end of either side, that side reads undefined: never equal to a line.
    if (a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j === b.length || (i < a.length && common[i + 1]![j]! > common[i]![j + 1]!)) {
      removed.push(a[i]!);
      i++;
    } else {
      // On a tie the new line comes first: "Line n is new" before "A line was taken out".
      added.push({ line: j + 1, now: b[j]! });
      j++;
    }
  }
  flush();
  return changes;
}

/** The edits of one panel or popup, by a key the caller chooses (complaint and template). */
export interface EditStore {
  get(key: string): DraftEdit | undefined;
  set(key: string, edit: DraftEdit | undefined): void;
}

export function createEditStore(): EditStore {
  const edits = new Map<string, DraftEdit>();
  return {
    get: (key) => edits.get(key),
    set: (key, edit) => {
      // Stryker disable next-line ConditionalExpression: a key set to nothing reads back as nothing either way
      if (edit) edits.set(key, edit);
      else edits.delete(key);
    },
  };
}
