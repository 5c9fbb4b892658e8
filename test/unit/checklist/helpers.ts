import type { CaseFacts } from '../../../lib/case';
import { checklistFor } from '../../../lib/checklist/checklist';
import type { ChecklistInput } from '../../../lib/checklist/types';
import type { CaseLetter } from '../../../lib/sop';

export const open: CaseFacts = { complaintId: '100234', contractNumber: 'S1234', issueLevel: 'none', category: 'Pricing', caseworker: 'Jordan Lee' };

/** Step id → state, for compact assertions. */
export function states(letter: CaseLetter, input: Partial<ChecklistInput> & { facts?: Partial<CaseFacts> } = {}): Record<string, string> {
  const steps = checklistFor(letter, { pageErrors: [], ticks: {}, ...input, facts: { ...open, ...input.facts } });
  return Object.fromEntries(steps.map((s) => [s.id, s.state]));
}

export function step(letter: CaseLetter, id: string, input: Partial<ChecklistInput> & { facts?: Partial<CaseFacts> } = {}) {
  const found = checklistFor(letter, { pageErrors: [], ticks: {}, ...input, facts: { ...open, ...input.facts } }).find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}
