/**
 * Pages that try to mislead the reader, in Chromium with the built extension: a field shown with
 * two different values, a complaint ID that cannot be read or hides a zero-width character,
 * values of absurd length, and a WebForms reassignment row whose reasons are a radio list.
 * Variants of the fixture pages are served at their own paths under the HPMS host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { FIXTURE_DIR, fixtureUrl, HPMS } from './chromium';
import { importSettings } from './import-settings';
import { SAMPLE_SETTINGS } from '../fixtures/settings';
import { expect, test } from './fixtures';

const SCENARIO_F = readFileSync(join(FIXTURE_DIR, 'scenario-f.html'), 'utf8');
const WEBFORMS = readFileSync(join(FIXTURE_DIR, 'webforms-table.html'), 'utf8');
const HEAD_ROW = '<tr><td colspan="4" class="SectionHead">Complaint Information</td></tr>';

/** Serves `html` at its own HPMS path and opens it. */
async function openVariant(page: Page, name: string, html: string): Promise<void> {
  const url = `${HPMS}/hpms/ctm/reading-variant/${name}.html`;
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  await page.goto(url);
  await expect(page.locator('[data-ctm-panel]')).toHaveCount(1);
}

/** scenario-f.html (a save error: F emails) with another complaint ID and extra rows above its fields. */
function scenarioF(id: string, rowsAbove = ''): string {
  return SCENARIO_F.replaceAll('4100606', id).replace(HEAD_ROW, rowsAbove + HEAD_ROW);
}

