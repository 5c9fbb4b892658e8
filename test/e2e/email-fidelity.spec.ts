/**
 * The emails say only what is known and where it comes from:
 * the caseworker shown on each complaint or a visible gap, never the user's own name; the page's
 * phone and summary caught by the PHI guard; one email naming several tracked cases worked
 * under it, others named before they join; provenance in words on emails and required phrases.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dumpExtensionStorage, FIXTURE_DIR, HPMS, fixtureUrl } from './chromium';
import { importSettings } from './import-settings';
import { SAMPLE_SETTINGS } from '../fixtures/settings';
import { expect, test } from './fixtures';

// The user's own name differs from the caseworker on the pages: F.4.b asks for the one in CTM.
const SETTINGS = { ...SAMPLE_SETTINGS, caseworker: 'Riley Supervisor' };
const F_PAGE = readFileSync(join(FIXTURE_DIR, 'scenario-f.html'), 'utf8');
const CASEWORKER_ROW = /<td class="FieldLabel">Caseworker:<\/td>\s*<td class="FieldValue"><span id="ctl00_ContentPlaceHolder1_lblCaseworker">Jordan Lee<\/span><\/td>/;

const RESOLUTION_DATE = 'value="11/04/2026"';

/**
 * scenario-f.html (a save error: worked as F) under another complaint ID, with or without its
 * caseworker, and without its resolution date (the case then stays open on the popup's list).
 */
async function serveF(page: Page, id: string, { caseworker = true } = {}): Promise<string> {
  const url = `${HPMS}/hpms/ctm/fidelity/${id}.html`;
  expect(F_PAGE).toMatch(CASEWORKER_ROW);
  expect(F_PAGE).toContain(RESOLUTION_DATE);
  const html = F_PAGE.replaceAll('4100606', id)
    .replace(CASEWORKER_ROW, caseworker ? '$&' : '<td></td><td></td>')
    .replace(RESOLUTION_DATE, 'value=""');
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  return url;
}

const fEmail = (page: Page) => page.locator('[data-email="F-will-not-close"]');

