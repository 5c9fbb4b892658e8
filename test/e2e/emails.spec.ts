/**
 * The SOP's case emails in the panel, in Chromium with the built extension: F and G
 * cards filled from the page and the imported settings, mailto links that decode back to what
 * the card shows, the PHI guard, and what happens without settings.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { parseMailto } from '../../lib/email/mailto';
import { fixtureUrl } from './chromium';
import { importSettings } from './import-settings';
import { SAMPLE_SETTINGS } from '../fixtures/settings';
import { expect, test } from './fixtures';

// The caseworker in settings differs from the one on the pages: F.4.b and G.5.b.iii ask for
// the caseworker shown on the complaint.
const SETTINGS = { ...SAMPLE_SETTINGS, caseworker: 'Riley Supervisor' };


/** Records, in the page, what the panel held the moment it first appeared (its first paint). */
const RECORD_FIRST_PAINT = `
  new MutationObserver((_, observer) => {
    const root = document.querySelector('ctm-assist-panel')?.shadowRoot;
    if (!root || !root.querySelector('[data-ctm-panel]')) return;
    observer.disconnect();
    window.__ctmFirstPaint = {
      due: !!root.querySelector('time[data-due]'),
      loadingLine: root.querySelector('[data-emails-loading]')?.textContent,
      emailCards: root.querySelectorAll('[data-email]').length,
    };
  }).observe(document, { childList: true, subtree: true });
`;

const card = (page: Page, id: string) => page.locator(`[data-email="${id}"]`);

/** The card's mailto link, decoded; line breaks back to LF as the textarea holds them. */
async function decodedMailto(link: Locator) {
  const href = await link.getAttribute('href');
  expect(href, 'the mailto link is enabled').toBeTruthy();
  expect(href!.startsWith('mailto:')).toBe(true);
  expect(href).not.toContain('+');
  const parts = parseMailto(href!);
  return { ...parts, body: parts.body.replace(/\r\n/g, '\n') };
}

async function expectBlocked(email: Locator): Promise<void> {
  const link = email.locator('a[data-mailto]');
  await expect(link).not.toHaveAttribute('href', /./);
  await expect(link).toHaveAttribute('aria-disabled', 'true');
}

