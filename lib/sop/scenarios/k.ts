import type { Scenario } from '../types';
import { CONTACT_ATTEMPTS_NOTE } from './e';

/** The Current Entry (Plan Response) limit (SOP K.1). */
export const NOTE_LIMIT = 4000;

/**
 * SOP scenario K: writing the plan response. It applies to every case; its steps are the
 * note rules that the lint issue checks.
 */
export const K: Scenario = {
  letter: 'K',
  title: 'Writing the plan response',
  appliesWhen: 'You are ready to record the plan resolution or response notes in the Current Entry (Plan Response). Applies to every case.',
  cite: 'Plan A ready to record plan resolution or response notes in Current Entry (Plan Response) field',
  caseScenario: true,
  steps: [
    {
      id: 'K.1',
      text: 'Write a clear and concise narrative in the Current Entry (Plan Response), up to 4,000 characters.',
      cite: 'Plan A records clear and concise narrative in Current Entry (Plan Response) field up to 4,000 characters.',
      checks: [{ kind: 'note-length', max: NOTE_LIMIT }],
    },
    {
      id: 'K.1.a',
      text: 'Anyone reviewing the record must understand every action taken and decision made in the investigation and resolution.',
      cite: 'All entities reviewing CTM complaint records should be able to understand Plan Response notation and all action(s) taken and decisions made related to complaint investigation and resolution.',
    },
    {
      id: 'K.1.b',
      text: 'Name systems in plain words: "pharmacy", "enrollment", etc.',
      cite: 'Identify systems as “pharmacy”, “enrollment”, etc.',
    },
    { id: 'K.1.c', text: 'Use as few abbreviations as you can.', cite: 'Minimize use of word abbreviations.' },
    {
      id: 'K.1.d',
      text: 'Include system issues, updates and the dates actions were taken.',
      cite: 'Include systems issues, updates and dates actions taken.',
    },
    {
      id: 'K.1.e',
      text: 'Include system update timeframes and transaction reply codes when appropriate.',
      cite: 'Include system update timeframes and transaction reply code(s) and when appropriate.',
    },
    {
      id: 'K.2',
      text: 'Record your contact with the beneficiary/complainant and the date(s) of contact.',
      cite: 'The entry should contain information from Plan A’s contact with the beneficiary/complainant and date(s) of contact.',
    },
    {
      id: 'K.3',
      text: 'If you contacted other people, record those contacts too.',
      cite: 'In addition, if other person(s) are contacted, record those contact(s) information in Current Entry (Plan Response) field.',
    },
    { id: 'K.4', text: "See the SOP's examples of plan responses and resolutions.", cite: 'Refer to document below for examples.' },
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
    { kind: 'contact-attempts', step: 'K.2', cite: 'at least 3 times, with the 4th attempt in writing', attempts: 4, writtenAttempt: 4 },
  ],
  tieRank: 11,
};

/**
 * The note rules of SOP K.1.a–e, K.2 and K.3, for the note linter (K.1's length has a check of its
 * own; K.4 points to examples). Named one by one: a pattern over the ids would have changes
 * (anchors, ranges) that pick the same steps from these ids.
 */
const NOTE_RULE_IDS: readonly string[] = ['K.1.a', 'K.1.b', 'K.1.c', 'K.1.d', 'K.1.e', 'K.2', 'K.3'];
export const NOTE_RULES = K.steps.filter((step) => NOTE_RULE_IDS.includes(step.id));
