/**
 * The whole scenario part of the panel from plain page data: the RO-disagreed notice, the
 * suggestions and picker, the keep-open warning and the active scenario's checklist. The
 * caller keeps the pick and the ticks (per complaint ID) and passes them back in.
 */
import { useMemo } from 'preact/hooks';
import type { CaseFacts } from '../../lib/case';
import { checklistFor } from '../../lib/checklist/checklist';
import { keepOpenViolated } from '../../lib/checklist/closing';
import { roDisagreed } from '../../lib/checklist/ro-disagreed';
import { detectScenarios } from '../../lib/detect/detect';
import type { CaseLetter } from '../../lib/sop/types';
import { Checklist } from './Checklist';
import { KeepOpenWarning } from './KeepOpenWarning';
import { RoDisagreedNotice } from './RoDisagreedNotice';
import { ScenarioList } from './ScenarioList';

export interface ScenarioSectionProps {
  facts: CaseFacts;
  currentEntry?: string;
  noteToPlan?: string;
  pageErrors: readonly string[];
  /** The complaint summary (PHI): used for signals in memory only. */
  summary?: string;
  /** Settings contracts, to tell a subsidiary (B) from another plan (A). */
  ownContracts?: readonly string[];
  /** The caseworker's pick; undefined means "the top suggestion". */
  picked: CaseLetter | undefined;
  ticks: Readonly<Record<string, boolean>>;
  onPick(letter: CaseLetter): void;
  onTick(stepId: string, done: boolean): void;
}

export function ScenarioSection(props: ScenarioSectionProps) {
  const { facts, currentEntry, noteToPlan, pageErrors, summary, ownContracts, picked, ticks } = props;
  const matches = useMemo(
    () => detectScenarios({ facts, currentEntry, noteToPlan, pageErrors, summary, ownContracts }),
    [facts, currentEntry, noteToPlan, pageErrors, summary, ownContracts],
  );
  const active = picked ?? matches[0]?.scenario;
  const steps = useMemo(
    () => (active ? checklistFor(active, { facts, currentEntry, pageErrors, ticks, summary }) : []),
    [active, facts, currentEntry, pageErrors, ticks, summary],
  );
  return (
    <div class="ctm-scenario-section">
      {roDisagreed(noteToPlan) && <RoDisagreedNotice />}
      <ScenarioList matches={matches} active={active} onPick={props.onPick} />
      {active && keepOpenViolated(active, facts) && <KeepOpenWarning scenario={active} />}
      {active && <Checklist scenario={active} steps={steps} onTick={props.onTick} />}
    </div>
  );
}
