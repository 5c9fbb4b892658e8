/**
 * Hostile values in the built extension: invisible characters around PHI in an email, very long
 * names on the page, and a page URL whose query carries beneficiary digits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dumpExtensionStorage, FIXTURE_DIR, fixtureUrl } from './chromium';
import { importSettings } from './import-settings';
import { SAMPLE_SETTINGS } from '../fixtures/settings';
import { expect, test } from './fixtures';

/** Console errors and uncaught page errors, collected while the test runs. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test.describe('hostile values', () => {
  test('PHI split by a zero-width space still blocks the email, and Redact removes it whole', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SAMPLE_SETTINGS);
    await page.goto(fixtureUrl('scenario-f.html'));
    const email = page.locator('[data-email="F-will-not-close"]');
    const body = email.locator('textarea[data-email-body]');
    await expect(body).toHaveValue(/4100606/);
    const original = await body.inputValue();

    await body.fill(`${original}\nHICN 4567\u200B89012C, DOB 01/\u200B30/1946.`);
    const warning = email.locator('[data-phi-warning]');
    await expect(warning).toContainText('HICN');
    await expect(email.locator('a[data-mailto]')).not.toHaveAttribute('href', /./);
    await email.locator('[data-phi-redact]').click();
    await expect(warning).toHaveCount(0);
    await expect(body).toHaveValue(`${original}\nHICN [REDACTED HICN], DOB [REDACTED DATE OF BIRTH].`);
  });

  test('a 40,000-character beneficiary and caseworker name leave the panel working, with no error', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SAMPLE_SETTINGS);
    const long = (name: string) => `${name} ${'Q'.repeat(40_000)}`;
    const html = readFileSync(join(FIXTURE_DIR, 'scenario-f.html'), 'utf8')
      .replace('>Morgan F. Phantom<', `>${long('Morgan F. Phantom')}<`)
      .replace('>Jordan Lee<', `>${long('Jordan Lee')}<`);
    await page.route('**/hpms/ctm/long-names.html', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const errors = collectErrors(page);
    await page.goto(fixtureUrl('long-names.html'));
    const email = page.locator('[data-email="F-will-not-close"]');
    const body = email.locator('textarea[data-email-body]');
    await expect(body).toHaveValue(/4100606/);
    // A name that long is not used (the panel says so), so the guard looks for identifiers instead.
    await expect(page.locator('[data-field-malformed="beneficiaryName"]')).toContainText('longer than 200 characters');
    await body.fill(`${await body.inputValue()}\nHICN 123456789A.`);
    await expect(email.locator('[data-phi-warning]')).toContainText('HICN');
    expect(errors.filter((e) => /regular expression|CTM Assist/i.test(e))).toEqual([]);
  });

  test('a page URL keeps only its complaint ID parameter in storage', async ({ page, extContext, extId }) => {
    await page.goto(fixtureUrl('scenario-a.html?ComplaintID=4100101&phone=4105550100&dob=03121947'));
    await expect(page.locator('[data-ctm-panel] time[data-due]')).toHaveCount(1);
    const stored = async () => JSON.stringify((await dumpExtensionStorage(extContext, extId)).local);
    await expect.poll(stored).toContain('scenario-a.html?ComplaintID=4100101');
    const text = await stored();
    expect(text).not.toContain('4105550100');
    expect(text).not.toContain('03121947');
  });
});
