/** The panel's content for one complaint: what the session knows, laid out as sections. */
import type { CaseSnapshot } from '../../lib/case';
import type { CaseEvaluation } from '../../lib/evaluate-case';
import type { CaseContext } from '../../lib/messages';
import type { Finding } from '../../lib/lint/types';
import type { CaseLetter, RdBranch } from '../../lib/sop/types';
import { unusableFacts } from '../../lib/unusable-facts';
import { DEFAULT_TIME_ZONE } from '../../lib/time-zone';
import { deadlineChange, pageDeadline } from '../../lib/tracking/page-deadline';
import { CaseFactsView } from '../../components/CaseFactsView';
import { DeadlineView } from '../../components/DeadlineView';
import { ScenarioList } from '../../components/scenarios/ScenarioList';
import { Checklist } from '../../components/scenarios/Checklist';
import { FollowUpDates } from '../../components/scenarios/FollowUpDates';
import { KeepOpenWarning } from '../../components/scenarios/KeepOpenWarning';
import { AlsoApplies } from '../../components/scenarios/AlsoApplies';
import { RoDisagreedNotice } from '../../components/scenarios/RoDisagreedNotice';
import { NoteSection, type NoteStateSource } from '../../components/note/NoteSection';
import { LaterEmails } from './LaterEmails';
import { useLaterPart } from './later-part';

export type PanelViewProps = {
  snapshot: CaseSnapshot;
  evaluation: CaseEvaluation;
  context?: CaseContext;
  problems: string[];
  hasNoteBox: boolean;
  note: NoteStateSource;
  now: number;
  optionsUrl: string;
  onPick: (letter: CaseLetter) => void;
  onTick: (stepId: string, done: boolean) => void;
  onConfirmBranch: (branch: RdBranch | null) => void;
  onSelectFinding: (finding: Finding) => void;
  onFixFinding: (finding: Finding) => void;
};

export function PanelView(props: PanelViewProps) {
  const { snapshot, evaluation, context, problems } = props;
  const settings = context?.settings ?? { schemaVersion: 1 };
  const { facts } = snapshot;
  const unusable = unusableFacts(snapshot);
  // The first paint computes the due moment from the page; the background's answer replaces it.
  const fromPage = pageDeadline(facts, evaluation.active, { schemaVersion: 1 });
  const answer = context?.deadline;
  const deadline = unusable.deadlineReason ? { ok: false as const, reason: unusable.deadlineReason } : (answer ?? fromPage);
  const change = answer && !unusable.deadlineReason ? deadlineChange(fromPage, answer, context?.policyKeys) : undefined;
  // Everything the page shows about the beneficiary, the summary included: the guard looks for each in the drafts.
  const { name, hicn, mbi, dateOfBirth, phone, address, summary } = snapshot.phi;
  const later = useLaterPart();
  return (
    <>
      {unusable.complaintIdNotice && (
        <p class="ctm-alert" role="alert">
          {unusable.complaintIdNotice}
        </p>
      )}
      {problems.map((problem) => (
        <p class="ctm-alert" role="alert" key={problem}>
          {problem}
        </p>
      ))}
      <DeadlineView
        deadline={deadline}
        from={answer ? 'background' : 'page'}
        change={change}
        now={props.now}
        timeZone={settings.timeZone ?? DEFAULT_TIME_ZONE}
      />
      <section class="ctm-section" aria-labelledby="ctm-sop-heading">
        <h2 id="ctm-sop-heading">SOP scenario</h2>
        {evaluation.roDisagreed && <RoDisagreedNotice />}
        <ScenarioList matches={evaluation.matches} active={evaluation.active} onPick={props.onPick} />
        {evaluation.active && <AlsoApplies active={evaluation.active} letters={evaluation.alsoApplies} />}
        {evaluation.keepOpenScenario && <KeepOpenWarning scenario={evaluation.keepOpenScenario} branch={evaluation.keepOpenBranch} />}
        {evaluation.active && (
          <Checklist scenario={evaluation.active} steps={evaluation.steps} onTick={props.onTick} branch={evaluation.branch} onConfirmBranch={props.onConfirmBranch} />
        )}
        {evaluation.active && <FollowUpDates scenario={evaluation.active} facts={facts} timeZone={settings.timeZone ?? DEFAULT_TIME_ZONE} />}
      </section>
      {props.hasNoteBox ? (
        <NoteSection
          source={props.note}
          FindingsList={later.status === 'ready' ? later.part.NoteFindings : undefined}
          onSelect={props.onSelectFinding}
          onFix={props.onFixFinding}
        />
      ) : (
        <p class="ctm-notice">Could not find the Current Entry (Plan Response) box: the note cannot be checked.</p>
      )}
      <LaterEmails
        templates={evaluation.emailTemplates}
        settings={settings}
        draftCase={{
          complaintId: facts.complaintId,
          caseworker: facts.caseworker,
          contractNumber: facts.contractNumber,
          resolutionDate: facts.resolutionDate,
          category: facts.category,
          complaintIdProblem: unusable.draftProblems.complaintId,
          caseworkerProblem: unusable.draftProblems.caseworker,
        }}
        known={{ name, hicn, mbi, dateOfBirth, phone, address, summary }}
        optionsUrl={props.optionsUrl}
        editScope={facts.complaintId ?? ''}
      />
      <CaseFactsView snapshot={snapshot} />
    </>
  );
}
