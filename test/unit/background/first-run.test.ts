import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall, welcomeShownItem } from '../../../entrypoints/background/first-run';

const noPolicy = async () => ({});

describe('first run: the welcome page', () => {
  beforeEach(() => fakeBrowser.reset());

  const opened = () => vi.spyOn(fakeBrowser.tabs, 'create');

  it('opens on install', async () => {
    const create = opened();
    await openWelcomeOnInstall({ reason: 'install' }, noPolicy);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0].url).toMatch(/\/welcome\.html$/);
  });

  it('does not open on an update, a browser update or a second install event', async () => {
    const create = opened();
    await openWelcomeOnInstall({ reason: 'update' }, noPolicy);
    await openWelcomeOnInstall({ reason: 'chrome_update' }, noPolicy);
    expect(create).not.toHaveBeenCalled();
    await openWelcomeOnInstall({ reason: 'install' }, noPolicy);
    await openWelcomeOnInstall({ reason: 'install' }, noPolicy);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('is skipped when enterprise policy sets the profile, but not for an unusable policy value', async () => {
    const create = opened();
    await openWelcomeOnInstall({ reason: 'install' }, async () => ({ organization: 'Acme Health Plan' }));
    expect(create).not.toHaveBeenCalled();
    expect(await welcomeShownItem.getValue()).toBe(true);
    fakeBrowser.reset();
    const again = opened();
    await openWelcomeOnInstall({ reason: 'install' }, async () => ({ contracts: ['Q12'] }));
    expect(again).toHaveBeenCalledTimes(1);
  });
});
