/**
 * A case that is two scenarios at once, in Chromium with the built extension: a CIS case (SOP L)
 * that is also a retroactive disenrollment (SOP G), Immediate Need and so critical (G.4). L is
 * worked; G also applies: once its critical path is confirmed, its "CRITICAL RD" (G.5.a) is
 * required next to L.2's notation, and its email (G.5.b) is offered. Fixture: test/fixtures/ctm/scenario-l-g.html.
 */
import type { Page } from '@playwright/test';
import { fixtureUrl } from './chromium';
import { expect, test } from './fixtures';

const NOTE_BOX = 'textarea#plan-response';
const required = (page: Page, phrase: string) => page.locator(`[data-rule="required-phrase"][data-phrase="${phrase}"]`);

test.describe('a CIS case that is also a critical RD (SOP L with G)', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(fixtureUrl('scenario-l-g.html'));
    await expect(page.locator('[data-field="complaintId"]')).toHaveAttribute('data-value', '4101313');
  });

  test('SOP L, G: L is worked and [data-also-applies] shows G', async ({ page }) => {
    await expect(page.locator('[data-scenario][data-active="true"]')).toHaveAttribute('data-scenario', 'L');
    await expect(page.locator('[data-also-applies]')).toHaveAttribute('data-also-applies', 'G');
    await expect(page.locator('[data-also-applies]')).toContainText('Retroactive disenrollment (RD)');
  });

  test('SOP L.2 and G.5.a: once the critical RD path is confirmed (G.4), both phrases are required errors until the note says them', async ({ page }) => {
    await expect(required(page, 'CIS or Congressional Resolution')).toHaveAttribute('data-severity', 'error');
    await expect(required(page, 'CRITICAL RD')).toHaveCount(0);
    await page.locator('[data-pick-scenario="G"]').click();
    await page.locator('button[data-confirm-branch="critical"]').click();
    await page.locator('[data-pick-scenario="L"]').click();
    await expect(page.locator('[data-scenario][data-active="true"]')).toHaveAttribute('data-scenario', 'L');
    await expect(required(page, 'CRITICAL RD')).toHaveAttribute('data-severity', 'error');
    await expect(required(page, 'CRITICAL RD')).toContainText('Scenario G');
    await expect(required(page, 'CIS or Congressional Resolution')).toHaveAttribute('data-severity', 'error');
    await page.locator(NOTE_BOX).fill('CIS or Congressional Resolution. CRITICAL RD: referred to the home RO on 11/02/2026.');
    await expect(page.locator('[data-rule="required-phrase"]')).toHaveCount(0);
  });

  test('SOP G.5.b: the critical RD email card is on the L case', async ({ page }) => {
    await expect(page.locator('[data-email="G-critical-rd"]')).toBeVisible();
    await expect(page.locator('[data-email="G-critical-rd"] [data-email-subject]')).toContainText('CRITICAL RD, in CTM');
  });
});
