/**
 * A validation message can quote a stored value of any size; the settings problem shows each reason
 * cut at 200 characters. No message of lib/settings.ts is that long today, so the validator is
 * replaced here (a module mock, hence its own file) to give one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const reasons = vi.hoisted(() => ({ errors: [] as string[] }));
vi.mock('../../../lib/settings', async (original) => ({
  ...(await original<typeof import('../../../lib/settings')>()),
  validateSettings: () => ({ ok: false, errors: reasons.errors }),
}));

const { loadSettings } = await import('../../../lib/store/settings-item');

beforeEach(() => fakeBrowser.reset());

const problemFor = async (errors: string[]) => {
  reasons.errors = errors;
  await fakeBrowser.storage.local.set({ settings: { schemaVersion: 1 } });
  return (await loadSettings(async () => ({}))).problem;
};
const TAIL = ' They are kept aside unchanged; import a valid settings file to replace them.';

describe('long validation reasons in the settings problem', () => {
  it('a reason of exactly 200 characters is shown whole', async () => {
    expect(await problemFor(['r'.repeat(200)])).toBe(`The stored settings could not be read (${'r'.repeat(200)})${TAIL}`);
  });

  it('a reason of 201 characters is cut at 200 and marked with an ellipsis; a short one beside it stays whole', async () => {
    expect(await problemFor(['s'.repeat(201), 'short reason.'])).toBe(
      `The stored settings could not be read (${'s'.repeat(200)}… short reason.)${TAIL}`,
    );
  });
});
