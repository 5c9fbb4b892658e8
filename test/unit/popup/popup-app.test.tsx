/**
 * The popup entrypoint over fakeBrowser, with the background's real message handlers: what the
 * caseworker sees for tracked cases, no cases, damaged data and a silent background.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleSetCaseDone, handleTrackedCases } from '../../../entrypoints/background/popup-messages';
import { watchForeignCaseWrites } from '../../../entrypoints/background/popup-view-keeper';
import { PopupApp } from '../../../entrypoints/popup/PopupApp';
import { messaging } from '../../../lib/messages';
import { trackedCaseStore, upsertTrackedCase } from '../../../lib/store/tracked-cases';
import { UNSET_SETTINGS } from '../../../lib/store/popup-early-read';
import { currentRows, readRowItems } from '../../../lib/store/popup-list';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';
import { trackedCase } from '../../fixtures/tracked-case';

// The popup loads its guides, alert choices and email composer after the list (import()); load
// them once here so a wait below measures the popup, not Vite transforming the modules.
beforeAll(() => Promise.all([
  import('../../../entrypoints/popup/GuidesSection'),
  import('../../../entrypoints/popup/AlertPrefsForm'),
  import('../../../components/email/EmailComposer'),
  import('../../../components/email/SeveralCaseEmail'),
]), 60_000);

const seen = new Date().toISOString();
const tc = (id: string, extra: Partial<TrackedCase> = {}): TrackedCase =>
  trackedCase(id, { contractNumber: 'S1234', firstSeen: seen, lastSeen: seen, ...extra });

// The popup's messages go to the background's real handlers, or nowhere when it is "down".
const background = { up: true };
function fakeTheBackground() {
  vi.spyOn(messaging, 'sendMessage').mockImplementation((async (type: string, data?: unknown) => {
    if (!background.up) throw new Error('Could not establish connection. Receiving end does not exist.');
    if (type === 'trackedCases') return handleTrackedCases();
    if (type === 'setCaseDone') return handleSetCaseDone(data);
    throw new Error(`unexpected message ${type}`);
  }) as typeof messaging.sendMessage);
}

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  fakeTheBackground();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function answerLikeTheBackground() {
  background.up = true;
}

const ids = () => [...root.querySelectorAll<HTMLElement>('[data-case]')].map((el) => el.dataset.case);

async function mount() {
  await act(() => render(<PopupApp />, root));
}

describe('the popup app', () => {
  it('lists tracked cases soonest due first and takes one off on mark done', async () => {
    answerLikeTheBackground();
    await upsertTrackedCase(tc('300', { issueLevel: 'none' }));
    await upsertTrackedCase(tc('100', { issueLevel: 'immediate-need' }));
    await upsertTrackedCase(tc('200'));
    await mount();
    await vi.waitFor(() => expect(ids()).toEqual(['100', '200', '300']));
    await act(() => root.querySelector<HTMLButtonElement>('[data-mark-done="200"]')!.click());
    await vi.waitFor(() => expect(ids()).toEqual(['100', '300']));
    expect(root.querySelector('[data-filter="done"]')?.textContent).toContain('(1)');
  });

  it('shows the background’s precomputed rows, and due moments of the new settings once they change', async () => {
    answerLikeTheBackground();
    await upsertTrackedCase(tc('100', { issueLevel: 'urgent', assignedDate: '2026-06-01' }));
    await upsertTrackedCase(tc('200', { issueLevel: 'none', assignedDate: '2026-06-01' }));
    await upsertTrackedCase(tc('300', { issueLevel: 'urgent', assignedDate: '2026-06-01', status: 'done', doneByUser: true }));
    await trackedCaseStore().viewWritten();
    // As mount.ts starts the popup: from the early read, with the settings unset.
    const initial = currentRows(await readRowItems(), UNSET_SETTINGS);
    expect(initial).toBeDefined();
    await act(() => render(<PopupApp initialCases={initial} initialSettings={UNSET_SETTINGS} />, root));
    const due = (id: string) => root.querySelector(`[data-case="${id}"] time[data-due]`)?.getAttribute('datetime');
    expect(ids()).toEqual(['100', '200']);
    // Urgent 7 days, none 30, at the end of the day in New York (the defaults).
    expect(due('100')).toBe('2026-06-08T23:59:59-04:00');
    expect(due('200')).toBe('2026-07-01T23:59:59-04:00');

    await fakeBrowser.storage.local.set({ settings: { schemaVersion: 1, timeZone: 'America/Los_Angeles', budgets: { urgentDays: 3, noLevelDays: 20 } } });
    await vi.waitFor(() => expect(due('100')).toBe('2026-06-04T23:59:59-07:00'));
    expect(due('200')).toBe('2026-06-21T23:59:59-07:00');
    expect(ids()).toEqual(['100', '200']);

    // Mark done goes through the background; the list follows it.
    await act(() => root.querySelector<HTMLButtonElement>('[data-mark-done="100"]')!.click());
    await vi.waitFor(() => expect(ids()).toEqual(['200']));
    expect(due('200')).toBe('2026-06-21T23:59:59-07:00');
  });

  it('says how cases get tracked when there are none', async () => {
    answerLikeTheBackground();
    await mount();
    await vi.waitFor(() => expect(root.querySelector('[data-deadlines-empty]')?.textContent).toMatch(/Open a complaint in CTM/));
  });

  it('reports damaged data with [data-store-problem] and still lists the readable cases', async () => {
    answerLikeTheBackground();
    await upsertTrackedCase(tc('100'));
    // As in the extension, the background notices a write that is not its own (its view is then behind).
    const stop = watchForeignCaseWrites();
    try {
      const raw = (await fakeBrowser.storage.local.get('trackedCases')).trackedCases as Record<string, unknown>;
      await fakeBrowser.storage.local.set({ trackedCases: { ...raw, 9: 'garbage' } });
      await mount();
      await vi.waitFor(() => expect(root.querySelector('[data-store-problem]')?.textContent).toMatch(/set aside/));
      expect(ids()).toEqual(['100']);
    } finally {
      stop();
    }
  });

  it('says so when the background does not answer, instead of a blank list', async () => {
    // Data of an older storage version must go through the background (it migrates and writes).
    await fakeBrowser.storage.local.set({ trackedCases: [{ complaintId: '1', status: 'open', pageUrl: '', lastSeen: seen }] });
    background.up = false;
    await mount();
    await vi.waitFor(() => expect(root.querySelector('[data-popup-error]')?.textContent).toMatch(/did not answer/));
  });

  it('shows the chart for the next two weeks and the M–P guides', async () => {
    answerLikeTheBackground();
    await mount();
    await vi.waitFor(() => expect(root.querySelectorAll('[data-chart-day]')).toHaveLength(14));
    await vi.waitFor(() => expect(root.querySelector('[data-guide]')).not.toBeNull());
    expect([...root.querySelectorAll<HTMLElement>('[data-guide]')].map((el) => el.dataset.guide)).toEqual(['M', 'N', 'O', 'P']);
    expect(root.querySelector('[data-email="M-access-request"]')).not.toBeNull();
    expect(root.querySelector('[data-email="N-access-follow-up"]')).not.toBeNull();
    expect(root.querySelector('[data-email="P-general-inquiry"]')).not.toBeNull();
  });

  it('SOP F.4.b: the several-case F email names the caseworker shown on each complaint and offers only cases worked as F', async () => {
    answerLikeTheBackground();
    await upsertTrackedCase(tc('100', { scenario: 'F', caseworker: 'Pat Kim', resolutionDate: '2026-06-04', category: 'Enrollment' }));
    await upsertTrackedCase(tc('200', { scenario: 'F' }));
    await upsertTrackedCase(tc('300', { scenario: 'D', caseworker: 'Robin Fox' }));
    await mount();
    await vi.waitFor(() => expect(ids()).toEqual(['100', '200', '300']));
    for (const id of ['100', '200', '300']) await act(() => root.querySelector<HTMLInputElement>(`#select-${id}`)!.click());
    await act(() => root.querySelector<HTMLButtonElement>('[data-email-selected="F-will-not-close"]')!.click());
    const body = () => root.querySelector<HTMLTextAreaElement>('[data-email="F-will-not-close"] textarea[data-email-body]')?.value ?? '';
    await vi.waitFor(() => expect(body()).toContain('Complaint ID 100, caseworker in CTM: Pat Kim'));
    expect(body()).toContain('Complaint ID 200, caseworker in CTM: [caseworker name]');
    expect(body()).not.toContain('Jordan Lee');
    // Case 300 was worked as D: named in a confirmation, not in the email.
    expect(body()).not.toContain('300');
    expect(root.querySelector('[data-confirm-cases]')?.textContent).toContain('Complaint 300 (worked as scenario D)');
    // Case 200's page showed no resolution date: the email does not say one is entered.
    expect(body()).not.toMatch(/resolution date/i);
  });

  it('SOP G.5.b: one CRITICAL RD email for several cases; a G case whose path was not confirmed is confirmed by name', async () => {
    answerLikeTheBackground();
    const critical = { scenario: 'G' as const, branch: 'critical' as const };
    await upsertTrackedCase(tc('100', { ...critical, caseworker: 'Pat Kim' }));
    await upsertTrackedCase(tc('200', { ...critical, caseworker: 'Robin Fox' }));
    await upsertTrackedCase(tc('300', { scenario: 'G', caseworker: 'Sam Lee' }));
    await mount();
    await vi.waitFor(() => expect(ids()).toEqual(['100', '200', '300']));
    for (const id of ['100', '200', '300']) await act(() => root.querySelector<HTMLInputElement>(`#select-${id}`)!.click());
    await act(() => root.querySelector<HTMLButtonElement>('[data-email-selected="G-critical-rd"]')!.click());
    const email = () => root.querySelector('[data-email="G-critical-rd"]');
    await vi.waitFor(() => expect(email()).not.toBeNull());
    expect(email()!.querySelector('[data-email-subject]')!.textContent).toBe('CRITICAL RD, in CTM');
    const body = () => email()!.querySelector<HTMLTextAreaElement>('textarea[data-email-body]')!.value;
    expect(body()).toContain('Complaint ID 100, caseworker in CTM: Pat Kim');
    expect(body()).toContain('Complaint ID 200, caseworker in CTM: Robin Fox');
    expect(body()).not.toContain('300');
    expect(root.querySelector('[data-confirm-cases]')?.textContent).toContain('Complaint 300 (worked as scenario G; no path confirmed)');
    await act(() => root.querySelector<HTMLButtonElement>('[data-confirm-include]')!.click());
    expect(body()).toContain('Complaint ID 300, caseworker in CTM: Sam Lee');
  });
});
