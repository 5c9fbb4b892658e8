/**
 * The access follow-up dates (SOP N.1: CMS confirmed receipt of the access request; SOP O.1: HPMS
 * user ID requested) as stored and read back, with the exact words when they cannot be read. Each
 * test loads the module afresh (vi.resetModules): its date check, storage item and message are
 * built at import, which Stryker counts only when loaded inside a test.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const fresh = async () => {
  vi.resetModules();
  return import('../../../lib/store/access-follow-up-dates');
};
const all = () => fakeBrowser.storage.local.get(null);

beforeEach(() => fakeBrowser.reset());

describe('access follow-up dates kept (SOP N.1, O.1)', () => {
  it('nothing saved reads as no dates and no problem; the raw item reads as null', async () => {
    const { loadAccessDates, accessDatesItem } = await fresh();
    expect(await loadAccessDates()).toEqual({ dates: {} });
    expect(await accessDatesItem.getValue()).toBeNull();
  });

  it('an empty date field is not stored; the other date is', async () => {
    const { saveAccessDates } = await fresh();
    await saveAccessDates({ accessConfirmedDate: '', hpmsRequestedDate: '2026-05-01' });
    expect(await all()).toEqual({ accessFollowUps: { hpmsRequestedDate: '2026-05-01' } });
    await saveAccessDates({ accessConfirmedDate: '2026-06-01', hpmsRequestedDate: '' });
    expect(await all()).toEqual({ accessFollowUps: { accessConfirmedDate: '2026-06-01' } });
  });

  it.each([['12026-06-01'], ['2026-06-011']])('a stored date %s that is not a calendar day in ISO form is set aside and said', async (bad) => {
    const { loadAccessDates } = await fresh();
    await fakeBrowser.storage.local.set({ accessFollowUps: { accessConfirmedDate: bad } });
    expect(await loadAccessDates()).toEqual({
      dates: {},
      problem: 'The saved access follow-up dates could not be read; they were kept aside (1 KB). Enter the dates again.',
    });
  });

  it('clearing removes the set-aside copies', async () => {
    const { loadAccessDates, clearUnreadableAccessDates } = await fresh();
    await fakeBrowser.storage.local.set({ accessFollowUps: 'junk' });
    await loadAccessDates();
    expect(Object.keys(await all())).toContain('accessFollowUps.unreadable');
    await clearUnreadableAccessDates();
    expect(Object.keys(await all())).not.toContain('accessFollowUps.unreadable');
  });
});
