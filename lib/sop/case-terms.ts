/**
 * The SOP's own terms that the case model also uses: the issue levels (defined under scenario J)
 * and the reasons of the CTM's reassignment indicator (SOP A.2, C.2, D.2, I.2, J.2). They live
 * here so the SOP imports nothing outside lib/sop for them; lib/case-keys.ts re-exports them.
 */
export const ISSUE_LEVELS = ['immediate-need', 'urgent', 'none'] as const;
export type IssueLevel = (typeof ISSUE_LEVELS)[number];

/** Reasons of the reassignment indicator (SOP A.2, C.2, D.2, I.2, J.2). */
export const REASSIGNMENT_REASONS = ['another-plan', 'cms-issue', 'category', 'issue-level'] as const;
export type ReassignmentReason = (typeof REASSIGNMENT_REASONS)[number];

/** The reassignment reasons as the CTM page words them. */
export const REASSIGNMENT_REASON_LABEL: Record<ReassignmentReason, string> = {
  'another-plan': 'belongs to another plan',
  'cms-issue': 'CMS issue',
  category: 'requires category reassignment',
  'issue-level': 'requires issue level reassignment',
};
