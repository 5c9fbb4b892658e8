/**
 * The popup's cheap check of stored cases stands in for the TrackedCase schema: it accepts what
 * the background writes, and never accepts anything the schema rejects.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_LEVELS, REASSIGNMENT_REASONS } from '../../../lib/case-keys';
import { isStoredTrackedCase } from '../../../lib/tracking/tracked-case-shape';
import { SCENARIO_LETTERS, TrackedCase } from '../../../lib/tracking/tracked-case';
import { typicalCase } from '../../fixtures/typical-case';

const seen = '2026-06-01T12:00:00.000Z';
const full: TrackedCase = {
  complaintId: '123',
  contractNumber: 'H1234',
  issueLevel: 'urgent',
  receivedDate: '2026-05-30',
  assignedDate: '2026-06-01',
  resolutionDate: '2026-06-04',
  category: 'Enrollment',
  subcategory: 'Other',
  disposition: 'resolved',
  cisControlled: 'no',
  pressOrHillInterest: 'yes',
  scenario: 'I',
  reassignmentRequested: true,
  reassignmentReason: 'category',
  reassignmentRequestedAt: seen,
  requestedIssueLevel: 'none',
  contactAttempts: 2,
  clock: 'paused',
  pauses: [{ from: seen, to: '2026-06-02T12:00:00.000Z' }, { from: '2026-06-03T08:00:00.000Z' }],
  status: 'open',
  doneByUser: false,
  pageUrl: 'https://hpms.cms.gov/ctm?id=123',
  firstSeen: seen,
  lastSeen: seen,
};

const schemaAccepts = (value: unknown, id: string) => {
  const parsed = TrackedCase.safeParse(value);
  return parsed.success && parsed.data.complaintId === id;
};

/** Values a field might hold after damage, another version or a hand edit. */
const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 5 }),
  fc.double(),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...ISSUE_LEVELS, ...REASSIGNMENT_REASONS, ...SCENARIO_LETTERS, 'Q', 'yes', 'no', 'running', 'paused', 'stopped', 'open', 'closed', 'left-plan', 'done', 'resolved', 'withdrawn'),
  fc.constantFrom('S1234', 'H12345', 'CMS', 'cms', '2026-06-01', '2026-13-45', '2026-6-1', seen, '2026-02-30T12:00:00.000Z', '2026-06-01T12:00:00Z', '2026-06-01T12:00:00.000+00:00', 'x'.repeat(201), '12a'),
  fc.constant([]),
  fc.constant([{ from: seen }]),
  fc.constant([{ from: seen, extra: 1 }]),
  fc.constant([{ from: 'yesterday' }]),
  fc.constant({}),
);
const keys = [...Object.keys(full), 'extra', 'constructor', '__proto__', 'toString'];

