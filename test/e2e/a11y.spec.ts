/**
 * Accessibility (PRIVACY.md links here too: caseworkers include keyboard and screen-reader users).
 * axe-core, injected from node_modules, finds no serious or critical violation in the panel on
 * every complaint fixture and the built-in sample, the popup, the options page (settings form and
 * import) or the welcome page; the panel's controls are reachable by
 * Tab with a visible focus ring.
 */
import { COMPLAINT_FIXTURES } from '../fixtures/ctm/expected';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { fixtureUrl } from './chromium';
import { expect, test } from './fixtures';


test.describe('accessibility: axe-core finds no serious or critical violation', () => {
  for (const fixture of COMPLAINT_FIXTURES) {
    test(`the panel on ${fixture.file}`, async ({ page }) => {
      await page.goto(fixtureUrl(fixture.file));
      await expect(page.locator('[data-field="complaintId"]')).toHaveAttribute('data-value', fixture.facts.complaintId);
      expect(await seriousViolations(page, 'ctm-assist-panel')).toEqual([]);
    });
  }

  test('the panel with the RD path choice (SOP G.4), before and after a path is confirmed by keyboard', async ({ page }) => {
    await page.goto(fixtureUrl('scenario-g-critical.html'));
    await expect(page.locator('[data-branch-choice]')).toHaveCount(1);
    expect(await seriousViolations(page, 'ctm-assist-panel')).toEqual([]);
    await page.locator('[data-confirm-branch="non-critical"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-confirm-branch="non-critical"]')).toHaveAttribute('aria-pressed', 'true');
    expect(await seriousViolations(page, 'ctm-assist-panel')).toEqual([]);
  });

  test('the popup', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/popup.html`);
    await expect(page.locator('body')).not.toBeEmpty();
    await expect(page.locator('#app, main').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the options page, including an import error', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/options.html`);
    await page.locator('textarea[data-settings-import]').fill('{ "schemaVersion": 1, "timeZone": "Mars/Base" }');
    await page.locator('[data-settings-import-apply]').click();
    await expect(page.locator('[data-settings-error]')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the options page settings form, with a refused value by its field', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/options.html`);
    await page.locator('[data-setting="mailboxes.leadRegionalOffice"]').fill('not an address');
    await page.locator('[data-settings-save]').click();
    await expect(page.locator('[data-setting-error="mailboxes.leadRegionalOffice"]')).toBeVisible();
    await expect(page.locator('[data-settings-form-error]')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the welcome page', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/welcome.html`);
    await expect(page.locator('[data-welcome] h1')).toBeVisible();
    await expect(page.locator('[data-shortcut]')).toHaveCount(3);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the sample complaint page and its panel', async ({ page, extId }) => {
    await page.goto(`chrome-extension://${extId}/sample.html`);
    await expect(page.locator('[data-field="complaintId"]')).toHaveAttribute('data-value', '1000001');
    expect(await seriousViolations(page, 'ctm-assist-panel')).toEqual([]);
  });
});

/** The focused element, looking through open shadow roots, and how its focus is drawn. */
async function deepFocus(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return undefined;
    const style = getComputedStyle(active);
    const inPanel = active.getRootNode() !== document;
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return { inPanel, ring, tag: active.localName, name, focusVisible: active.matches(':focus-visible') };
  });
}

test.describe('keyboard: the panel is usable without a mouse', () => {
  test('Tab reaches the panel controls, each with a visible focus ring', async ({ page }) => {
    await page.goto(fixtureUrl('webforms-table.html'));
    await expect(page.locator('[data-ctm-panel]')).toHaveCount(1);
    const reached: string[] = [];
    for (let i = 0; i < 120 && reached.length < 6; i++) {
      await page.keyboard.press('Tab');
      const focus = await deepFocus(page);
      if (!focus?.inPanel) continue;
      expect(focus.focusVisible, `${focus.tag} "${focus.name}" matches :focus-visible`).toBe(true);
      expect(focus.ring, `${focus.tag} "${focus.name}" shows a focus ring`).toBe(true);
      reached.push(`${focus.tag} ${focus.name}`);
    }
    expect(reached.length, `panel controls reached by Tab: ${reached.join(' | ')}`).toBeGreaterThanOrEqual(3);
  });
});
