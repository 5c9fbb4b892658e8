/**
 * `required-phrase` (error): a phrase the active scenario's SOP step asks for is missing from
 * the note — e.g. "CTM Case Not Part D" (D.1.a), "EE Complaint" (H.1.a), "CRITICAL RD" (G.5.a),
 * "CIS or Congressional Resolution" (L.2). The phrases come from lib/sop through the context.
 *
 * Found ignoring case, runs of spaces and curly-vs-straight quotes: a reviewer reads those as
 * the same words. The fix inserts the phrase exactly as the SOP words it, on its own first line,
 * where a reviewer looks first.
 */
import { phraseProvenance } from '../../sop/case-scenarios';
import { lowerCaseOf } from '../lower-case';
import type { Finding, Rule } from '../types';

// One compiled pattern per phrase, kept: phrases come from a short, fixed SOP list.
const patterns = new Map<string, RegExp | null>();

/** The phrase as a pattern over the lower-cased note: any run of spaces, either kind of quote. */
function patternFor(phrase: string): RegExp | null {
  let pattern = patterns.get(phrase);
  if (pattern !== undefined) return pattern;
  const words = phrase.trim().toLowerCase().split(/[\s\u00a0\u202f]+/).filter((w) => w !== '');
  pattern =
    words.length === 0
      ? null
      : new RegExp(
          words
            .map((w) =>
              w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['‘’]/g, "['‘’]").replace(/["“”]/g, '["“”]'),
            )
            .join('[\\s\\u00a0\\u202f]+'),
        );
  patterns.set(phrase, pattern);
  return pattern;
}

export const requiredPhrase: Rule = (text, context) => {
  const phrases = context.requiredPhrases;
  if (!phrases || phrases.length === 0) return [];
  const lower = lowerCaseOf(text);
  const findings: Finding[] = [];
  const who = context.scenario ? `Scenario ${context.scenario}` : 'The active scenario';
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  for (const phrase of phrases) {
    const pattern = patternFor(phrase);
    if (pattern === null || pattern.test(lower)) continue;
    const replacement = text.length === 0 ? phrase : phrase + lineBreak;
    const provenance = phraseProvenance(phrase);
    findings.push({
      rule: 'required-phrase',
      severity: 'error',
      message: `${who} asks the note to say "${phrase}" (the SOP's exact words).`,
      start: 0,
      end: 0,
      fix: { label: `Add "${phrase}" as the first line`, edits: [{ start: 0, end: 0, replacement }] },
      data: { phrase },
      ...(provenance ? { provenance } : {}),
    });
  }
  return findings;
};
