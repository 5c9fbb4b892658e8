/**
 * What the panel's later part (entrypoints/ctm-panel-later/) hands the panel module: the
 * complaint's emails, the store that keeps the caseworker's edits to them while the page is
 * open, and the note's checks (its findings and fixes) with the list that shows the findings.
 * The two files are built apart, so the panel checks the shape before it uses one.
 */
import type { ComponentType } from 'preact';
import type { EditStore } from '../../lib/email/draft-edit';
import { isNoteChecks, type NoteChecks } from '../../lib/lint/note-checks';
import type { FindingsProps } from '../note/Findings';
import type { PanelEmailsProps } from './PanelEmails';

export type PanelLaterPart = {
  PanelEmails: ComponentType<PanelEmailsProps>;
  emailEdits: EditStore;
  noteChecks: NoteChecks;
  NoteFindings: ComponentType<FindingsProps>;
};

export function isPanelLaterPart(value: unknown): value is PanelLaterPart {
  const part = value as Partial<PanelLaterPart> | undefined;
  return typeof part?.PanelEmails === 'function' && typeof part.emailEdits?.get === 'function' && isNoteChecks(part.noteChecks) && typeof part.NoteFindings === 'function';
}
