/**
 * Fuzzing the note linter and the settings readers: random and SOP-flavoured notes never make
 * `lintNote` throw or point outside the note; random settings files and policies always get
 * clean errors (a list of messages), never an exception.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix, fixAsSingleEdit } from '../../../lib/lint/fix';
import { lintNote } from '../../../lib/lint/lint-note';
import type { Fix, LintContext, ScenarioId } from '../../../lib/lint/types';
import { parseSettingsFile, settingsFileText, validateSettings } from '../../../lib/settings';
import { validateManaged } from '../../../lib/managed-policy';

const SCENARIOS: ScenarioId[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P'];

/** Pieces caseworkers actually type, so the random notes reach the rules' interesting paths. */
const FRAGMENTS = [
  'Spoke with the beneficiary on 11/04/2026', '13/45/2026', '2/29/2025', '02/29/2024', 'Oct 3rd', 'tomorrow',
  'called bene', 'LM', 'w/', 'PA', 'Rx', 'Ph: (555) 010-0199', '555-0100', 'x1234', 'S1234', 'H5678', 'claim #99887766',
  'RO agreed', 'Please reassign', 'Jordan Lee', '\u2019', '\u201c', '\u00a0', '\t', '\r\n', '\n\n', '  ', '😀', '\ud800',
  '•', 'N/A', 'TBD', '...', '!!!', 'UPDATE:', '10/31/2026 12:00 PM', '$45.00', 'Tier 3', 'PDE', 'IRE', 'CTM',
];

const note = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc.constantFrom(...FRAGMENTS).chain((f) => fc.integer({ min: 1, max: 400 }).map((n) => f.repeat(n))),
);

const context: fc.Arbitrary<LintContext> = fc.record(
  {
    scenario: fc.constantFrom(...SCENARIOS),
    requiredPhrases: fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...FRAGMENTS)), { maxLength: 4 }),
    caseworker: fc.oneof(fc.constant('Jordan Lee'), fc.string({ maxLength: 20 })),
    ownContracts: fc.array(fc.oneof(fc.constantFrom('S1234', 'H5678'), fc.string({ maxLength: 6 })), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);

/**
 * A fix changes the note, only inside its edits (in order, not overlapping, inside the note), and
 * the one-step version the textarea applies gives the same note.
 */
function expectCleanFix(text: string, fix: Fix): void {
  const fixed = applyFix(text, fix);
  expect(fixed).not.toBe(text);
  expect(fix.edits.length).toBeGreaterThan(0);
  let at = 0;
  for (const edit of fix.edits) {
    expect(edit.start).toBeGreaterThanOrEqual(at);
    expect(edit.end).toBeGreaterThanOrEqual(edit.start);
    expect(edit.end).toBeLessThanOrEqual(text.length);
    at = edit.end;
  }
  const first = fix.edits[0]!;
  const last = fix.edits[fix.edits.length - 1]!;
  expect(fixed.startsWith(text.slice(0, first.start))).toBe(true);
  expect(fixed.endsWith(text.slice(last.end))).toBe(true);
  const single = fixAsSingleEdit(text, fix);
  expect(text.slice(0, single.start) + single.replacement + text.slice(single.end)).toBe(fixed);
}

describe('fuzz: lintNote', () => {
  it('never throws, keeps every finding inside the note, and its fixes apply cleanly (2,000 notes)', () => {
    fc.assert(
      fc.property(note, context, (text, ctx) => {
        for (const finding of lintNote(text, ctx)) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeGreaterThanOrEqual(finding.start);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          if (finding.fix) expectCleanFix(text, finding.fix);
        }
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});

const settingValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('S1234', ' h5678 ', 'Q12', 'America/Chicago', 'Mars/Base', 'a@b.gov', 'not mail', '', 0, -3, 2.5, 7, null),
  fc.array(fc.constantFrom('S1234', 'Q12', 'x', 5)),
  fc.record({ leadRegionalOffice: fc.constantFrom('a@b.gov', 'nope', 3), urgentDays: fc.constantFrom(5, 0, '5'), extra: fc.anything() }, { requiredKeys: [] }),
);
const settingKey = fc.constantFrom('schemaVersion', 'organization', 'contracts', 'caseworker', 'mailboxes', 'timeZone', 'budgets', 'colour', '__proto__', 'constructor');
const settingsObject = fc.dictionary(settingKey, settingValue, { maxKeys: 8 });

function isCleanResult(result: ReturnType<typeof validateSettings>): boolean {
  if (result.ok) return validateSettings(result.settings).ok && parseSettingsFile(settingsFileText(result.settings)).ok;
  return result.errors.length > 0 && result.errors.every((e) => typeof e === 'string' && e.length > 0 && e.length < 500);
}

describe('fuzz: settings files and policies', () => {
  it('random text, random JSON and mutated settings objects: a clean result, never a throw', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => isCleanResult(parseSettingsFile(text))), { numRuns: 1000 });
    fc.assert(fc.property(fc.jsonValue(), (json) => isCleanResult(parseSettingsFile(JSON.stringify(json) ?? ''))), { numRuns: 1000 });
    fc.assert(
      fc.property(settingsObject, fc.constantFrom(1, 1, 1, 2, 0, '1'), (object, version) =>
        isCleanResult(parseSettingsFile(JSON.stringify({ ...object, schemaVersion: version })))),
      { numRuns: 2000 },
    );
  });

  it('hostile strings in every text setting: refused or kept, and no message ever repeats one', () => {
    // Every value carries a marker, so a message quoting any part of the start of it is caught.
    const hostile = fc
      .oneof(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom('\r\nBcc: evil@x.com', '?cc=x', ' 456789012C', '\u2028', '\u200B1EG4TE5MK73', 'x'.repeat(70_000)),
      )
      .map((tail) => `MARK${tail}`);
    const settings = fc.record(
      {
        organization: hostile,
        caseworker: hostile,
        timeZone: hostile,
        contracts: fc.array(hostile, { maxLength: 3 }),
        mailboxes: fc.record({ leadRegionalOffice: hostile.map((v) => `${v}@example.gov`) }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(settings, (object) => {
        const result = validateSettings({ schemaVersion: 1, ...object });
        expect(isCleanResult(result)).toBe(true);
        if (!result.ok) expect(result.errors.join(' ')).not.toContain('MARK');
      }),
      { numRuns: 500 },
    );
  });

  it('random enterprise policies: only valid values locked, every other key explained, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(settingsObject, fc.anything()), (policy) => {
        const managed = validateManaged(policy);
        for (const key of managed.locked) expect(validateSettings({ schemaVersion: 1, [key]: managed.values[key] }).ok).toBe(true);
        const given = policy && typeof policy === 'object' && !Array.isArray(policy) ? Object.keys(policy).length : 0;
        expect(managed.locked.length + managed.problems.length).toBeGreaterThanOrEqual(Math.min(given, 1));
      }),
      { numRuns: 2000 },
    );
  });
});