describe('the stored tracked-case check', () => {
  it('accepts what the background writes: minimal, full and the benchmark cases', () => {
    const { contractNumber, issueLevel, receivedDate, assignedDate, resolutionDate, category, subcategory, disposition, cisControlled, pressOrHillInterest, scenario, reassignmentRequested, reassignmentReason, reassignmentRequestedAt, requestedIssueLevel, contactAttempts, ...minimal } = full;
    void [contractNumber, issueLevel, receivedDate, assignedDate, resolutionDate, category, subcategory, disposition, cisControlled, pressOrHillInterest, scenario, reassignmentRequested, reassignmentReason, reassignmentRequestedAt, requestedIssueLevel, contactAttempts];
    expect(isStoredTrackedCase(minimal, '123')).toBe(true);
    expect(isStoredTrackedCase(full, '123')).toBe(true);
    for (let i = 0; i < 200; i++) expect(isStoredTrackedCase(typicalCase(i), String(100_000 + i))).toBe(true);
  });

  it('accepts every value of every enumeration the schema accepts', () => {
    for (const level of ISSUE_LEVELS) expect(isStoredTrackedCase({ ...full, issueLevel: level, requestedIssueLevel: level }, '123')).toBe(true);
    for (const reason of REASSIGNMENT_REASONS) expect(isStoredTrackedCase({ ...full, reassignmentReason: reason }, '123')).toBe(true);
    for (const letter of SCENARIO_LETTERS) expect(isStoredTrackedCase({ ...full, scenario: letter }, '123')).toBe(true);
  });

  it('rejects a case under another ID, a missing field and an unknown key (the schema decides those)', () => {
    expect(isStoredTrackedCase(full, '124')).toBe(false);
    const { lastSeen, ...noLastSeen } = full;
    void lastSeen;
    expect(isStoredTrackedCase(noLastSeen, '123')).toBe(false);
    expect(isStoredTrackedCase({ ...full, extra: 1 }, '123')).toBe(false);
    expect(isStoredTrackedCase({ ...full, constructor: 1 }, '123')).toBe(false);
    expect(isStoredTrackedCase('garbage', '123')).toBe(false);
  });

  it('never accepts what the schema rejects (up to three damaged fields)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), junk), { minLength: 1, maxLength: 3 }), (damage) => {
        const value: Record<string, unknown> = { ...full };
        for (const [key, v] of damage) Object.defineProperty(value, key, { value: v, enumerable: true, configurable: true, writable: true });
        if (isStoredTrackedCase(value, '123')) expect(schemaAccepts(value, '123')).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the stored tracked-case check, value by value', () => {
  it('sends an instant beyond the year 9999 to the schema, which rejects it', () => {
    const far = '+020000-01-01T00:00:00.000Z';
    expect(isStoredTrackedCase({ ...full, firstSeen: far }, '123')).toBe(false);
    expect(isStoredTrackedCase({ ...full, pauses: [{ from: far }] }, '123')).toBe(false);
    expect(schemaAccepts({ ...full, firstSeen: far }, '123')).toBe(false);
  });

  it('accepts texts up to their limit and no longer: 200 for the category, 2048 for the page URL', () => {
    expect(isStoredTrackedCase({ ...full, category: 'c'.repeat(200), caseworker: 'w'.repeat(200) }, '123')).toBe(true);
    expect(isStoredTrackedCase({ ...full, category: 'c'.repeat(201) }, '123')).toBe(false);
    expect(isStoredTrackedCase({ ...full, pageUrl: 'u'.repeat(2048) }, '123')).toBe(true);
    expect(isStoredTrackedCase({ ...full, pageUrl: 'u'.repeat(2049) }, '123')).toBe(false);
  });

  it('turns away a damaged pause list without throwing: a missing, null, text, number or list entry', () => {
    const entries = [undefined, null, '2026-06-01T12:00:00.000Z', 7, [seen]];
    expect(entries.map((entry) => isStoredTrackedCase({ ...full, pauses: [entry] }, '123'))).toEqual([false, false, false, false, false]);
  });

  it('leaves a pause with an unknown key or an end that is no instant to the schema', () => {
    expect(isStoredTrackedCase({ ...full, pauses: [{ from: seen, note: 'x' }] }, '123')).toBe(false);
    expect(isStoredTrackedCase({ ...full, pauses: [{ from: seen, to: 'yesterday' }] }, '123')).toBe(false);
    expect(isStoredTrackedCase({ ...full, pauses: [{ from: seen, to: undefined }] }, '123')).toBe(true);
  });

  it('accepts zero contact attempts (SOP E note: none recorded yet)', () => {
    expect(isStoredTrackedCase({ ...full, contactAttempts: 0 }, '123')).toBe(true);
    expect(isStoredTrackedCase({ ...full, contactAttempts: -1 }, '123')).toBe(false);
  });

  it('turns away what is no case object without throwing: nothing, null, a list, a number', () => {
    expect([undefined, null, [], 42].map((value) => isStoredTrackedCase(value, '123'))).toEqual([false, false, false, false]);
  });

  it('accepts an optional field present but unset, as the schema does', () => {
    const value = { ...full, category: undefined, contactAttempts: undefined };
    expect(isStoredTrackedCase(value, '123')).toBe(true);
    expect(schemaAccepts(value, '123')).toBe(true);
  });
});
