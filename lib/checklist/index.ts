export { checklistFor } from './checklist';
export { closingSignal, isSetToClose, keepOpenConfirmQuestion, keepOpenMessage, keepOpenStep, keepOpenViolated } from './closing';
export { REASSIGNMENT_REASON_LABEL } from '../sop/case-terms';
export { roDisagreed } from './ro-disagreed';
export type { ChecklistInput, StepState, StepStateValue } from './types';
export { StepTicks, TicksByComplaint, withTick } from './ticks';
