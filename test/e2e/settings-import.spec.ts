/** The settings file as an admin hands it over: chosen from disk in whatever encoding an editor saved. */
import { SAMPLE_SETTINGS } from '../fixtures/settings';
import { expect, test } from './fixtures';

const SETTINGS = SAMPLE_SETTINGS;

function utf16le(text: string, bom: boolean): Buffer {
  return Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
}

test.describe('settings file encodings and refused values (options page)', () => {
  for (const [name, bytes] of [
    ['UTF-8 with a byte-order mark', Buffer.from(`\uFEFF${JSON.stringify(SETTINGS)}`, 'utf8')],
    ['UTF-16 (Windows Notepad "Unicode")', utf16le(JSON.stringify(SETTINGS, null, 2), true)],
    ['UTF-16 without a byte-order mark', utf16le(JSON.stringify(SETTINGS, null, 2), false)],
  ] as const) {
    test(`reads a file saved as ${name}`, async ({ page, extId }) => {
      await page.goto(`chrome-extension://${extId}/options.html`);
      await page.locator('#settings-file').setInputFiles({ name: 'settings.json', mimeType: 'application/json', buffer: bytes });
      await expect(page.locator('textarea[data-settings-import]')).toHaveValue(/"schemaVersion": ?1/);
      await page.locator('[data-settings-import-apply]').click();
      await expect(page.locator('[data-settings-applied]')).toBeVisible();
      expect(JSON.parse(await page.locator('[data-settings-export]').inputValue())).toEqual(SETTINGS);
    });
  }

  test('refuses a caseworker name holding a HICN, and header text in the organization, without repeating them', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/options.html`);
    const before = await page.locator('[data-settings-export]').inputValue();
    const bad = { ...SETTINGS, caseworker: 'Jordan Lee 456789012C', organization: 'Acme\r\nBcc: evil@x.com', mailboxes: { leadRegionalOffice: 'a@b.c?cc=x' } };
    await page.locator('textarea[data-settings-import]').fill(JSON.stringify(bad));
    await page.locator('[data-settings-import-apply]').click();
    const error = page.locator('[data-settings-error]');
    await expect(error).toContainText('caseworker: holds what looks like a HICN');
    await expect(error).toContainText('organization: holds a line break');
    await expect(error).toContainText('mailboxes.leadRegionalOffice: is not a plain email address');
    await expect(error).not.toContainText('456789012C');
    await expect(error).not.toContainText('evil@x.com');
    await expect(page.locator('[data-settings-export]')).toHaveValue(before);
  });
});
