/** What the panel shows for a session state: the shell renders it as it is. Pure. */
import { closingSignal, keepOpenStep } from '../checklist/closing';
import type { CaseContext } from '../messages';
import type { PanelContent, SessionState } from './session-state';

export function panelContent(state: SessionState): PanelContent {
  const { snapshot, evaluation, readFailure, broken } = state;
  const complaintId = snapshot?.facts.complaintId;
  const content: PanelContent = { collapsed: state.collapsed, complaintId, body: { kind: 'empty' } };
  if (readFailure) content.body = { kind: 'readFailure', name: readFailure };
  else if (broken) content.body = { kind: 'broken', name: broken };
  else if (snapshot && evaluation) {
    const context = contextFor(state, complaintId);
    // Without a complaint ID the panel says why the case is not tracked; the worker's answer would repeat it.
    const trackingProblem = complaintId ? context?.trackingProblem : undefined;
    const problems = [context?.settingsProblem, trackingProblem, state.linkProblem].filter((p): p is string => !!p);
    content.body = { kind: 'case', snapshot, evaluation, context, problems, hasNoteBox: state.hasNoteBox };
    content.keepOpenInline = keepOpenInline(state);
  }
  return content;
}

/**
 * The background's answer as far as it holds for the complaint shown: an answer about another
 * complaint (the page moved on before it came) brings its settings, not its due moment or
 * tracking problem; the panel computes the due moment from the page until its own answer comes.
 */
function contextFor(state: SessionState, complaintId: string | undefined): CaseContext | undefined {
  const { context } = state;
  if (!context || state.contextFor === complaintId) return context;
  const { deadline: _, trackingProblem: __, ...settingsOnly } = context;
  return settingsOnly;
}

function keepOpenInline({ snapshot, evaluation }: SessionState): string | undefined {
  const active = evaluation?.keepOpenScenario;
  if (!snapshot || !active || !evaluation.keepOpenViolated) return undefined;
  const step = keepOpenStep(active, evaluation.branch.confirmed);
  return `Do not close: ${closingSignal(snapshot.facts) ?? 'the case is set to close'}, but SOP Scenario ${active}${step ? ` (${step})` : ''} says leave this case open. See CTM Assist.`;
}
