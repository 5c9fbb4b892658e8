/**
 * The popup's precomputed view (lib/tracking/popup-view.ts): the rows it gives are the rows of the
 * cases, at any moment, in any zone and budget; anything missing, damaged, of another format,
 * revision or settings is refused, so the popup reads the cases instead.
 */
import { describe, expect, it } from 'vitest';
import { deadlineRows, rowBasis } from '../../../lib/tracking/deadline-row';
import { encodePopupView, POPUP_VIEW_FORMAT, type PopupView, popupViewRows, readPopupView, type ViewSettings, viewFits } from '../../../lib/tracking/popup-view';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';
import { trackedCase } from '../../fixtures/tracked-case';
import { typicalCase } from '../../fixtures/typical-case';

const REV = 'rev-1';
const META = { v: 2, rev: REV };

/** Cases that take every branch of a row: pauses ended and running, the RO wait, no date, L, E, done, closed. */
const CASES: TrackedCase[] = [
  ...Array.from({ length: 60 }, (_, i) => typicalCase(i)),
  trackedCase('1', { clock: 'paused', pauses: [{ from: '2026-06-02T10:00:00.000Z', to: '2026-06-03T09:30:00.000Z' }, { from: '2026-06-05T00:00:00.000Z' }], reassignmentRequested: true, reassignmentReason: 'issue-level' }),
  trackedCase('2', { reassignmentRequested: true, reassignmentRequestedAt: '2026-06-04T08:00:00.000Z', contractNumber: 'H5678' }),
  trackedCase('3', { reassignmentRequested: true }),
  trackedCase('4', { assignedDate: undefined, receivedDate: undefined }),
  trackedCase('5', { assignedDate: undefined, receivedDate: '2026-05-30', issueLevel: 'immediate-need', scenario: 'L' }),
  trackedCase('6', { scenario: 'E', contactAttempts: 2, category: 'Enrollment' }),
  trackedCase('7', { status: 'done', doneByUser: true }),
  trackedCase('8', { status: 'closed', clock: 'stopped' }),
  trackedCase('9', { issueLevel: undefined, pauses: [{ from: '2026-06-02T10:00:00.000Z', to: '2026-06-03T10:00:00.000Z' }] }),
];

function viewOf(cases: readonly TrackedCase[], settings: ViewSettings): PopupView {
  const stored = encodePopupView(cases.map((tc) => rowBasis(tc, settings)), REV, settings);
  const view = readPopupView(stored, META);
  if (!view) throw new Error('the view was refused');
  return view;
}

describe('the popup view', () => {
  const settingsList: ViewSettings[] = [
    {},
    { timeZone: 'America/Los_Angeles', budgets: { urgentDays: 5, noLevelDays: 20 } },
    { timeZone: 'Pacific/Honolulu', budgets: { urgentDays: 10 } },
  ];
  const moments = ['2026-06-01T00:00:00Z', '2026-06-06T15:45:00Z', '2026-06-15T16:00:00Z', '2026-11-01T06:30:00Z', '2027-01-01T00:00:00Z'].map(Date.parse);

  it('gives the rows deadlineRows gives from the cases, at any moment and with any settings', () => {
    for (const settings of settingsList) {
      const view = viewOf(CASES, settings);
      for (const now of moments) expect(popupViewRows(view, now)).toEqual(deadlineRows(CASES, { now, ...settings }));
    }
  });

  it('stores equal next steps once (L names its date: one per day) and is far smaller than the cases', () => {
    const cases = Array.from({ length: 1000 }, (_, i) => typicalCase(i));
    const stored = encodePopupView(cases.map((tc) => rowBasis(tc, {})), REV, {});
    expect(stored.length).toBeLessThan(JSON.stringify(cases).length * 0.6);
    expect((JSON.parse(stored) as { steps: unknown[] }).steps.length).toBeLessThan(100);
  });

  it('holds nothing but what a row shows (no note, summary or beneficiary)', () => {
    const tc = { ...trackedCase('10'), beneficiaryName: 'PAT Q. EXAMPLE' } as TrackedCase;
    expect(encodePopupView([rowBasis(tc, {})], REV, {})).not.toContain('EXAMPLE');
  });

  it('fits only the time zone and budgets it was built with', () => {
    const view = viewOf(CASES, { budgets: { urgentDays: 5 } });
    expect(viewFits(view, { timeZone: 'America/New_York', budgets: { urgentDays: 5 } })).toBe(true);
    expect(viewFits(view, { budgets: { urgentDays: 5, noLevelDays: undefined } })).toBe(true);
    expect(viewFits(view, { budgets: { urgentDays: 6 } })).toBe(false);
    expect(viewFits(view, { budgets: { urgentDays: 5, noLevelDays: 30 } })).toBe(false);
    expect(viewFits(view, { timeZone: 'America/Chicago', budgets: { urgentDays: 5 } })).toBe(false);
    expect(viewFits(view, {})).toBe(false);
  });

  describe('is refused, so the popup reads the cases, when it is', () => {
    const good = encodePopupView(CASES.map((tc) => rowBasis(tc, {})), REV, {});
    const edited = (change: (v: Record<string, unknown>) => void) => {
      const v = JSON.parse(good) as Record<string, unknown>;
      change(v);
      return JSON.stringify(v);
    };
    const firstRow = (v: Record<string, unknown>) => (v.rows as unknown[][])[0]!;

    it('the stored one (sanity)', () => expect(readPopupView(good, META)).toBeDefined());
    it('missing or not a string', () => {
      expect(readPopupView(undefined, META)).toBeUndefined();
      expect(readPopupView(null, META)).toBeUndefined();
      expect(readPopupView(JSON.parse(good), META)).toBeUndefined();
    });
    it('of another revision than the cases, or the cases carry none', () => {
      expect(readPopupView(good, { v: 2, rev: 'rev-2' })).toBeUndefined();
      expect(readPopupView(good, { v: 2 })).toBeUndefined();
      expect(readPopupView(good, undefined)).toBeUndefined();
    });
    it('of another format (newer or older)', () => {
      expect(readPopupView(edited((v) => (v.v = POPUP_VIEW_FORMAT + 1)), META)).toBeUndefined();
      expect(readPopupView(edited((v) => (v.v = POPUP_VIEW_FORMAT - 1)), META)).toBeUndefined();
    });
    it('damaged', () => {
      expect(readPopupView(good.slice(0, -10), META)).toBeUndefined();
      expect(readPopupView('null', META)).toBeUndefined();
      expect(readPopupView(edited((v) => (firstRow(v)[5] = 'ticking')), META)).toBeUndefined();
      expect(readPopupView(edited((v) => firstRow(v).pop()), META)).toBeUndefined();
      expect(readPopupView(edited((v) => (firstRow(v)[0] = '<b>1</b>')), META)).toBeUndefined();
      expect(readPopupView(edited((v) => (firstRow(v)[15] = 999)), META)).toBeUndefined();
      expect(readPopupView(edited((v) => (v.steps = [{ sop: 'K' }])), META)).toBeUndefined();
      expect(readPopupView(edited((v) => (v.budgets = [7])), META)).toBeUndefined();
      expect(readPopupView(edited((v) => (v.rows = {})), META)).toBeUndefined();
    });
  });
});
