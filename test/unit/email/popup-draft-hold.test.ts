/**
 * The popup's N follow-up email is held back until 6 business days have passed since CMS
 * confirmed receipt (SOP N.2), against the plan's today; other popup emails are never held.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { draftEmail } from '../../../lib/email/draft';
import { draftPopupEmail } from '../../../lib/email/popup-draft';
import type { Settings } from '../../../lib/settings';
import { SAMPLE_SETTINGS } from '../../fixtures/settings';

const user = { userName: 'Sam Rivera', hpmsId: 'SRIV1' };
const HELD_MESSAGE =
  'SOP N.2: write to CMS only after 6 business days. Check for access on 2026-11-17 (SOP N.1); this email is offered from 2026-11-19.';

afterEach(() => {
  vi.useRealTimers();
});

describe('the N follow-up hold in the popup (SOP N.2)', () => {
  it('reads a confirmation date typed with spaces around it', () => {
    const d = draftPopupEmail('N-access-follow-up', { settings: SAMPLE_SETTINGS, cases: [], extra: { ...user, receiptConfirmedOn: ' 2026-11-09 ' }, today: '2026-11-18' });
    expect(d.heldUntil).toEqual({ date: '2026-11-19', message: HELD_MESSAGE });
    expect(d.missing).toEqual([]);
  });

  it('asks for an unreadable confirmation date in the form, saying how to write it', () => {
    const d = draftPopupEmail('N-access-follow-up', { settings: SAMPLE_SETTINGS, cases: [], extra: { ...user, receiptConfirmedOn: '11/09/2026' }, today: '2026-11-18' });
    expect(d.missing).toEqual([{ key: 'extra.receiptConfirmedOn', label: 'Enter the date CMS confirmed receipt of the request (YYYY-MM-DD).', source: 'input' }]);
    expect(d.heldUntil).toBeUndefined();
  });

  it('lists a confirmation date not yet typed once, as the form’s required field', () => {
    const d = draftPopupEmail('N-access-follow-up', { settings: SAMPLE_SETTINGS, cases: [], extra: user, today: '2026-11-18' });
    expect(d.missing).toEqual([{ key: 'extra.receiptConfirmedOn', label: 'Date CMS confirmed receipt of the request', source: 'input' }]);
    expect(d.heldUntil).toBeUndefined();
  });

  it('never holds another popup email, whatever date the form holds', () => {
    const args = { settings: SAMPLE_SETTINGS, cases: [], extra: { question: 'Q?', receiptConfirmedOn: '2026-11-09' }, today: '2026-11-10' };
    const d = draftPopupEmail('P-general-inquiry', args);
    expect(d.heldUntil).toBeUndefined();
    expect(d).toEqual(draftEmail('P-general-inquiry', args));
  });

  it('holds against today in the plan’s time zone, not New York’s', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 06:00 UTC on 11/19: already 11/19 in New York, still 11/18 (20:00) in Honolulu.
    vi.setSystemTime(new Date('2026-11-19T06:00:00Z'));
    const input = { cases: [], extra: { ...user, receiptConfirmedOn: '2026-11-09' } };
    const honolulu: Settings = { ...SAMPLE_SETTINGS, timeZone: 'Pacific/Honolulu' };
    expect(draftPopupEmail('N-access-follow-up', { ...input, settings: honolulu }).heldUntil).toEqual({ date: '2026-11-19', message: HELD_MESSAGE });
    expect(draftPopupEmail('N-access-follow-up', { ...input, settings: SAMPLE_SETTINGS }).heldUntil).toBeUndefined();
  });

  it('holds against New York’s today when the plan set no time zone', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-19T03:00:00Z')); // 22:00 on 11/18 in New York
    const settings: Settings = { ...SAMPLE_SETTINGS, timeZone: undefined };
    const d = draftPopupEmail('N-access-follow-up', { settings, cases: [], extra: { ...user, receiptConfirmedOn: '2026-11-09' } });
    expect(d.heldUntil).toEqual({ date: '2026-11-19', message: HELD_MESSAGE });
  });
});
