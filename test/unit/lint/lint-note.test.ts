import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOTE_LIMIT, submittedLength } from '../../../lib/lint/submitted-length';
import { NOTE_RULES, lintNote } from '../../../lib/lint/lint-note';
import { applyFix, fixAsSingleEdit } from '../../../lib/lint/fix';
import type { LintContext, ScenarioId } from '../../../lib/lint/types';

const realistic = readFileSync(resolve(process.cwd(), 'test/fixtures/notes/realistic-4000.txt'), 'utf8');

describe('lintNote', () => {
  it('lists the most severe findings first, then by position', () => {
    const text = 'bene called. “ok”';
    const found = lintNote(text, { scenario: 'D', requiredPhrases: ['CTM Case Not Part D'] });
    expect(found.map((f) => f.rule)).toEqual(['required-phrase', 'abbreviation', 'contact-date-missing', 'pasted-characters']);
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning', 'warning', 'warning']);
  });

  it('SOP K: the realistic fixture note is within 4,000 as submitted and flags only its shorthand and the limit', () => {
    expect(submittedLength(realistic)).toBeLessThanOrEqual(NOTE_LIMIT);
    expect(submittedLength(realistic)).toBeGreaterThan(3900);
    const rules = new Set(lintNote(realistic, { scenario: 'E' }).map((f) => f.rule));
    expect([...rules].sort()).toEqual(['abbreviation', 'note-near-limit']);
  });

  it('says when a fix would put the note over 4,000 as submitted (the amount in data; the label stays put while typing)', () => {
    const text = `${'x'.repeat(3990)} bene`; // 3,995: "beneficiary" adds 7
    const [finding] = lintNote(text).filter((f) => f.rule === 'abbreviation');
    expect(finding?.fix?.overLimitBy).toBe(2);
    expect(finding?.fix?.label).toBe('Write "beneficiary" (puts the note over 4,000 as submitted)');
    // One more character typed: same label, so the findings list is not redrawn per keystroke.
    const [next] = lintNote(`x${text}`).filter((f) => f.rule === 'abbreviation');
    expect(next?.fix?.overLimitBy).toBe(3);
    expect(next?.fix?.label).toBe(finding?.fix?.label);
    const roomy = lintNote('x bene').find((f) => f.rule === 'abbreviation');
    expect(roomy?.fix?.overLimitBy).toBeUndefined();
    expect(roomy?.fix?.label).toBe('Write "beneficiary"');
  });

  it('applies a multi-edit fix as one replacement of the span it covers', () => {
    const text = 'a “b” c';
    const finding = lintNote(text).find((f) => f.rule === 'pasted-characters');
    if (!finding?.fix) throw new Error('expected a fix');
    const edit = fixAsSingleEdit(text, finding.fix);
    expect(edit).toEqual({ start: 2, end: 5, replacement: '"b"' });
    expect(text.slice(0, edit.start) + edit.replacement + text.slice(edit.end)).toBe(applyFix(text, finding.fix));
  });
});

const scenarios = 'ABCDEFGHIJKLMNOP'.split('') as ScenarioId[];
const context: fc.Arbitrary<LintContext> = fc.record(
  {
    scenario: fc.constantFrom(...scenarios),
    requiredPhrases: fc.array(fc.oneof(fc.constantFrom('CTM Case Not Part D', 'EE Complaint', 'CRITICAL RD', ''), fc.string()), { maxLength: 3 }),
    caseworker: fc.oneof(fc.constant('Jordan Lee'), fc.string()),
    ownContracts: fc.array(fc.constantFrom('S1234', 'H5678'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
);
// Notes built from casework words, so the rules actually fire, mixed with arbitrary text.
const noteish = fc
  .array(
    fc.oneof(
      fc.constantFrom('bene', 'w/', 're:', 'LVM', 'called', 'spoke', 'mailed', '03/04/26', '3/4', 'TRC', 'updated', 'S1234', '“', '—', '\u00a0', '…', '\u200b', '😀', '\n', '\r\n', '\r', ' ', '.', 'İ'),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
const anyText = fc.oneof(noteish, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

describe('lintNote properties', () => {
  it('no rule throws on any input, and every range lies within the text', () => {
    fc.assert(
      fc.property(anyText, context, (text, ctx) => {
        for (const rule of NOTE_RULES) rule(text, ctx);
        for (const f of lintNote(text, ctx)) {
          expect(0 <= f.start && f.start <= f.end && f.end <= text.length).toBe(true);
          for (const e of f.fix?.edits ?? []) expect(0 <= e.start && e.start <= e.end && e.end <= text.length).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a fix never grows the text past 4,000 as submitted without saying so', () => {
    const nearLimit = fc
      .tuple(fc.integer({ min: 3950, max: 4005 }), noteish)
      .map(([n, tail]) => `${'x '.repeat(Math.floor(n / 2))}${tail}`);
    fc.assert(
      fc.property(fc.oneof(nearLimit, anyText), context, (text, ctx) => {
        const before = submittedLength(text);
        for (const f of lintNote(text, ctx)) {
          if (!f.fix) continue;
          const after = submittedLength(applyFix(text, f.fix));
          if (after > NOTE_LIMIT && after > before) {
            expect(f.fix.overLimitBy).toBeGreaterThan(0);
            expect(f.fix.label).toMatch(/over 4,000/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
