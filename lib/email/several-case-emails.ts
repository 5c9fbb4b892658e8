/**
 * The SOP emails that name several complaints (F.4.a "the CTM complaint ID for the case(s)",
 * G.5.b.i "the CTM complaint ID for case(s)"), offered in the popup for the cases selected on the
 * deadline list. Kept apart from templates.ts so the list carries these few words, not the templates.
 */
import type { TemplateId } from './templates';

export interface SeveralCaseEmail {
  templateId: TemplateId;
  /** The button's words and the email section's heading. */
  title: string;
}

export const SEVERAL_CASE_EMAILS: readonly SeveralCaseEmail[] = [
  { templateId: 'F-will-not-close', title: 'Email lead RO: resolved but will not close' },
  { templateId: 'G-critical-rd', title: 'Email home region: CRITICAL RD' },
];