test.describe('emails say only what is known', () => {
  test('SOP F.4.b: without a caseworker on the page the F email leaves a visible gap, not the user’s name; typing it in enables the link', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SETTINGS);
    await page.goto(await serveF(page, '4100701', { caseworker: false }));
    const body = fEmail(page).locator('textarea[data-email-body]');
    await expect(body).toHaveValue(/Complaint ID 4100701, caseworker in CTM: \[caseworker name\]/);
    await expect(body).not.toHaveValue(/caseworker in CTM: Riley Supervisor/);
    // SOP F.1, F.2: the page shows a category but no resolution date; the email says just that.
    await expect(body).toHaveValue(/The complaint category is assigned\./);
    await expect(body).not.toHaveValue(/resolution date/i);
    await expect(fEmail(page).locator('[data-missing-key="caseworker"]')).toBeVisible();
    await expect(fEmail(page).locator('a[data-mailto]')).not.toHaveAttribute('href', /./);
    await body.fill((await body.inputValue()).replace('[caseworker name]', 'Pat Kim'));
    await expect(fEmail(page).locator('[data-email-missing]')).toHaveCount(0);
    await expect(fEmail(page).locator('a[data-mailto]')).toHaveAttribute('href', /^mailto:.*Pat%20Kim/);
  });

  test('PHI guard: the page’s phone number and a sentence pasted from the complaint summary block the link and copy', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SETTINGS);
    await page.goto(fixtureUrl('scenario-f.html'));
    const body = fEmail(page).locator('textarea[data-email-body]');
    await expect(body).toHaveValue(/4100606/);
    const original = await body.inputValue();
    const warning = fEmail(page).locator('[data-phi-warning]');
    await body.fill(`${original}\nPlease call her at 410-555-0100.`);
    await expect(warning).toContainText('phone number');
    await expect(warning).not.toContainText('555');
    await expect(fEmail(page).locator('[data-copy-body]')).toBeDisabled();
    await body.fill(`${original}\nShe says the pharmacy charged the brand copay for a generic drug.`);
    await expect(warning).toContainText('complaint summary');
    await expect(warning).not.toContainText('pharmacy');
    await expect(fEmail(page).locator('a[data-mailto]')).not.toHaveAttribute('href', /./);
    await fEmail(page).locator('[data-phi-redact]').click();
    await expect(warning).toHaveCount(0);
    await expect(body).toHaveValue(/She \[REDACTED SUMMARY TEXT\]\./);
  });

  test('provenance: the email card and a required phrase say where they come from (SOP F.4, SOP D.1.a)', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SETTINGS);
    await page.goto(fixtureUrl('scenario-f.html'));
    await expect(fEmail(page)).toHaveAttribute('data-provenance', 'sop');
    await expect(fEmail(page).locator('[data-email-provenance]')).toHaveText('SOP F.4');
    await expect(fEmail(page).locator('[data-subject-provenance]')).toContainText("The SOP's exact words");
    await page.goto(fixtureUrl('scenario-d.html'));
    const phrase = page.locator('[data-rule="required-phrase"][data-phrase="CTM Case Not Part D"]');
    await expect(phrase).toHaveAttribute('data-provenance', 'sop');
    await expect(phrase).toContainText('SOP D.1.a');
  });

  test('SOP F.4: the popup’s several-case email names each complaint’s own caseworker and offers only cases worked as F; another joins after a named confirmation', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SETTINGS);
    const withName = await serveF(page, '4100801');
    const without = await serveF(page, '4100802', { caseworker: false });
    for (const url of [withName, without]) {
      await page.goto(url);
      await expect(page.locator('[data-scenario="F"][data-active="true"]')).toHaveCount(1);
    }
    await page.goto(fixtureUrl('scenario-d.html'));
    await expect(page.locator('[data-scenario="D"][data-active="true"]')).toHaveCount(1);
    const otherId = await page.locator('[data-field="complaintId"]').getAttribute('data-value');

    await page.goto(`chrome-extension://${extId}/popup.html`);
    for (const id of ['4100801', '4100802', otherId!]) await page.locator(`#select-${id}`).check();
    await page.locator('[data-email-selected="F-will-not-close"]').click();
    const body = fEmail(page).locator('textarea[data-email-body]');
    await expect(body).toHaveValue(/Complaint ID 4100801, caseworker in CTM: Jordan Lee/);
    await expect(body).toHaveValue(/Complaint ID 4100802, caseworker in CTM: \[caseworker name\]/);
    await expect(body).not.toHaveValue(/caseworker in CTM: Riley Supervisor/);
    await expect(body).not.toHaveValue(new RegExp(`Complaint ID ${otherId}`));
    const confirm = page.locator('[data-confirm-cases]');
    await expect(confirm).toContainText(`Complaint ${otherId} (worked as scenario D)`);
    await page.locator('[data-confirm-include]').click();
    await expect(body).toHaveValue(new RegExp(`Complaint ID ${otherId}`));
  });

  test('no beneficiary is known in the popup: a phone number typed into a general question blocks it (PHI by shape)', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/popup.html`);
    await page.locator('[data-guide-panel="P"] > summary').click();
    const composer = page.locator('[data-email-composer="P-general-inquiry"]');
    await composer.locator('[data-email-field="question"]').fill('Why can we not see complaint 123456789?');
    await expect(composer.locator('[data-phi-warning]')).toHaveCount(0);
    await composer.locator('[data-email-field="facts"]').fill('She asked us to call 410-555-0100.');
    await expect(composer.locator('[data-phi-warning]')).toContainText('a phone number');
    await expect(composer.locator('[data-copy-body]')).toBeDisabled();
  });

  test('SOP G.5.b: the popup offers one CRITICAL RD email for several cases; a critical RD page’s complaint and caseworker are in it', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SETTINGS);
    const critical = readFileSync(join(FIXTURE_DIR, 'scenario-g-critical.html'), 'utf8');
    const checked = critical
      .replace('<input type="checkbox" id="reassign">', '<input type="checkbox" id="reassign" checked>')
      .replace('<input type="radio" name="reason" value="cms">', '<input type="radio" name="reason" value="cms" checked>');
    expect(checked).not.toBe(critical);
    const url = `${HPMS}/hpms/ctm/fidelity/g-critical.html`;
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: checked }));
    await page.goto(url);
    await expect(page.locator('[data-scenario="G"][data-active="true"]')).toHaveCount(1);
    await expect(page.locator('[data-ctm-panel] time[data-due]')).toHaveCount(1);
    // SOP G.4: the caseworker confirms the critical path; the case then fits the CRITICAL RD email.
    await page.locator('button[data-confirm-branch="critical"]').click();
    await expect(page.locator('button[data-confirm-branch="critical"]')).toHaveAttribute('aria-pressed', 'true');

    await page.goto(`chrome-extension://${extId}/popup.html`);
    // The background has copied the confirmed path to the tracked case.
    await expect
      .poll(async () => ((await dumpExtensionStorage(extContext, extId)).local as { trackedCases?: Record<string, { branch?: string }> }).trackedCases?.['4100707']?.branch)
      .toBe('critical');
    await page.locator('#select-4100707').check();
    await page.locator('[data-email-selected="G-critical-rd"]').click();
    const email = page.locator('[data-email="G-critical-rd"]');
    await expect(email.locator('[data-email-subject]')).toHaveAttribute('data-email-subject', 'CRITICAL RD, in CTM');
    await expect(email.locator('[data-email-provenance]')).toHaveText('SOP G.5.b');
    await expect(page.locator('[data-select-case="4100707"]')).toBeChecked();
    await expect(email.locator('textarea[data-email-body]')).toHaveValue(/Complaint ID 4100707, caseworker in CTM: Morgan Riley/);
  });
});
