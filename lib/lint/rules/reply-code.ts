/**
 * `reply-code` (info): the note speaks of a transaction reply code or a CMS (MARx) transaction
 * but states no code in that sentence. SOP K.1.e: "Include system update timeframes and
 * transaction reply code(s) … when appropriate". Codes are written as digits, e.g. "TRC 011".
 */
import { scanNote } from '../scan-note';
import { sentenceBounds } from '../text-scan';
import type { Finding, Rule } from '../types';

const CODE = /(?<![\w/.-])\d{2,3}(?![\w/]|\.\d)/;

export const replyCode: Rule = (text) => {
  const findings: Finding[] = [];
  let coveredUntil = -1;
  for (const mention of scanNote(text).transactions) {
    if (mention.start < coveredUntil) continue;
    const [from, to] = sentenceBounds(text, mention.start);
    coveredUntil = to;
    if (CODE.test(text.slice(from, to))) continue;
    const words = text.slice(mention.start, mention.end);
    findings.push({
      rule: 'reply-code',
      severity: 'info',
      message: `"${words}": give the transaction reply code when appropriate, e.g. TRC 011 (SOP K.1.e).`,
      start: mention.start,
      end: mention.end,
    });
  }
  return findings;
};
