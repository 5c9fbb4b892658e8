/**
 * First run: when the extension is installed (not updated or reloaded), open the welcome page
 * (entrypoints/welcome/), unless the organization's enterprise policy already sets the profile,
 * where IT has prepared the deployment. Once per install: Chromium reports an unpacked extension
 * loaded from its command line as installed on every start, so a flag remembers it was shown.
 * Opening an extension page needs no `tabs` permission.
 */
import { storage } from 'wxt/utils/storage';
import { validateManaged } from '../../lib/managed-policy';
import { readManagedStorage } from '../../lib/store/managed-settings';

export const WELCOME_PAGE = '/welcome.html';
/** True once the welcome page was opened (or skipped for policy) on this install. */
export const welcomeShownItem = storage.defineItem<boolean>('local:welcomeShown', { fallback: false });

export async function openWelcomeOnInstall(details: { reason: string }, readManaged: () => Promise<unknown> = readManagedStorage): Promise<void> {
  if (details.reason !== 'install' || (await welcomeShownItem.getValue())) return;
  await welcomeShownItem.setValue(true);
  if (validateManaged(await readManaged()).locked.length > 0) return;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
}
