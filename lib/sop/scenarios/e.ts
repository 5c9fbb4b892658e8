import type { Scenario } from '../types';
import { WEIGHT } from '../../detect/weights';

export const CONTACT_ATTEMPTS_NOTE =
  'Note: As a best practice, Plan A attempts to contact the complainant at least 3 times, with the 4th attempt in writing. Plan A records detail, such as dates/times of contact attempts, actions taken, etc., of all attempts in CTM and then closes the complaint.';

/** SOP scenario E: resolved, but the beneficiary has not been told yet. */
export const E: Scenario = {
  letter: 'E',
  title: 'Resolved, beneficiary not yet notified',
  appliesWhen: 'Your plan has resolved the complaint but has not yet notified the beneficiary.',
  cite: 'Plan A has reached resolution of complaint but',
  caseScenario: true,
  steps: [
    {
      id: 'E.1',
      text: 'Write the resolution notes (see K), close the complaint in CTM and report the disposition as resolved.',
      cite: 'Plan A documents plan resolution notes (see Item K), closes complaint in CTM and reports disposition as',
      checks: [{ kind: 'note' }, { kind: 'closed-resolved' }],
    },
    {
      id: 'E.2',
      text: "Notify the beneficiary following your plan's business practices and customer service policies.",
      cite: 'Plan A notifies the beneficiary according to the Plan A’s business practices and customer service policies.',
    },
  ],
  notes: [
    {
      text: 'Best practice: try to reach the complainant at least 3 times, the 4th attempt in writing, and record the date, time and action of every attempt in CTM.',
      cite: CONTACT_ATTEMPTS_NOTE,
    },
  ],
  requiredPhrases: [],
  keepOpen: false,
  emails: [],
  followUps: [
    { kind: 'contact-attempts', step: 'E.2', cite: 'at least 3 times, with the 4th attempt in writing', attempts: 4, writtenAttempt: 4 },
  ],
  detection: {
    described: [
      'A resolution date is entered',
      'Disposition is Resolved',
    ],
    // The resolution is entered.
    signals: ({ facts }) => [
      ...(facts.resolutionDate ? [{ weight: WEIGHT.resolution, reason: 'A resolution date is entered' }] : []),
      ...(facts.disposition === 'resolved' ? [{ weight: WEIGHT.corroboration, reason: 'Disposition is Resolved' }] : []),
    ],
  },
  tieRank: 8,
  nextStep: { text: '', sop: 'E note', from: 'contact-attempts' },
  lint: { contactAttempts: { step: 'E note' } },
};
