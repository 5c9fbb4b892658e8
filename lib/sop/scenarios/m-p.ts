/** SOP scenarios M–P: access and general questions, not one case. They are guides in the popup. */
import type { Scenario } from '../types';

const guide = { caseScenario: false, notes: [], requiredPhrases: [], keepOpen: false } as const;

export const CTM_ACCESS_MAILBOX = 'CTMACCESS@cms.hhs.gov';
export const CTM_MAILBOX = 'CTM@cms.hhs.gov';

export const M: Scenario = {
  ...guide,
  letter: 'M',
  title: 'No CTM access',
  appliesWhen: 'A user at your plan does not have CTM access.',
  cite: 'Plan A user does not have CTM access',
  steps: [
    {
      id: 'M.1',
      text: 'The user needs an existing unique HPMS ID first. No HPMS? See O.',
      cite: 'Users requesting CTM access must have an existing unique HPMS ID. If the user does not have HPMS, please see Item O.',
    },
    {
      id: 'M.2',
      text: `Your Medicare Compliance Officer emails the access request form to ${CTM_ACCESS_MAILBOX}. Requests not meeting the form requirements are returned.`,
      cite: 'New user requests must be submitted by the organization’s Medicare Compliance Officer via email to CTMACCESS@cms.hhs.gov, using the form and instructions provided below.',
    },
  ],
  emails: ['M-access-request'],
  followUps: [],
};

export const N: Scenario = {
  ...guide,
  letter: 'N',
  title: 'CTM access requested, not yet granted',
  appliesWhen: 'A user at your plan has requested CTM access and does not have it yet.',
  cite: 'Plan A user does not have CTM access and has submitted request already',
  steps: [
    {
      id: 'N.1',
      text: 'Check for access 5 business days after CMS confirms receipt of the request. CMS does not tell you when it is ready.',
      cite: 'Check for access five (5) business days after the date CMS confirms receipt of the request. CMS will not notify users when CTM is available.',
    },
    {
      id: 'N.2',
      text: 'Contact the CTM mailbox only if a valid form was sent and access is still missing after 6 business days.',
      cite: 'Contact the CTM mailbox regarding issues only if a valid form was submitted, and access is not available after six (6) business days.',
    },
    {
      id: 'N.3',
      text: `If access is still not available, email CMS at ${CTM_MAILBOX} with:`,
      cite: 'If access is still not available, Plan A sends notification to CMS at CTM@cms.hhs.gov.',
    },
    { id: 'N.4', text: 'The email includes:', cite: 'The email includes:' },
    { id: 'N.4.a', text: "Your plan's name and contract number.", cite: 'the name and contract number of Plan A and' },
    { id: 'N.4.b', text: "The requested user's name and HPMS ID.", cite: 'the name and HPMS ID of requested user.' },
  ],
  emails: ['N-access-follow-up'],
  followUps: [
    { kind: 'business-days', step: 'N.1', cite: 'Check for access five (5) business days after the date CMS confirms receipt of the request.', days: 5, action: 'Check for CTM access' },
    { kind: 'business-days', step: 'N.2', cite: 'access is not available after six (6) business days.', days: 6, action: 'Email the CTM mailbox if access is still missing' },
  ],
};

export const O: Scenario = {
  ...guide,
  letter: 'O',
  title: 'Needs HPMS access',
  appliesWhen: 'A user at your plan needs HPMS but does not have it.',
  cite: 'Plan A user needs HPMS but does not have it',
  steps: [
    { id: 'O.1', text: 'Request HPMS access from CMS by the standard procedure.', cite: 'Plan A submits request to CMS per standard procedures' },
    { id: 'O.2', text: 'Expect HPMS user set-up to take 2 weeks or longer.', cite: 'Note: HPMS user set up will take 2 weeks or longer' },
  ],
  emails: [],
  followUps: [{ kind: 'expected-wait', step: 'O.2', cite: 'HPMS user set up will take 2 weeks or longer', days: 14, action: 'HPMS user set-up' }],
};

export const P: Scenario = {
  ...guide,
  letter: 'P',
  title: 'General CTM question',
  appliesWhen: 'Your plan has a general CTM question or issue.',
  cite: 'Plan A has general CTM related question or issue',
  steps: [
    { id: 'P.1', text: `Email the question to CMS at ${CTM_MAILBOX}.`, cite: 'Plan A sends inquiry to CMS at CTM@cms.hhs.gov.' },
    { id: 'P.2', text: 'The email includes:', cite: 'The email includes:' },
    { id: 'P.2.a', text: "Your plan's name and contract number.", cite: 'the name and contract number of Plan A,' },
    { id: 'P.2.b', text: 'The question or issue.', cite: 'the question or issue, and' },
    { id: 'P.2.c', text: 'Pertinent information about the concern at hand.', cite: 'pertinent information related to concern at hand' },
    { id: 'P.2.d', text: 'The complaint ID(s), if the matter is about specific complaints.', cite: 'complaint ID(s), if the matter is complaint- specific' },
  ],
  emails: ['P-general-inquiry'],
  followUps: [],
};
