/** The docked panel for one session's content: the case, or why it cannot be shown. */
import type { PanelContent } from '../../lib/session/session-state';
import { Panel } from '../../components/Panel';
import { PanelView, type PanelViewProps } from './PanelView';

type CasePanelProps = Omit<PanelViewProps, 'snapshot' | 'evaluation' | 'context' | 'problems' | 'hasNoteBox'> & {
  content: PanelContent;
  onToggle: () => void;
};

export function CasePanel({ content, onToggle, ...view }: CasePanelProps) {
  const { body } = content;
  return (
    <Panel collapsed={content.collapsed} onToggle={onToggle} complaintId={content.complaintId}>
      {body.kind === 'readFailure' ? (
        <p class="ctm-error-box" role="alert">
          CTM Assist could not read this page ({body.name}). The page itself is unaffected.
        </p>
      ) : body.kind === 'broken' ? (
        <p class="ctm-error-box" role="alert">
          CTM Assist could not show this case ({body.name}). The page itself is unaffected; reload the page to try again.
        </p>
      ) : body.kind === 'case' ? (
        <PanelView
          snapshot={body.snapshot}
          evaluation={body.evaluation}
          context={body.context}
          problems={body.problems}
          hasNoteBox={body.hasNoteBox}
          {...view}
        />
      ) : null}
    </Panel>
  );
}
