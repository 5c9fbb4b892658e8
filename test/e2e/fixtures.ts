/** Playwright fixtures: one Chromium with the extension per worker, a fresh page per test. */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { extensionId, launchChromium } from './chromium';

type WorkerFixtures = { extContext: BrowserContext; extId: string };
type TestFixtures = { page: Page };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  extContext: [
    async ({}, use) => {
      const context = await launchChromium();
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  extId: [async ({ extContext }, use) => use(await extensionId(extContext)), { scope: 'worker' }],
  page: async ({ extContext }, use) => {
    const page = await extContext.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    await page.close();
    expect(errors, 'no uncaught errors on the page').toEqual([]);
  },
});

export { expect };
