export { Checklist } from './Checklist';
export type { ChecklistProps } from './Checklist';
export { KeepOpenWarning } from './KeepOpenWarning';
export type { KeepOpenWarningProps } from './KeepOpenWarning';
export { RoDisagreedNotice } from './RoDisagreedNotice';
export { ScenarioGuide } from './ScenarioGuide';
export type { ScenarioGuideProps } from './ScenarioGuide';
export { ScenarioList } from './ScenarioList';
export type { ScenarioListProps } from './ScenarioList';