test.describe('case emails in the panel', () => {
  test('the emails load from the extension’s own file after the panel’s first paint, which says they are loading', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SETTINGS);
    const laterLoads: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (request.url().endsWith('/ctm-panel-later.js')) laterLoads.push(request.url());
    };
    extContext.on('request', onRequest);
    try {
      await page.addInitScript(RECORD_FIRST_PAINT);
      await page.goto(fixtureUrl('scenario-f.html'));
      // The first paint: the facts and the due moment, the emails' place saying they are on their way.
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { __ctmFirstPaint?: unknown }).__ctmFirstPaint))
        .toEqual({ due: true, loadingLine: 'Loading emails…', emailCards: 0 });
      await expect(card(page, 'F-will-not-close').locator('textarea[data-email-body]')).toHaveValue(/Complaint ID 4100606/);
      await expect(page.locator('[data-emails-loading]')).toHaveCount(0);
      // Chromium reports the file under its per-session URL (use_dynamic_url) and the extension's own.
      expect(laterLoads.length).toBeGreaterThan(0);
      for (const url of laterLoads) expect(url).toMatch(/^chrome-extension:\/\/[^/]+\/ctm-panel-later\.js$/);
    } finally {
      extContext.off('request', onRequest);
    }
  });

  test('SOP F.4: the lead-RO email lists the complaint, its caseworker, plan and contract; mailto round-trips edits', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SETTINGS);
    await page.goto(fixtureUrl('scenario-f.html'));
    const email = card(page, 'F-will-not-close');
    await expect(email).toHaveCount(1);
    await expect(email.locator('[data-email-to]')).toHaveAttribute('data-email-to', 'lead-ro@example.gov');
    await expect(email.locator('[data-email-to]')).toHaveText('lead-ro@example.gov');
    await expect(email.locator('[data-email-subject]')).toHaveAttribute('data-email-subject', 'CTM Case Resolved But Will Not Close');
    await expect(email.locator('[data-email-subject]')).toHaveText('CTM Case Resolved But Will Not Close');
    const body = email.locator('textarea[data-email-body]');
    await expect(body).toHaveValue(/Complaint ID 4100606/); // F.4.a
    await expect(body).toHaveValue(/Jordan Lee/); // F.4.b: the caseworker on the complaint
    await expect(body).toHaveValue(/Acme Health Plan/); // F.4.c
    await expect(body).toHaveValue(/S1234/);
    await expect(email.locator('[data-phi-warning]')).toHaveCount(0);
    await expect(email.locator('[data-email-missing]')).toHaveCount(0);

    const link = email.locator('a[data-mailto]');
    expect(await decodedMailto(link)).toEqual({
      to: 'lead-ro@example.gov',
      subject: 'CTM Case Resolved But Will Not Close',
      body: await body.inputValue(),
    });
    // The caseworker edits the body with characters that break naive links.
    const edited = `${await body.inputValue()}\n\nP.S. Rx & co? #2 at 100% + = ; "quoted" 'single' — café ✓ 😀\r\nlast line`;
    await body.fill(edited);
    await expect.poll(async () => (await decodedMailto(link)).body).toBe(edited.replace(/\r\n/g, '\n'));
    expect((await decodedMailto(link)).subject).toBe('CTM Case Resolved But Will Not Close');
    await expect(email.locator('[data-copy-body]')).toBeEnabled();
  });

  test('PHI guard: the page\'s HICN or the beneficiary\'s name in the body blocks link and copy; Redact clears it', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SETTINGS);
    await page.goto(fixtureUrl('scenario-f.html'));
    const email = card(page, 'F-will-not-close');
    const body = email.locator('textarea[data-email-body]');
    await expect(body).toHaveValue(/4100606/);
    const original = await body.inputValue();

    await body.fill(`${original}\nBeneficiary HICN 456789012C.`);
    const warning = email.locator('[data-phi-warning]');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('HICN');
    await expect(warning).toContainText('body, line');
    await expect(warning).not.toContainText('456789012C');
    await expectBlocked(email);
    await expect(email.locator('[data-copy-body]')).toBeDisabled();
    await expect(email.locator('[data-copy-subject]')).toBeDisabled();

    await email.locator('[data-phi-redact]').click();
    await expect(warning).toHaveCount(0);
    await expect(body).not.toHaveValue(/456789012C/);
    await expect(email.locator('a[data-mailto]')).toHaveAttribute('href', /^mailto:/);
    await expect(email.locator('[data-copy-body]')).toBeEnabled();

    // The name, in another case and order, is caught too.
    await body.fill(`${original}\nCalled PHANTOM, MORGAN today.`);
    await expect(warning).toBeVisible();
    await expectBlocked(email);
    // Complaint IDs, contract numbers, another phone number than the beneficiary's and contact dates are not PHI.
    await body.fill(`${original}\nComplaint 4100606, contract S1234; called (800) 555-0199 on 11/04/2026.`);
    await expect(warning).toHaveCount(0);
    await expect(email.locator('a[data-mailto]')).toHaveAttribute('href', /^mailto:/);
  });

  test('an edited body is never replaced: it survives the card leaving and coming back, and a changed draft is offered, not forced', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SETTINGS);
    await page.goto(fixtureUrl('scenario-f.html'));
    const email = card(page, 'F-will-not-close');
    const body = email.locator('textarea[data-email-body]');
    await expect(body).toHaveValue(/Acme Health Plan/);
    const mine = `${await body.inputValue()}\nP.S. I called the plan on 11/04/2026.`;
    await body.fill(mine);

    // Press/Hill Yes makes L the scenario: the F card leaves; No brings it back with the edit.
    const pressHill = page.locator('select[name$="ddlPressHill"]');
    await pressHill.selectOption('Y');
    await expect(email).toHaveCount(0);
    await pressHill.selectOption('N');
    await expect(email).toHaveCount(1);
    await expect(body).toHaveValue(mine);
    await expect(email.locator('[data-email-draft-changed]')).toHaveCount(0);

    // Settings change in another tab, then the caseworker on the page changes: the draft changes.
    await importSettings(extContext, extId, { ...SETTINGS, organization: 'Beta Health Plan' });
    await page.locator('#ctl00_ContentPlaceHolder1_lblCaseworker').evaluate((span) => (span.textContent = 'Sam Rivera'));
    const notice = email.locator('[data-email-draft-changed]');
    await expect(notice).toContainText('“Complaint ID 4100606, caseworker in CTM: Sam Rivera” (was “Complaint ID 4100606, caseworker in CTM: Jordan Lee”)');
    await expect(notice).toContainText('Beta Health Plan');
    await expect(body).toHaveValue(mine);
    expect((await decodedMailto(email.locator('a[data-mailto]'))).body).toBe(mine);

    await email.locator('[data-use-new-draft]').click();
    await expect(notice).toHaveCount(0);
    await expect(body).toHaveValue(/Beta Health Plan/);
    await expect(body).toHaveValue(/caseworker in CTM: Sam Rivera/);
    await expect(body).not.toHaveValue(/P\.S\./);
  });

  test('SOP G.5.b: a critical RD page offers the home-region email, subject "CRITICAL RD, in CTM"; the MBI is caught', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SETTINGS);
    await page.goto(fixtureUrl('scenario-g-critical.html'));
    const email = card(page, 'G-critical-rd');
    await expect(email).toHaveCount(1);
    await page.locator('[data-confirm-branch="critical"]').click(); // SOP G.4: the caseworker confirms the path
    await expect(card(page, 'G-integriguard')).toHaveCount(0);
    await expect(email.locator('[data-email-to]')).toHaveAttribute('data-email-to', 'region-partd@example.gov');
    await expect(email.locator('[data-email-subject]')).toHaveAttribute('data-email-subject', 'CRITICAL RD, in CTM');
    const body = email.locator('textarea[data-email-body]');
    await expect(body).toHaveValue(/Complaint ID 4100707/); // G.5.b.i
    await expect(body).toHaveValue(/Acme Health Plan, contract H5678/); // G.5.b.ii
    await expect(body).toHaveValue(/Morgan Riley/); // G.5.b.iii
    expect(await decodedMailto(email.locator('a[data-mailto]'))).toEqual({
      to: 'region-partd@example.gov',
      subject: 'CRITICAL RD, in CTM',
      body: await body.inputValue(),
    });
    await body.fill(`${await body.inputValue()}\nMBI 4EG7TE8MK16`);
    await expect(email.locator('[data-phi-warning]')).toContainText('MBI');
    await expectBlocked(email);
  });

  test('SOP G.6: a non-critical RD referred to IntegriGuard offers the IntegriGuard referral only', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, SETTINGS);
    await page.goto(fixtureUrl('scenario-g.html'));
    const email = card(page, 'G-integriguard');
    // Until the caseworker confirms a path (SOP G.4), both paths' emails are offered.
    await expect(email).toHaveCount(1);
    await page.locator('textarea[name$="txtCurrentEntry"]').fill('Valid RD request, not critical: referred to IntegriGuard on 11/05/2026.');
    await page.locator('[data-confirm-branch="non-critical"]').click(); // SOP G.4: the caseworker confirms the path
    await expect(card(page, 'G-critical-rd')).toHaveCount(0);
    await expect(email).toHaveCount(1);
    await expect(email.locator('[data-email-to]')).toHaveAttribute('data-email-to', 'rd-referrals@example.com');
    const body = email.locator('textarea[data-email-body]');
    await expect(body).toHaveValue(/4100808/);
    await expect(body).toHaveValue(/Acme Health Plan, contract S1234/);
    await expect(body).not.toHaveValue(/Casey|567890123D|07\/07\/1944/);
    await expect(email.locator('[data-phi-warning]')).toHaveCount(0);
    const decoded = await decodedMailto(email.locator('a[data-mailto]'));
    expect(decoded.to).toBe('rd-referrals@example.com');
    expect(decoded.body).toBe(await body.inputValue());
  });

  test('without settings the card says what is missing, links to the options page, and the link is off', async ({ page, extContext, extId }) => {
    await importSettings(extContext, extId, { schemaVersion: 1 });
    await page.goto(fixtureUrl('scenario-f.html'));
    const email = card(page, 'F-will-not-close');
    const missing = email.locator('[data-email-missing]');
    await expect(missing).toBeVisible();
    await expect(missing.locator('[data-missing-key="mailboxes.leadRegionalOffice"]')).toHaveCount(1);
    await expect(missing.locator('[data-missing-key="organization"]')).toHaveCount(1);
    await expect(missing.locator('[data-missing-key="contracts"]')).toHaveCount(1);
    await expect(email.locator('[data-email-options-link]')).toHaveAttribute('href', `chrome-extension://${extId}/options.html`);
    await expectBlocked(email);
    await expect(email.locator('textarea[data-email-body]')).toHaveValue(/\[Plan name\]/);
    // Settings imported later fill the card in.
    await importSettings(extContext, extId, SETTINGS);
    await page.reload();
    await expect(email.locator('[data-email-missing]')).toHaveCount(0);
    await expect(email.locator('a[data-mailto]')).toHaveAttribute('href', /^mailto:lead-ro@example\.gov\?/);
  });
});
