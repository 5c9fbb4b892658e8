/**
 * `contact-attempts` (info), scenarios whose data asks for it (E): the SOP E note's best practice is at least 3
 * attempts to reach the complainant, the 4th in writing, each recorded with its date/time.
 */
import { scenarioLint } from '../../sop/case-scenarios';
import { scanNote } from '../scan-note';
import type { Finding, Rule } from '../types';

export const contactAttempts: Rule = (text, context) => {
  const use = scenarioLint(context.scenario).contactAttempts;
  if (!use) return [];
  const { contacts } = scanNote(text);
  const findings: Finding[] = [];
  if (contacts.length < 3) {
    findings.push({
      rule: 'contact-attempts',
      severity: 'info',
      message: `${contacts.length === 0 ? 'No' : `Only ${contacts.length}`} contact attempt${contacts.length === 1 ? '' : 's'} recorded: best practice is at least 3, each with its date and time (SOP ${use.step}).`,
      start: text.length,
      end: text.length,
    });
  }
  if (!contacts.some((c) => c.written)) {
    findings.push({
      rule: 'contact-attempts',
      severity: 'info',
      message: `No attempt in writing recorded (letter, mail, e-mail, fax): best practice makes the 4th attempt in writing (SOP ${use.step}).`,
      start: text.length,
      end: text.length,
    });
  }
  return findings;
};
