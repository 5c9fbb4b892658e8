/** The background's answers to the popup: tracked cases, storage problems, done and undo. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleSetCaseDone, handleTrackedCases } from '../../../entrypoints/background/popup-messages';
import { upsertTrackedCase } from '../../../lib/store/tracked-cases';
import type { TrackedCase } from '../../../lib/tracking/tracked-case';
import { trackedCase } from '../../fixtures/tracked-case';

const seen = '2026-06-01T12:00:00.000Z';
const tc = (id: string): TrackedCase => trackedCase(id, { firstSeen: seen, lastSeen: seen });

beforeEach(() => fakeBrowser.reset());

describe('popup messages', () => {
  it('lists the tracked cases', async () => {
    await upsertTrackedCase(tc('1'));
    await upsertTrackedCase(tc('2'));
    const answer = await handleTrackedCases();
    expect(answer.cases.map((c) => c.complaintId).sort()).toEqual(['1', '2']);
    expect(answer.problem).toBeUndefined();
  });

  it('marks done and undoes it', async () => {
    await upsertTrackedCase(tc('1'));
    expect((await handleSetCaseDone({ complaintId: '1', done: true })).cases[0]).toMatchObject({ status: 'done', doneByUser: true });
    expect((await handleSetCaseDone({ complaintId: '1', done: false })).cases[0]).toMatchObject({ status: 'open', doneByUser: false });
  });

  it('rejects a malformed done message', async () => {
    await expect(handleSetCaseDone({ complaintId: 'Pat', done: true })).rejects.toThrow(/invalid/);
  });

  it('keeps reporting data that was set aside, not only on the read that found it', async () => {
    await upsertTrackedCase(tc('1'));
    const raw = (await fakeBrowser.storage.local.get('trackedCases')).trackedCases as Record<string, unknown>;
    await fakeBrowser.storage.local.set({ trackedCases: { ...raw, 77: { complaintId: 'broken' } } });
    const first = await handleTrackedCases();
    expect(first.problem).toMatch(/set aside/);
    expect(first.cases.map((c) => c.complaintId)).toEqual(['1']);
    const second = await handleTrackedCases();
    expect(second.problem).toMatch(/set aside, not deleted/);
  });
});
