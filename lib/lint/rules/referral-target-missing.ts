/**
 * `referral-target-missing` (warning), scenarios whose data asks for it (A and B): the note names no plan or contract
 * number to reassign the complaint to. SOP A.1.a / B.1.a: "if known, the name and/or contract
 * number of the Plan to where the complaint must be reassigned".
 *
 * A contract number (S1234, H1234-015) counts — for A only one that is not the plan's own; for B
 * any, since the subsidiary's contract may be among the plan's own. A plan name counts when it
 * ends in a plan word ("Acme Health Plan", "Blue Rx") or follows "reassign/belongs/refer… to",
 * "enrolled in/with", "member of" or "plan name:".
 */
import { scenarioLint } from '../../sop/case-scenarios';
import type { Rule } from '../types';

// A plan benefit package suffix (H1234-015) needs no pattern of its own: the "-" already ends the number.
const CONTRACT = /(?<![\w-])[HRSEFX9]\d{4}(?!\w)/gi;
// The last capitalised word before the plan word is enough: "Acme Blue Health" matches at "Blue Health".
const PLAN_WORDS =
  /\b[A-Z][\w&'’-]*\s+(?:Health(?:care)?|Plans?|Insurance|Rx|PDP|MA-?PD|Advantage|Care|Choice|Prescription|Drug|Medicare|Mutual|Group)\b/;
// Case-sensitive on purpose: the name must start with a capital; the lead-in words may too. A capital
// and one more name character are enough to count as a name.
const NAMED_AFTER =
  /\b(?:(?:[Rr]eassign(?:ed|ment)?|[Bb]elongs?|[Tt]ransfer(?:red)?|[Rr]efer(?:red)?|[Mm]oved?|[Ss]ent|[Rr]oute[ds]?)\b[^.\n]{0,30}\bto|[Ee]nrolled\s+(?:in|with)|[Mm]ember\s+of|[Cc]overed\s+by|[Pp]lan\s+[Nn]ame\s*[:=-]?|[Pp]lan\s*[:=])\s+(?:the\s+)?(?!(?:CMS|RO|Medicare|CTM|HPMS|IntegriGuard|Plan\s+[A-B]\b)\b)[A-Z][\w&'’-]/;

export const referralTargetMissing: Rule = (text, context) => {
  const use = scenarioLint(context.scenario).referralTarget;
  if (!use) return [];
  // Stryker disable next-line ArrayDeclaration: a filler entry could never equal a five-character contract number
  const own = new Set((context.ownContracts ?? []).map((c) => c.toUpperCase()));
  CONTRACT.lastIndex = 0;
  for (let m = CONTRACT.exec(text); m !== null; m = CONTRACT.exec(text)) {
    const contract = m[0].toUpperCase();
    if (use.anyContract || !own.has(contract)) return [];
  }
  if (PLAN_WORDS.test(text) || NAMED_AFTER.test(text)) return [];
  return [
    {
      rule: 'referral-target-missing',
      severity: 'warning',
      message: `Name the plan or contract number (e.g. S1234) the complaint should be reassigned to, if known (SOP ${use.step}).`,
      start: 0,
      end: 0,
    },
  ];
};
