/**
 * The panel's first paint on the first complaint of a fresh browser profile: the due moment is
 * computed from the page, so it is there before the background worker answers (the worker waits
 * on the browser's first policy read, seconds on a fresh profile). The background's answer then
 * replaces it, and the case is tracked.
 */
import { extensionId, fixtureUrl, launchChromium, dumpExtensionStorage } from './chromium';
import { expect, test } from '@playwright/test';

/** Records, in the page, what the panel held the moment it first appeared (its first paint). */
const RECORD_FIRST_PAINT = `
  new MutationObserver((_, observer) => {
    const host = document.querySelector('ctm-assist-panel');
    const root = host && host.shadowRoot;
    if (!root || !root.querySelector('[data-ctm-panel]')) return;
    observer.disconnect();
    const due = root.querySelector('time[data-due]');
    window.__ctmFirstPaint = {
      waiting: /waiting for the background worker/.test(root.textContent || ''),
      due: due && due.getAttribute('data-due'),
      clock: due && due.getAttribute('data-clock'),
      provenance: due && due.getAttribute('data-budget-provenance'),
      from: due && due.getAttribute('data-due-from'),
    };
  }).observe(document, { childList: true, subtree: true });
`;

test('fresh profile, first complaint: the due moment is in the panel’s first paint, then the background’s answer replaces it', async () => {
  const context = await launchChromium();
  try {
    const id = await extensionId(context);
    const page = await context.newPage();
    await page.addInitScript(RECORD_FIRST_PAINT);
    await page.goto(fixtureUrl('webforms-table.html'));
    // Immediate Need assigned 11/02/2026: end of 11/04/2026 in America/New_York (SOP key 11).
    await expect.poll(() => page.evaluate(() => (window as unknown as { __ctmFirstPaint?: unknown }).__ctmFirstPaint)).toEqual({
      waiting: false,
      due: '2026-11-04T23:59:59-05:00',
      clock: 'running',
      provenance: 'sop',
      from: 'page',
    });
    const due = page.locator('[data-ctm-panel] time[data-due]');
    await expect(due).toHaveAttribute('data-due-from', 'background');
    await expect(due).toHaveAttribute('data-due', '2026-11-04T23:59:59-05:00');
    await expect(page.locator('[data-due-change]')).toHaveCount(0);
    const stored = (await dumpExtensionStorage(context, id)).local as { trackedCases?: Record<string, unknown> };
    expect(Object.keys(stored.trackedCases ?? {})).toEqual(['4012345']);
  } finally {
    await context.close();
  }
});
