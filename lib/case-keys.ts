/**
 * The plain constants of the domain model, free of zod so that the content script (which has a
 * size budget) can import them without the schemas. lib/case.ts re-exports them.
 */
export { ISSUE_LEVELS, REASSIGNMENT_REASONS } from './sop/case-terms';

/** Facts shown in the panel with `data-field` (TEST-HOOKS.md), in display order. */
export const HOOK_FIELD_KEYS = [
  'complaintId',
  'contractNumber',
  'receivedDate',
  'assignedDate',
  'issueLevel',
  'category',
  'subcategory',
  'cisControlled',
  'pressOrHillInterest',
  'resolutionDate',
  'caseworker',
] as const;
export type HookFieldKey = (typeof HOOK_FIELD_KEYS)[number];

/**
 * The facts a tracked case keeps (its deadline, clock and status come from them), with the
 * complaint ID. One of them shown with two different values on the page: the case is not
 * tracked from that page, and the panel shows no due moment.
 */
export const TRACKED_FACT_KEYS = [
  'complaintId',
  'contractNumber',
  'issueLevel',
  'receivedDate',
  'assignedDate',
  'resolutionDate',
  'category',
  'subcategory',
  'disposition',
  'cisControlled',
  'pressOrHillInterest',
  'reassignmentRequested',
  'reassignmentReason',
  'requestedIssueLevel',
] as const;
