/** What the panel shows for a session state: the shell renders it as it is. Pure. */
import { closingSignal, keepOpenStep } from '../checklist/closing';
import type { CaseSnapshot } from '../case';
import type { CaseEvaluation } from '../evaluate-case';
import type { CaseContext } from '../messages';
import type { PanelContent, SessionState } from './session-state';

export function panelContent(state: SessionState): PanelContent {
  const { snapshot, evaluation, readFailure, broken } = state;
  const complaintId = snapshot?.facts.complaintId;
  const content: PanelContent = { collapsed: state.collapsed, complaintId, body: { kind: 'empty' } };
  if (readFailure) content.body = { kind: 'readFailure', name: readFailure };
  else if (broken) content.body = { kind: 'broken', name: broken };
  else if (
    // Inside the parentheses, as a comment before `else` belongs to the statement above and would not reach this line.
    // Stryker disable next-line LogicalOperator: every snapshot the session takes is evaluated at once, and a failed evaluation sets `broken` (above), so one is never here without the other
    snapshot && evaluation
  ) {
    const context = contextFor(state, complaintId);
    // Without a complaint ID the panel says why the case is not tracked; the worker's answer would repeat it.
    const trackingProblem = complaintId ? context?.trackingProblem : undefined;
    const problems = [context?.settingsProblem, trackingProblem, state.linkProblem].filter((p): p is string => !!p);
    content.body = { kind: 'case', snapshot, evaluation, context, problems, hasNoteBox: state.hasNoteBox };
    content.keepOpenInline = keepOpenInline(snapshot, evaluation);
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

function keepOpenInline(snapshot: CaseSnapshot, evaluation: CaseEvaluation): string | undefined {
  const active = evaluation.keepOpenScenario;
  if (!active) return undefined;
  // A keep-open scenario is named only while the page is set to close (lib/evaluate-case.ts), so a
  // closing signal is there; the fallback keeps the warning readable should that ever change.
  // Stryker disable next-line LogicalOperator,StringLiteral: unreachable while evaluate-case names keep-open scenarios only for a page set to close
  const signal = closingSignal(snapshot.facts) ?? 'the case is set to close';
  const step = keepOpenStep(active, evaluation.branch.confirmed);
  // Stryker disable next-line StringLiteral: every keep-open scenario names the step that says keep open (SOP tables), so there is always a step
  return `Do not close: ${signal}, but SOP Scenario ${active}${step ? ` (${step})` : ''} says leave this case open. See CTM Assist.`;
}
