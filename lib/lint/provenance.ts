/**
 * Where each note rule comes from (`data-provenance` on `[data-rule]`): the SOP item that asks
 * for it, or CTM Assist's own reasoning where the SOP says nothing so specific.
 */
import type { Provenance } from '../sop/provenance';

export const RULE_PROVENANCE: Readonly<Record<string, Provenance>> = {
  'required-phrase': { kind: 'sop', item: 'D.1.a, G.5.a, G.6.a, H.1.a, L.2' },
  'note-too-long': { kind: 'sop', item: 'K.1' },
  'note-near-limit': { kind: 'sop', item: 'K.1' },
  abbreviation: { kind: 'sop', item: 'K.1.c' },
  'ambiguous-date': { kind: 'ctm-assist', reason: 'a date a reviewer could read two ways (after K.1.a)' },
  'contact-date-missing': { kind: 'sop', item: 'K.2' },
  'contact-attempts': { kind: 'sop', item: 'E note' },
  'referral-target-missing': { kind: 'sop', item: 'A.1.a, B.1.a' },
  'caseworker-name': { kind: 'sop', item: 'F.3.c' },
  'system-named': { kind: 'sop', item: 'K.1.b' },
  'reply-code': { kind: 'sop', item: 'K.1.e' },
  'pasted-characters': { kind: 'ctm-assist', reason: 'word-processor characters older systems may store wrongly' },
};

/** A rule without an entry is our own: never claim the SOP for it. */
export function ruleProvenance(rule: string): Provenance {
  return RULE_PROVENANCE[rule] ?? { kind: 'ctm-assist', reason: 'a note check of our own' };
}
