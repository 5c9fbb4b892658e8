/**
 * How many days of medication the complaint summary says are left (SOP J and the issue level
 * definitions: Immediate Need means 2 or fewer days). Undefined when the summary does not say.
 */

const WORDS: Record<string, number> = {
  no: 0, zero: 0, one: 1, a: 1, an: 1, two: 2, 'a couple of': 2, 'a couple': 2, three: 3, 'a few': 3, four: 4, several: 4,
  five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14,
};
const NUMBER = String.raw`(\d{1,2}|no|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|a couple of|a couple|a few|several|an?)`;
const DRUG = String.raw`(?:medications?|medicines?|meds|pills|tablets|capsules|doses|insulin|inhalers?|prescriptions?|supply|drugs?)`;

const PATTERNS: { re: RegExp; unit: number }[] = [
  // "5 days of medication", "10 days left", "three more days' worth of pills", "a week's supply"
  { re: new RegExp(String.raw`\b${NUMBER}\s+(?:more\s+|full\s+|extra\s+)?days?(?:'s|')?\s+(?:worth\s+)?(?:of\s+)?(?:(?:her|his|their|the|my)\s+)?(?:${DRUG}|left|remaining)`, 'gi'), unit: 1 },
  { re: new RegExp(String.raw`\b${NUMBER}\s+(?:more\s+|full\s+)?weeks?(?:'s|')?\s+(?:worth\s+)?(?:of\s+)?(?:(?:her|his|their|the|my)\s+)?(?:${DRUG}|left|remaining)`, 'gi'), unit: 7 },
  // "a 10-day supply left": only with left/remaining, since "a 30-day supply" is a fill size.
  { re: new RegExp(String.raw`\b${NUMBER}-days?\s+(?:supply|worth)\s+(?:of\s+\w+\s+)?(?:left|remaining)`, 'gi'), unit: 1 },
  // "enough medication for 5 days", "enough for a week", "runs out in 6 days"
  { re: new RegExp(String.raw`\benough\s+(?:${DRUG}\s+)?(?:to\s+last\s+|for\s+)(?:another\s+)?${NUMBER}\s+(?:more\s+)?days?\b`, 'gi'), unit: 1 },
  { re: new RegExp(String.raw`\benough\s+(?:${DRUG}\s+)?(?:to\s+last\s+|for\s+)(?:another\s+)?${NUMBER}\s+(?:more\s+)?weeks?\b`, 'gi'), unit: 7 },
  { re: new RegExp(String.raw`\brun(?:s|ning)?\s+out\s+in\s+${NUMBER}\s+days?\b`, 'gi'), unit: 1 },
  { re: new RegExp(String.raw`\brun(?:s|ning)?\s+out\s+in\s+${NUMBER}\s+weeks?\b`, 'gi'), unit: 7 },
];

const OUT_OF = new RegExp(String.raw`\b(?:out\s+of\s+(?:(?:her|his|their|my)\s+)?${DRUG}|no\s+${DRUG}\s+left|ran\s+out)\b`, 'i');

/** The number a NUMBER match says: digits, or one of the WORDS (NUMBER allows no other word). */
function value(word: string): number {
  return /\d/.test(word) ? Number(word) : WORDS[word.toLowerCase()]!;
}

/** The smallest number of days the summary mentions, so one short supply is never hidden. */
export function daysOfMedicationLeft(summary: string | undefined): number | undefined {
  if (!summary) return undefined;
  const found: number[] = [];
  for (const { re, unit } of PATTERNS) {
    // Every pattern has NUMBER's group, which takes part in every match.
    for (const match of summary.matchAll(re)) found.push(value(match[1]!) * unit);
  }
  if (OUT_OF.test(summary)) found.push(0);
  return found.length ? Math.min(...found) : undefined;
}
