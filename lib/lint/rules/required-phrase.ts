/**
 * `required-phrase`: a phrase a scenario's SOP step asks for is missing from the note — of the
 * active scenario or of one that also applies: "CTM Case Not Part D" (D.1.a), "EE Complaint"
 * (H.1.a), "CRITICAL RD" (G.5.a), "CIS or Congressional Resolution" (L.2). The phrases come
 * from lib/sop through the context. An error where the SOP quotes the words; a warning where it
 * asks for a meaning (G.6.a: the case "has been referred to IntegriGuard"), which any wording
 * the scenario accepts satisfies.
 *
 * Exact words are found ignoring case, runs of spaces and curly-vs-straight quotes: a reviewer
 * reads those as the same words. The fix inserts the phrase on its own first line, where a
 * reviewer looks first.
 */
import type { ScenarioPhrase } from '../../sop/types';
import { phraseProvenance } from '../../sop/case-scenarios';
import { lowerCaseOf } from '../lower-case';
import type { Finding, LintContext, Rule } from '../types';

// One compiled pattern per phrase, kept: phrases come from a short, fixed SOP list.
const patterns = new Map<string, RegExp>();

/**
 * The phrase as a pattern over the lower-cased note: any run of spaces, either kind of quote. A
 * blank phrase gives the empty pattern, which every note satisfies.
 */
function patternFor(phrase: string): RegExp {
  let pattern = patterns.get(phrase);
  // Stryker disable next-line ConditionalExpression: the cache only saves rebuilding the same pattern from the same phrase
  if (pattern !== undefined) return pattern;
  const words = phrase.trim().toLowerCase().split(/[\s\u00a0\u202f]+/);
  pattern = new RegExp(
    words
      .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/['‘’]/g, "['‘’]").replace(/["“”]/g, '["“”]'))
      .join('[\\s\\u00a0\\u202f]+'),
  );
  patterns.set(phrase, pattern);
  return pattern;
}

type Required = string | ScenarioPhrase;

/** The meaning a scenario phrase asks for (G.6.a); a plain string has no `meaning` property, so none. */
function meaningOf(required: Required): ScenarioPhrase['meaning'] {
  return (required as Partial<ScenarioPhrase>).meaning;
}

function said(required: Required, text: string, lower: string): boolean {
  const meaning = meaningOf(required);
  if (meaning) return meaning.pattern.test(text);
  return patternFor(typeof required === 'string' ? required : required.phrase).test(lower);
}

/** Who asks, and where: "Scenario G, which also applies (SOP G.5.a)". */
function asker(required: Required, context: LintContext): string {
  if (typeof required === 'string') return context.scenario ? `Scenario ${context.scenario}` : 'The active scenario';
  const also = context.scenario !== undefined && required.scenario !== context.scenario ? ', which also applies' : '';
  return `Scenario ${required.scenario}${also} (SOP ${required.step})`;
}

function message(required: Required, context: LintContext): string {
  const who = asker(required, context);
  if (typeof required === 'string') return `${who} asks the note to say "${required}".`;
  if (required.meaning) {
    return `${who} asks the note to say ${required.meaning.what} in any words (the SOP asks for the meaning), e.g. "${required.phrase}".`;
  }
  return `${who} asks the note to say "${required.phrase}", in the SOP's words.`;
}

export const requiredPhrase: Rule = (text, context) => {
  const phrases = context.requiredPhrases;
  if (!phrases) return [];
  const lower = lowerCaseOf(text);
  const findings: Finding[] = [];
  const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
  for (const required of phrases) {
    if (said(required, text, lower)) continue;
    const phrase = typeof required === 'string' ? required : required.phrase;
    const replacement = text.length === 0 ? phrase : phrase + lineBreak;
    const provenance = typeof required === 'string' ? phraseProvenance(phrase) : (required.provenance ?? { kind: 'sop' as const, item: required.step });
    findings.push({
      rule: 'required-phrase',
      severity: meaningOf(required) ? 'warning' : 'error',
      message: message(required, context),
      start: 0,
      end: 0,
      fix: { label: `Add "${phrase}" as the first line`, edits: [{ start: 0, end: 0, replacement }] },
      data: { phrase },
      ...(provenance ? { provenance } : {}),
    });
  }
  return findings;
};
