/**
 * zod schemas of the messages the background receives (lib/messages.ts). Kept apart so the
 * content script, which only sends, does not carry zod. Objects strip unknown keys, so a field
 * that is not in the schema (PHI included) never reaches storage.
 */
import { z } from 'zod/mini';
import { CaseFacts } from './case';
import { CASE_LETTERS, RD_BRANCHES } from './sop/types';

const CaseLetter = z.enum(CASE_LETTERS);
const ComplaintId = z.string().check(z.regex(/^\d{1,20}$/));
const StepId = z.string().check(z.regex(/^[A-P]\.\d+(?:\.[a-z]+)*$/));

export const CaseSeenSchema = z.object({
  facts: CaseFacts,
  scenario: z.optional(CaseLetter),
  pageUrl: z.string().check(z.maxLength(2048)),
  unusable: z.optional(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(40))),
});

export const SetTickSchema = z.object({ complaintId: ComplaintId, stepId: StepId, done: z.boolean() });

export const PickScenarioSchema = z.object({ complaintId: ComplaintId, scenario: z.nullable(CaseLetter) });

export const PickBranchSchema = z.object({ complaintId: ComplaintId, branch: z.nullable(z.enum(RD_BRANCHES)) });

export const SetCaseDoneSchema = z.object({ complaintId: ComplaintId, done: z.boolean() });
/** The caseworker's answer about a handed-over case: gone from their CTM, or still there. */
export const SetHandOverSchema = z.object({ complaintId: ComplaintId, answer: z.enum(['gone', 'kept']) });
