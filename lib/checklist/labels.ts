import type { ReassignmentReason } from '../case';

/** The reassignment reasons as the CTM page words them. */
export const REASSIGNMENT_REASON_LABEL: Record<ReassignmentReason, string> = {
  'another-plan': 'belongs to another plan',
  'cms-issue': 'CMS issue',
  category: 'requires category reassignment',
  'issue-level': 'requires issue level reassignment',
};