async function openPopup(context: BrowserContext, extId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extId}/popup.html`);
  await expect(popup.locator('[data-filter="all"]')).toBeVisible();
  return popup;
}

const panel = (page: Page) => page.locator('[data-ctm-panel]');
/** The complaint page's own form, apart from the panel (whose step labels repeat the reason texts). */
const form = (page: Page) => page.locator('#aspnetForm');
const fEmail = (page: Page) => page.locator('[data-email="F-will-not-close"]');

test.describe('one field, two different values', () => {
  test('two complaint IDs: both shown, neither tracked, the deadline and the email say why', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SAMPLE_SETTINGS);
    await openVariant(page, 'two-ids', scenarioF('5610001', '<tr><td>Complaint ID: 5619999</td></tr><tr><td>Issue Level: Immediate Need</td></tr>'));
    const conflict = page.locator('[data-field-conflict="complaintId"]');
    await expect(conflict).toHaveText('The page shows different values: 5619999 and 5610001. Neither is used.');
    await expect(page.locator('[data-field="complaintId"]')).toHaveCount(0);
    await expect(panel(page).getByRole('alert').filter({ hasText: 'The page shows different complaint IDs (5619999 and 5610001)' })).toHaveCount(1);
    await expect(panel(page).getByText('Deadline unknown: the page shows different complaint IDs, so this case is not tracked.')).toBeVisible();
    await expect(panel(page).locator('time[data-due]')).toHaveCount(0);
    // Settings are loaded (the mailbox is filled in); only the ID is missing, and it says why.
    await expect(fEmail(page).locator('[data-email-to]')).toHaveAttribute('data-email-to', 'lead-ro@example.gov');
    await expect(fEmail(page).locator('[data-missing-key]')).toHaveText(['Complaint ID (the page shows different complaint IDs: 5619999 and 5610001)']);
    await expect(fEmail(page).locator('[data-email-options-link]')).toHaveCount(0);
    await expect(fEmail(page).locator('[data-email-subject]')).not.toHaveAttribute('data-email-subject', /561/);
    const popup = await openPopup(extContext, extId);
    await expect(popup.locator('[data-case="5610001"], [data-case="5619999"]')).toHaveCount(0);
    await popup.close();
  });

  test('two issue levels: the deadline is not computed and the case is not tracked from this page', async ({ page, extContext, extId }) => {
    await openVariant(page, 'two-levels', scenarioF('5610002', '<tr><td>Issue Level: Immediate Need</td></tr>'));
    await expect(page.locator('[data-field-conflict="issueLevel"]')).toContainText('Immediate Need and Urgent');
    await expect(page.locator('[data-field="complaintId"][data-value="5610002"]')).toHaveCount(1);
    await expect(panel(page).getByText('Deadline unknown: the page shows different values for Issue Level.')).toBeVisible();
    const popup = await openPopup(extContext, extId);
    await expect(popup.locator('[data-case="5610002"]')).toHaveCount(0);
    await popup.close();
  });
});

test.describe('the complaint ID', () => {
  test('an ID that cannot be read: the panel says so once; settings still load, so the email lacks only the ID', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SAMPLE_SETTINGS);
    await openVariant(page, 'unreadable-id', scenarioF('56100O3'));
    await expect(panel(page).getByRole('alert')).toHaveText([/^The complaint ID could not be read: "56100O3" is not a complaint ID \(digits\)\./]);
    await expect(panel(page).getByText('Deadline unknown: the complaint ID could not be read, so this case is not tracked.')).toBeVisible();
    await expect(panel(page).getByText('waiting for the background worker')).toHaveCount(0);
    await expect(fEmail(page).locator('[data-email-to]')).toHaveAttribute('data-email-to', 'lead-ro@example.gov');
    await expect(fEmail(page).locator('[data-missing-key]')).toHaveText(['Complaint ID (could not be read from the page)']);
    await expect(fEmail(page).locator('[data-email-options-link]')).toHaveCount(0);
    // A pick still works on this page (it cannot be saved without an ID, as the notice says).
    await page.locator('[data-pick-scenario="C"]').click();
    await expect(page.locator('[data-scenario="C"][data-active="true"]')).toHaveCount(1);
  });

  test('an ID with a zero-width space is read as the digits shown, tracked, and given its due moment', async ({ page, extContext, extId }) => {
    await openVariant(page, 'zero-width-id', WEBFORMS.replace('>4012345<', '>5610\u200B004<'));
    await expect(page.locator('[data-field="complaintId"][data-value="5610004"]')).toHaveCount(1);
    await expect(panel(page).locator('time[data-due][data-due-from="background"]')).toHaveCount(1);
    const popup = await openPopup(extContext, extId);
    await expect(popup.locator('[data-case="5610004"] time[data-due]')).toHaveCount(1);
    await popup.close();
  });
});

test('an unreadable issue level: no due moment on the no-level budget, and the case is not tracked', async ({ page, extContext, extId }) => {
  await openVariant(page, 'unreadable-level', scenarioF('5610006').replace('>Urgent<', '>Urgentish<'));
  await expect(page.locator('[data-field-malformed="issueLevel"]')).toHaveCount(1);
  await expect(panel(page).getByText('Deadline unknown: the page’s Issue Level could not be read.')).toBeVisible();
  const popup = await openPopup(extContext, extId);
  await expect(popup.locator('[data-case="5610006"]')).toHaveCount(0);
  await popup.close();
});

test('a 40,000-character caseworker and beneficiary name: the panel works and says they are not used', async ({ page, extContext, extId }) => {
  await importSettings(extContext, extId, SAMPLE_SETTINGS);
  const long = 'Zq'.repeat(20_000);
  await openVariant(page, 'long-names', scenarioF('5610005').replace('>Jordan Lee<', `>${long}<`).replace('>Morgan F. Phantom<', `>${long}<`));
  await expect(page.locator('[data-field-malformed="caseworker"]')).toHaveText('Could not read: longer than 200 characters, so not used');
  await expect(page.locator('[data-field-malformed="beneficiaryName"]')).toContainText('longer than 200 characters, so not used');
  // The email still works: it asks for the caseworker rather than using either name, and what is typed is checked.
  await expect(fEmail(page).locator('[data-missing-key]')).toHaveText(['Caseworker shown on the complaint in CTM (could not be read from the page): type it in the body']);
  const body = fEmail(page).locator('textarea[data-email-body]');
  await expect(body).toHaveValue(/caseworker in CTM: \[caseworker name\]/);
  await body.fill('Complaint 5610005: HICN 123456789A');
  await expect(fEmail(page).locator('[data-phi-warning]')).toBeVisible();
  await expect(panel(page)).not.toContainText('ZqZq');
});

test.describe('reassignment reason as a radio list in the Request Reassignment row', () => {
  test('checking the box and a category reason pauses the clock and ticks I.2', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-reason-radios.html'));
    const due = panel(page).locator('time[data-due]');
    await expect(due).toHaveAttribute('data-clock', 'running');
    await page.locator('[data-pick-scenario="I"]').click();
    await expect(page.locator('[data-step="I.2"]')).toHaveAttribute('data-state', 'todo');
    await form(page).getByLabel('Plan requests case reassignment').check();
    await form(page).getByLabel('Requires category reassignment').check();
    await expect(page.locator('[data-step="I.2"]')).toHaveAttribute('data-state', 'done');
    await expect(due).toHaveAttribute('data-clock', 'paused');
    await form(page).getByLabel('Plan requests case reassignment').uncheck();
    await expect(due).toHaveAttribute('data-clock', 'running');
  });

  test('an issue-level reason pauses the clock too (SOP J.4)', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-reason-radios.html'));
    await page.locator('[data-pick-scenario="J"]').click();
    await form(page).getByLabel('Plan requests case reassignment').check();
    await form(page).getByLabel('Requires issue level reassignment').check();
    await expect(page.locator('[data-step="J.2"]')).toHaveAttribute('data-state', 'done');
    await expect(panel(page).locator('time[data-due]')).toHaveAttribute('data-clock', 'paused');
  });
});
