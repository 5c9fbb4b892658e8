/**
 * `caseworker-name` (warning), scenarios whose data asks for it (F): the note gives the name of the caseworker as
 * shown on the complaint in CTM (SOP F.3.c). With the name known the fix adds it on a last
 * line; without it the rule can only look for the word "caseworker".
 */
import { scenarioLint } from '../../sop/case-scenarios';
import type { Rule } from '../types';

// No trim: the name is trimmed before, and a space at the note's edges cannot change what it includes.
const collapse = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').toLowerCase();

export const caseworkerName: Rule = (text, context) => {
  const use = scenarioLint(context.scenario).caseworkerName;
  if (!use) return [];
  const name = context.caseworker?.trim();
  const note = collapse(text);
  if (name) {
    if (note.includes(collapse(name))) return [];
    const lineBreak = text.includes('\r\n') ? '\r\n' : '\n';
    const addition = `${text.length === 0 || /[\r\n]$/.test(text) ? '' : lineBreak}Caseworker: ${name}`;
    return [
      {
        rule: 'caseworker-name',
        severity: 'warning',
        message: `Give the caseworker's name as shown on the complaint, ${name} (SOP ${use.step}).`,
        start: text.length,
        end: text.length,
        fix: { label: `Add "Caseworker: ${name}"`, edits: [{ start: text.length, end: text.length, replacement: addition }] },
      },
    ];
  }
  if (note.includes('caseworker')) return [];
  return [
    {
      rule: 'caseworker-name',
      severity: 'warning',
      message: `Give the caseworker's name as shown on the complaint in CTM (SOP ${use.step}).`,
      start: text.length,
      end: text.length,
    },
  ];
};
