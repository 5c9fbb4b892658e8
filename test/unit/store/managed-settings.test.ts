import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MANAGED_KEYS, validateManaged } from '../../../lib/managed-policy';
import { readManagedStorage } from '../../../lib/store/managed-settings';
import { loadSettings, saveSettings, watchSettings } from '../../../lib/store/settings-item';
import schema from '../../../public/managed_schema.json';

const USER = {
  schemaVersion: 1 as const,
  organization: 'My Own Plan',
  caseworker: 'Jordan Lee',
  timeZone: 'America/New_York',
  mailboxes: { leadRegionalOffice: 'mine@example.gov' },
};

const POLICY = {
  organization: 'Acme Health Plan',
  contracts: ['s1234', 'H5678'],
  mailboxes: { leadRegionalOffice: 'lead-ro@example.gov', homeRegionPartD: 'region-partd@example.gov' },
  timeZone: 'America/Chicago',
  budgets: { urgentDays: 5 },
};

describe('enterprise policy (managed storage) over the user settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('no policy: the user settings alone, nothing locked, nothing reported', async () => {
    await saveSettings(USER);
    expect(await loadSettings()).toEqual({ settings: USER });
  });

  it('a browser that throws for managed storage (Firefox without policies.json) counts as no policy', async () => {
    await saveSettings(USER);
    await fakeBrowser.storage.managed.set({ organization: 'unreachable' });
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedStorage()).toEqual({});
    expect(await loadSettings()).toEqual({ settings: USER });
    expect(get).toHaveBeenCalled();
  });

  it('policy values win over the user, are normalised like a file, and are locked', async () => {
    await saveSettings(USER);
    await fakeBrowser.storage.managed.set(POLICY);
    const loaded = await loadSettings();
    expect(loaded.settings).toEqual({
      schemaVersion: 1,
      organization: 'Acme Health Plan',
      caseworker: 'Jordan Lee',
      contracts: ['S1234', 'H5678'],
      mailboxes: POLICY.mailboxes,
      timeZone: 'America/Chicago',
      budgets: { urgentDays: 5 },
    });
    expect(loaded.managed?.locked.sort()).toEqual(['budgets', 'contracts', 'mailboxes', 'organization', 'timeZone']);
    expect(loaded.managed?.problems).toEqual([]);
  });

  it('an imported file cannot override a locked setting', async () => {
    await fakeBrowser.storage.managed.set({ timeZone: 'America/Chicago' });
    await saveSettings({ schemaVersion: 1, timeZone: 'America/Los_Angeles', organization: 'Imported' });
    const { settings } = await loadSettings();
    expect(settings.timeZone).toBe('America/Chicago');
    expect(settings.organization).toBe('Imported');
  });

  it('an invalid policy value is reported by key and not used; the valid ones still apply', async () => {
    await saveSettings(USER);
    const loaded = await loadSettings(async () => ({ timeZone: 'Mars/Base', contracts: ['Q12'], organization: 'Acme', colour: 'red' }));
    expect(loaded.settings.timeZone).toBe('America/New_York');
    expect(loaded.settings.contracts).toBeUndefined();
    expect(loaded.settings.organization).toBe('Acme');
    expect(loaded.managed?.locked).toEqual(['organization']);
    expect(loaded.managed?.problems).toEqual([
      'Policy setting timeZone: is not a known time zone. It is not used.',
      expect.stringMatching(/^Policy setting contracts\[0\]: is not a contract number.* It is not used\.$/),
      'Policy setting colour is not a CTM Assist setting; it is ignored.',
    ]);
  });

  it('a policy value with a line break, or a key of any length, is reported without repeating it', () => {
    const problems = validateManaged({ organization: 'Acme\r\nBcc: evil@x.com', ['k'.repeat(50_000)]: 1 }).problems;
    expect(problems).toEqual([
      'Policy setting organization: holds a line break, tab or other control character; it must be one line of text. It is not used.',
      'Policy setting (a key of 50000 characters) is not a CTM Assist setting; it is ignored.',
    ]);
  });

  it('a policy that is not an object is ignored with one message', () => {
    expect(validateManaged(['S1234']).problems).toHaveLength(1);
    expect(validateManaged('x').locked).toEqual([]);
    expect(validateManaged(undefined)).toEqual({ values: {}, locked: [], problems: [] });
  });

  it('a policy change while the browser runs reaches the watchers', async () => {
    let calls = 0;
    const stop = watchSettings(() => calls++);
    await fakeBrowser.storage.managed.set({ organization: 'Acme' });
    await expect.poll(() => calls).toBeGreaterThan(0);
    stop();
  });

  it('the managed schema IT loads offers exactly the keys the extension reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_KEYS].sort());
    expect(Object.keys(schema.properties.mailboxes.properties).sort()).toEqual(['homeRegionPartD', 'integriguard', 'leadRegionalOffice']);
    expect(Object.keys(schema.properties.budgets.properties).sort()).toEqual(['noLevelDays', 'urgentDays']);
  });
});

describe('the example policy files in docs/admin/', () => {
  it('are valid as they stand: every key locked, nothing reported', async () => {
    const chrome = (await import('../../../docs/admin/chrome-linux-policy.json')).default['3rdparty'].extensions.EXTENSION_ID;
    const firefox = (await import('../../../docs/admin/firefox-policies.json')).default.policies['3rdparty'].Extensions['ctm-assist@ctm-assist.example'];
    for (const policy of [chrome, firefox]) {
      const managed = validateManaged(policy);
      expect(managed.problems).toEqual([]);
      expect(managed.locked.sort()).toEqual(['budgets', 'contracts', 'mailboxes', 'organization', 'timeZone']);
    }
  });
});
